package live.studio.capture;

import java.util.List;
import java.util.Optional;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;

/**
 * The screen: x11grab on Linux ({@code $DISPLAY}, else {@code :0.0}), gdigrab's {@code desktop} on Windows,
 * avfoundation's {@code Capture screen 0} on macOS; at the program's frame rate, scaled to the requested size.
 */
public final class ScreenSource extends GrabberVideoSource {
    private final OperatingSystem operatingSystem;
    private final String display;
    private final int fps;
    private final DeviceDiscovery discovery;

    /** @param display empty for the main screen; on Linux an X display such as {@code :1} or {@code :0.0+100,200} */
    public ScreenSource(Optional<String> display, int fps) {
        this(display, fps, OperatingSystem.current(), new DeviceDiscovery());
    }

    ScreenSource(Optional<String> display, int fps, OperatingSystem operatingSystem, DeviceDiscovery discovery) {
        super("capture-screen");
        if (fps <= 0) {
            throw new IllegalArgumentException("screen capture needs a positive frame rate, got " + fps);
        }
        this.operatingSystem = operatingSystem;
        this.display = display.filter(d -> !d.isBlank()).orElseGet(() -> defaultDisplay(operatingSystem));
        this.fps = fps;
        this.discovery = discovery;
    }

    static String defaultDisplay(OperatingSystem operatingSystem) {
        return switch (operatingSystem) {
            case LINUX -> Optional.ofNullable(System.getenv("DISPLAY")).filter(d -> !d.isBlank()).orElse(":0.0");
            case WINDOWS -> "desktop";
            case MACOS -> "Capture screen 0";
        };
    }

    public String display() {
        return display;
    }

    @Override
    public String description() {
        return "Screen: " + display;
    }

    @Override
    protected FFmpegFrameGrabber open(PictureSize requested) throws SourceException {
        FFmpegFrameGrabber grabber = FfmpegDevices.newGrabber(description(), display);
        switch (operatingSystem) {
            case LINUX -> grabber.setFormat("x11grab");
            case WINDOWS -> grabber.setFormat("gdigrab");
            case MACOS -> {
                grabber.setFormat("avfoundation");
                grabber.setOption("capture_cursor", "1");
            }
        }
        // No size before start: for x11grab and gdigrab video_size means the region to grab, not the output size.
        grabber.setFrameRate(fps);
        grabber.setPixelFormat(avutil.AV_PIX_FMT_BGRA);
        Grabbers.StartFailure failure = Grabbers.start(grabber);
        if (failure != null) {
            List<CaptureDevice> screens = discovery.screens();
            throw new SourceException("screen '" + display + "' cannot be captured (FFmpeg: " + failure.reason()
                    + "); screens on this machine: " + DeviceDiscovery.describe(screens)
                    + ". Pick one with --video screen:DISPLAY"
                    + (operatingSystem == OperatingSystem.LINUX ? ", or start an X server for it" : ""), failure.cause());
        }
        return grabber;
    }
}
