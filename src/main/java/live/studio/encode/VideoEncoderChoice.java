package live.studio.encode;

/** The H.264 encoders the studio can use, by FFmpeg encoder name; hardware ones fall back to x264 if they fail. */
public enum VideoEncoderChoice {
    X264("libx264", "x264 (software)"),
    NVENC("h264_nvenc", "NVIDIA NVENC"),
    QUICK_SYNC("h264_qsv", "Intel Quick Sync"),
    VIDEOTOOLBOX("h264_videotoolbox", "Apple VideoToolbox"),
    MEDIA_FOUNDATION("h264_mf", "Windows Media Foundation"),
    VAAPI("h264_vaapi", "VA-API");

    private final String ffmpegName;
    private final String label;

    VideoEncoderChoice(String ffmpegName, String label) {
        this.ffmpegName = ffmpegName;
        this.label = label;
    }

    public String ffmpegName() {
        return ffmpegName;
    }

    public String label() {
        return label;
    }

    public static VideoEncoderChoice parse(String text) {
        for (VideoEncoderChoice choice : values()) {
            if (choice.name().equalsIgnoreCase(text) || choice.ffmpegName.equalsIgnoreCase(text)) {
                return choice;
            }
        }
        throw new IllegalArgumentException("unknown video encoder '" + text + "': use one of x264, nvenc, quick_sync, videotoolbox, media_foundation, vaapi");
    }
}
