package live.studio.capture;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import live.studio.media.FfmpegLog;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starting and releasing JavaCV grabbers so that a failure says why, in FFmpeg's own words. */
final class Grabbers {
    private static final Logger LOG = LoggerFactory.getLogger(Grabbers.class);
    private static final Pattern ERROR_CODE = Pattern.compile("error (-?\\d+)");
    static final int ENOENT = -2;
    static final int EACCES = -13;
    static final int EBUSY = -16;

    private Grabbers() {
    }

    /** Why a grabber did not start: FFmpeg's last lines and its error code (0 when unknown). */
    record StartFailure(String reason, int errorCode, Exception cause, List<String> lines) {
        boolean busy() {
            return errorCode == EBUSY || reason.toLowerCase(java.util.Locale.ROOT).contains("busy");
        }

        boolean missing() {
            return errorCode == ENOENT || reason.contains("No such file or directory");
        }
    }

    /**
     * Starts the grabber; on failure releases it and returns why. The lines FFmpeg prints meanwhile are collected
     * rather than logged, so the reason reaches the user once, in the exception's message.
     */
    static StartFailure start(FFmpegFrameGrabber grabber) {
        FfmpegLog.Captured<Exception> captured = FfmpegLog.capture(() -> {
            try {
                grabber.start();
                return null;
            } catch (Exception | LinkageError e) {
                return e instanceof Exception exception ? exception : new IllegalStateException(e);
            }
        });
        Exception failure = captured.result();
        if (failure == null) {
            captured.lines().forEach(line -> LOG.debug("ffmpeg: {}", line));
            return null;
        }
        release(grabber);
        return new StartFailure(reason(captured.lines(), failure), errorCode(failure), failure, captured.lines());
    }

    static String reason(List<String> lines, Exception failure) {
        // FFmpeg's last words are the specific ones ("Device or resource busy", "Invalid data found ...").
        List<String> meaningful = lines.stream().map(Grabbers::withoutPrefix).filter(line -> !line.isBlank()).toList();
        String fromLog = String.join("; ", meaningful.subList(Math.max(0, meaningful.size() - 2), meaningful.size()));
        String fromException = String.valueOf(failure.getMessage());
        return fromLog.isEmpty() ? fromException : fromLog;
    }

    static int errorCode(Exception failure) {
        Matcher matcher = ERROR_CODE.matcher(String.valueOf(failure.getMessage()));
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
    }

    /** Strips FFmpeg's "[v4l2 @ 0x55d0c...] " context prefix. */
    static String withoutPrefix(String line) {
        return line.replaceFirst("^\\[[^\\]]*@ *(0x)?[0-9a-fA-F]+\\] ?", "").strip();
    }

    /** Releases quietly: after a failure JavaCV's stop() throws again, and a second release is harmless. */
    static void release(FFmpegFrameGrabber grabber) {
        if (grabber == null) {
            return;
        }
        try {
            grabber.release();
        } catch (Exception e) {
            LOG.debug("releasing the grabber failed again", e);
        }
    }
}
