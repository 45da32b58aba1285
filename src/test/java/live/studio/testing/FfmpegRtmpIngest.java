package live.studio.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A single-client RTMP ingest on 127.0.0.1: {@code ffmpeg -listen 1 -i rtmp://127.0.0.1:PORT/live/KEY -c copy -f flv
 * OUT.flv}. It accepts one publisher, writes what it receives, and exits when the publisher disconnects.
 * <pre>{@code
 * try (var ingest = FfmpegRtmpIngest.start(TestOutput.newDirectory("push"))) {
 *     ingest.awaitListening();
 *     ... publish to ingest.url() ...
 *     Path received = ingest.stopAndWait();
 * }
 * }</pre>
 */
public final class FfmpegRtmpIngest implements AutoCloseable {
    public static final String DEFAULT_STREAM_KEY = "test";
    private static final Duration LISTEN_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private final int port;
    private final String streamKey;
    private final Path outputFile;
    private final Path logFile;
    private final Process process;

    private FfmpegRtmpIngest(int port, String streamKey, Path outputFile, Path logFile, Process process) {
        this.port = port;
        this.streamKey = streamKey;
        this.outputFile = outputFile;
        this.logFile = logFile;
        this.process = process;
    }

    /** Starts an ingest for stream key "test" that writes {@code directory/received.flv}. */
    public static FfmpegRtmpIngest start(Path directory) {
        return start(directory, DEFAULT_STREAM_KEY);
    }

    public static FfmpegRtmpIngest start(Path directory, String streamKey) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int port = Ports.freeLoopbackPort();
        Path output = directory.resolve("received.flv");
        Path log = directory.resolve("ingest-ffmpeg.log");
        String listenUrl = "rtmp://127.0.0.1:" + port + "/live/" + streamKey;
        var process = Ffmpeg.start(List.of("-loglevel", "info", "-listen", "1", "-i", listenUrl,
                "-c", "copy", "-f", "flv", "-y", output.toString()), log);
        return new FfmpegRtmpIngest(port, streamKey, output, log, process);
    }

    /** Where to publish: {@code rtmp://127.0.0.1:PORT/live/KEY}. */
    public String url() {
        return "rtmp://127.0.0.1:" + port + "/live/" + streamKey;
    }

    public int port() {
        return port;
    }

    public String streamKey() {
        return streamKey;
    }

    /** The file the ingest writes (complete once {@link #stopAndWait()} returned). */
    public Path outputFile() {
        return outputFile;
    }

    /** ffmpeg's own messages (stream keys masked). */
    public Path logFile() {
        return logFile;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Waits until ffmpeg listens (checked without connecting, which would use up its one client). */
    public FfmpegRtmpIngest awaitListening() {
        if (!Ports.awaitListening(port, LISTEN_TIMEOUT, process::isAlive)) {
            throw new IllegalStateException("ffmpeg ingest did not listen on 127.0.0.1:" + port + " within "
                    + LISTEN_TIMEOUT + "; log: " + logFile);
        }
        return this;
    }

    /**
     * Waits for the ingest to finish after the publisher disconnected (ffmpeg exits by itself then); if it is still
     * running after a generous deadline, asks it to stop (SIGTERM, which lets it close the file properly).
     * Returns the received file.
     */
    public Path stopAndWait() {
        try {
            if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                Ffmpeg.destroy(process, Duration.ofSeconds(15));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        return outputFile;
    }

    /** Kills the ingest at once (kill -9), as a crashed server would go: the publisher sees its connection die. */
    public void kill() {
        Ffmpeg.destroy(process, Duration.ZERO);
    }

    @Override
    public void close() {
        Ffmpeg.destroy(process, Duration.ZERO);
    }
}
