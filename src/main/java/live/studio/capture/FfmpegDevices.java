package live.studio.capture;

import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FrameGrabber;

/**
 * FFmpeg's grabbers need libavdevice, which on Linux loads the system's PulseAudio, ALSA and XCB libraries. Where one
 * is missing the grabber class cannot load at all; this turns that into a message that says what to install,
 * instead of a {@link LinkageError} deep in a capture thread.
 */
public final class FfmpegDevices {
    private static volatile String loadFailure;
    private static volatile boolean checked;

    private FfmpegDevices() {
    }

    /** Null when FFmpeg's grabbers load; otherwise why not, with what to do. */
    public static String loadFailure() {
        if (!checked) {
            synchronized (FfmpegDevices.class) {
                if (!checked) {
                    try {
                        FFmpegFrameGrabber.tryLoad();
                        loadFailure = null;
                    } catch (FrameGrabber.Exception | LinkageError e) {
                        Throwable cause = e.getCause() == null ? e : e.getCause();
                        loadFailure = "FFmpeg's capture support could not load (" + cause.getMessage() + "). "
                                + (OperatingSystem.current() == OperatingSystem.LINUX
                                        ? "Install the system libraries it uses: apt-get install libpulse0 libasound2 libxcb1 libxcb-shm0 libx11-xcb1"
                                        : "Reinstall the studio");
                    }
                    checked = true;
                }
            }
        }
        return loadFailure;
    }

    /** A grabber for the input, or the explanation of why FFmpeg's grabbers cannot load on this machine. */
    static FFmpegFrameGrabber newGrabber(String what, String input) throws SourceException {
        require(what);
        return new FFmpegFrameGrabber(input);
    }

    static FFmpegFrameGrabber newGrabber(String what, java.io.File input) throws SourceException {
        require(what);
        return new FFmpegFrameGrabber(input);
    }

    private static void require(String what) throws SourceException {
        String failure = loadFailure();
        if (failure != null) {
            throw new SourceException(what + ": " + failure);
        }
    }
}
