package live.studio.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import live.studio.capture.CaptureDevice;
import live.studio.capture.SourceFactory;
import live.studio.encode.EncoderSettings;
import live.studio.media.VideoFormat;

/**
 * What the window is started with; the composition root ({@code app}) builds it, tests build their own.
 *
 * @param format           the program canvas
 * @param encoderSettings  the one encode every destination and the recording share
 * @param sourceFactory    opens the sources the pickers name; must produce {@code format}
 * @param devices          cameras, microphones and screens to offer (may be slow; called off the FX thread)
 * @param recordingsFolder where Record writes
 */
public record StudioEnvironment(VideoFormat format, EncoderSettings encoderSettings, SourceFactory sourceFactory,
                                Supplier<List<CaptureDevice>> devices, Path recordingsFolder) {
    public static final VideoFormat DEFAULT_FORMAT = new VideoFormat(1280, 720, 30);
    /** Within what the platforms suggest for 720p30 (2500-4000 kbps). */
    public static final int DEFAULT_VIDEO_BITRATE_KBPS = 3000;
    /** Until device discovery is merged: the pickers offer only the built-in sources. */
    public static final Supplier<List<CaptureDevice>> NO_DEVICES = List::of;

    public StudioEnvironment {
        Objects.requireNonNull(format);
        Objects.requireNonNull(encoderSettings);
        Objects.requireNonNull(sourceFactory);
        Objects.requireNonNull(devices);
        Objects.requireNonNull(recordingsFolder);
    }

    /** The user's Videos folder when there is one, else the home folder. */
    public static Path defaultRecordingsFolder() {
        Path home = Path.of(System.getProperty("user.home"));
        Path videos = home.resolve("Videos");
        return Files.isDirectory(videos) ? videos : home;
    }
}
