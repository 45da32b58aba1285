package live.studio.media;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.bytedeco.ffmpeg.avutil.LogCallback;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacpp.BytePointer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes FFmpeg's own log lines to SLF4J (logger {@code ffmpeg}); the logging layout masks stream keys in them like
 * in every other line. Also lets a caller collect the lines FFmpeg prints on its thread while it runs something,
 * for the device lists that FFmpeg only prints (dshow, avfoundation, v4l2 formats).
 */
public final class FfmpegLog {
    private static final Logger LOG = LoggerFactory.getLogger("ffmpeg");
    private static final ThreadLocal<List<String>> CAPTURE = new ThreadLocal<>();
    private static final Object LOCK = new Object();
    private static Callback installed;

    private FfmpegLog() {
    }

    /** Installs the callback once; FFmpeg prints warnings and errors (info while a capture is running). */
    public static void install() {
        synchronized (LOCK) {
            if (installed == null) {
                installed = new Callback();
                avutil.setLogCallback(installed);
                avutil.av_log_set_level(avutil.AV_LOG_INFO);
            }
        }
    }

    /**
     * Runs {@code action} on this thread and returns it with every line FFmpeg logged on this thread meanwhile,
     * whatever its level; those lines are not logged.
     */
    public static <T> Captured<T> capture(Supplier<T> action) {
        install();
        List<String> lines = new ArrayList<>();
        List<String> outer = CAPTURE.get();
        CAPTURE.set(lines);
        try {
            T result = action.get();
            return new Captured<>(result, List.copyOf(lines));
        } finally {
            CAPTURE.set(outer);
        }
    }

    public record Captured<T>(T result, List<String> lines) {
    }

    private static final class Callback extends LogCallback {
        private final StringBuilder pending = new StringBuilder();

        @Override
        public void call(int level, BytePointer message) {
            String text = message.getString(java.nio.charset.StandardCharsets.UTF_8);
            List<String> capture = CAPTURE.get();
            if (capture != null) {
                for (String line : text.split("\n")) {
                    if (!line.isBlank()) {
                        capture.add(line.stripTrailing());
                    }
                }
                return;
            }
            if (level > avutil.AV_LOG_WARNING || text.isBlank()) {
                return;
            }
            String line;
            synchronized (pending) {
                // FFmpeg sometimes prints one line in several calls; only whole lines are logged.
                pending.append(text);
                if (pending.charAt(pending.length() - 1) != '\n') {
                    return;
                }
                line = pending.toString().strip();
                pending.setLength(0);
            }
            if (level <= avutil.AV_LOG_ERROR) {
                LOG.error(line);
            } else {
                LOG.warn(line);
            }
        }
    }
}
