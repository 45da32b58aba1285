package live.studio.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The ffmpeg CLI publishing a synthetic stream in real time ({@code -re}): lavfi testsrc2 320x240 at 30 fps and a
 * 440 Hz tone, H.264 (libx264, keyframe every second) + AAC in FLV, to an rtmp:// URL. A reference publisher for
 * testing ingests and the harness itself.
 */
public final class TestPublisher implements AutoCloseable {
    private final Process process;
    private final Path logFile;

    private TestPublisher(Process process, Path logFile) {
        this.process = process;
        this.logFile = logFile;
    }

    /** Publishes for the given duration (or until closed or its server goes away); ffmpeg's log goes to logFile. */
    public static TestPublisher start(String url, Duration duration, Path logFile) {
        var arguments = new ArrayList<>(List.of("-loglevel", "info", "-re",
                "-f", "lavfi", "-i", "testsrc2=s=320x240:r=30",
                "-f", "lavfi", "-i", "sine=f=440:r=48000",
                "-t", String.valueOf(duration.toMillis() / 1000.0),
                "-c:v", "libx264", "-preset", "veryfast", "-tune", "zerolatency", "-pix_fmt", "yuv420p",
                "-g", "30", "-keyint_min", "30", "-sc_threshold", "0", "-b:v", "500k",
                "-c:a", "aac", "-b:a", "96k", "-ar", "48000", "-ac", "2",
                "-f", "flv", url));
        return new TestPublisher(Ffmpeg.start(arguments, logFile), logFile);
    }

    /** Waits for ffmpeg to end by itself and returns its exit code (0: published everything). */
    public int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("publisher still running after " + timeout + "; log: " + logFile);
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Path logFile() {
        return logFile;
    }

    @Override
    public void close() {
        Ffmpeg.destroy(process, Duration.ZERO);
    }
}
