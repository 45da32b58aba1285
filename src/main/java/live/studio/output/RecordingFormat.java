package live.studio.output;

/** The recording's container. Matroska is written as it goes, so a crash still leaves a playable file. */
public enum RecordingFormat {
    MATROSKA("mkv"),
    /** Recorded as Matroska, then remuxed to MP4 (no re-encode) when the recording stops. */
    MP4("mp4");

    private final String extension;

    RecordingFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    public static RecordingFormat forFile(java.nio.file.Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".mp4") || name.endsWith(".m4v") || name.endsWith(".mov")) {
            return MP4;
        }
        if (name.endsWith(".mkv")) {
            return MATROSKA;
        }
        throw new IllegalArgumentException("recording file '" + file + "' must end in .mkv (recommended: survives a crash) or .mp4");
    }
}
