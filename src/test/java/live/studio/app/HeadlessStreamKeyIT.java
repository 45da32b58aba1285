package live.studio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import live.studio.testing.FfmpegRtmpIngest;
import live.studio.testing.Probe;
import live.studio.testing.TestOutput;
import org.junit.jupiter.api.Test;

/**
 * The headless studio streams with a key it read from a file: the ingest receives the stream, and the key is on no
 * command line another process can read (/proc/PID/cmdline of the studio and of every process it started) and in
 * none of its output.
 */
class HeadlessStreamKeyIT {
    private static final String KEY = "live_5150_KeyFromAFileNotTheCommandLine";

    @Test
    void aKeyFromAFileStreamsAndIsOnNoCommandLineNorInTheLog() throws Exception {
        Path directory = TestOutput.newDirectory("headless-stream-key");
        Path keyFile = directory.resolve("youtube.key");
        Files.writeString(keyFile, KEY + "\n");
        Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
        Path log = directory.resolve("studio.log");
        List<String> commandLines = new ArrayList<>();
        List<String> apiStatus = new ArrayList<>();
        try (FfmpegRtmpIngest ingest = FfmpegRtmpIngest.start(directory, KEY).awaitListening()) {
            Process studio = StudioProcess.builder(log, Map.of(), List.of(), "live", "--headless", "--size", "640x360",
                    "--output", "rtmp://127.0.0.1:" + ingest.port() + "/live", "--stream-key-file", keyFile.toString(),
                    "--api-port", "0", "--duration", "10").start();
            try {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (studio.isAlive() && System.nanoTime() < deadline) {
                    commandLines.addAll(commandLinesOf(studio.toHandle()));
                    if (apiStatus.isEmpty()) {
                        liveStatus(log).ifPresent(apiStatus::add);
                    }
                    Thread.sleep(250);
                }
                assertThat(studio.waitFor(60, TimeUnit.SECONDS)).isTrue();
            } finally {
                studio.destroyForcibly();
            }
            String output = Files.readString(log);
            assertThat(studio.exitValue()).as(output).isZero();
            assertThat(output).contains("destination 1 is live (rtmp://127.0.0.1:" + ingest.port() + "/live/****)");
            assertThat(output).doesNotContain(KEY).doesNotContain("warning");
            Path received = ingest.stopAndWait();
            assertThat(Probe.of(received).video()).isPresent();
            assertThat(Probe.of(received).format().durationSeconds()).isGreaterThan(3);
        }
        // the API's status while live names the destination with its key masked
        assertThat(apiStatus).singleElement().satisfies(status -> assertThat(status)
                .contains("rtmp://127.0.0.1:").contains("/live/****").doesNotContain(KEY));
        // the studio's own command line was read many times while it streamed (and any child's)
        assertThat(commandLines).hasSizeGreaterThan(10);
        assertThat(commandLines).anySatisfy(line -> assertThat(line).contains("--stream-key-file"));
        assertThat(commandLines).noneSatisfy(line -> assertThat(line).contains(KEY));
    }

    @Test
    void aKeyInTheUrlStillStreamsButIsWarnedAbout() throws Exception {
        Path directory = TestOutput.newDirectory("headless-key-in-url");
        String key = "live_5150_KeyTypedInTheUrl";
        try (FfmpegRtmpIngest ingest = FfmpegRtmpIngest.start(directory, key).awaitListening()) {
            StudioProcess.Result result = StudioProcess.run(directory.resolve("studio.log"), Map.of(), List.of(), "",
                    "live", "--headless", "--size", "640x360", "--output", ingest.url(), "--duration", "3");

            assertThat(result.exitCode()).as(result.output()).isZero();
            assertThat(result.output()).contains("warning: the stream key of destination 1 (rtmp://127.0.0.1:" + ingest.port()
                    + "/live/****) is on the command line, where any process on this computer can read it")
                    .contains("--stream-key-file PATH, --stream-key-env NAME or --destination NAME")
                    .contains("destination 1 is live")
                    .doesNotContain(key);
        }
    }

    private static final java.util.regex.Pattern ANNOUNCEMENT =
            java.util.regex.Pattern.compile("api: (http://127\\.0\\.0\\.1:\\d+/api/v1) token: ([A-Za-z0-9_-]{43})");

    /** GET /api/v1/status once the log announced the API and an output is live; empty before. */
    private static java.util.Optional<String> liveStatus(Path log) throws Exception {
        String output = Files.readString(log);
        java.util.regex.Matcher announced = ANNOUNCEMENT.matcher(output);
        if (!announced.find() || !output.contains("destination 1 is live")) {
            return java.util.Optional.empty();
        }
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(announced.group(1) + "/status"))
                .header("Authorization", "Bearer " + announced.group(2)).build();
        try (var http = java.net.http.HttpClient.newHttpClient()) {
            return java.util.Optional.of(http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString()).body());
        }
    }

    /** The NUL-separated arguments in /proc/PID/cmdline of the process and of all its descendants, one string each. */
    private static List<String> commandLinesOf(ProcessHandle process) {
        List<String> lines = new ArrayList<>();
        try (Stream<ProcessHandle> family = Stream.concat(Stream.of(process), process.descendants())) {
            family.forEach(member -> {
                try {
                    byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(member.pid()), "cmdline"));
                    lines.add(new String(raw, StandardCharsets.UTF_8).replace('\0', ' '));
                } catch (java.io.IOException gone) {
                    // the process ended between listing and reading
                }
            });
        }
        return lines;
    }
}
