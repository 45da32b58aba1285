package live.studio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import live.studio.testing.FfmpegRtmpIngest;
import live.studio.testing.TestOutput;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code studio live --headless --api-port 0}: the one line it prints, then stream.* and record.* over HTTP drive the
 * destinations and the recording the command line gave (and nothing else).
 */
class ApiHeadlessIT {
    private static final Pattern ANNOUNCEMENT = Pattern.compile("api: (http://127\\.0\\.0\\.1:\\d+/api/v1) token: ([A-Za-z0-9_-]{43})\\n");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private String base;
    private String token;

    private JsonNode status() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/status")).header("Authorization", "Bearer " + token).build();
        return JSON.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
    }

    private int command(String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/commands")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private void await(String what, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.call()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached in 20 s: " + what);
            }
            Thread.sleep(100);
        }
    }

    @Test
    void printsOneLineThenStreamAndRecordCommandsDriveTheCommandLinesOutputs() throws Exception {
        Path directory = TestOutput.newDirectory("api-headless");
        Path recording = directory.resolve("show.mkv");
        try (FfmpegRtmpIngest ingest = FfmpegRtmpIngest.start(directory, "key-api-5678").awaitListening()) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> Main.run(new PrintWriter(out, true),
                    new PrintWriter(err, true), "live", "--headless", "--size", "320x180", "--video-bitrate-kbps", "300",
                    "--output", ingest.url(), "--record", recording.toString(), "--api-port", "0", "--duration", "25"));
            await("the api line", () -> ANNOUNCEMENT.matcher(out.toString()).find());
            Matcher line = ANNOUNCEMENT.matcher(out.toString());
            assertThat(line.find()).isTrue();
            base = line.group(1);
            token = line.group(2);

            await("live and recording", () -> status().path("live").path("onAir").asBoolean()
                    && status().path("live").path("recording").asBoolean());
            assertThat(status().toString()).doesNotContain("key-api-5678");

            assertThat(command("{\"command\": \"stream.stop\"}")).isEqualTo(200);
            await("the stream stopped", () -> !status().path("live").path("streaming").asBoolean());
            assertThat(status().path("live").path("recording").asBoolean()).as("the recording goes on").isTrue();

            assertThat(command("{\"command\": \"record.stop\"}")).isEqualTo(200);
            await("the recording stopped", () -> status().path("outputs").isEmpty());
            assertThat(command("{\"command\": \"record.start\"}")).isEqualTo(200);
            await("a second recording", () -> Files.exists(directory.resolve("show-2.mkv")));
            assertThat(Files.size(recording)).as("the first recording was kept").isPositive();

            // the single-client ingest ended with the first stream: stream.start goes to the same --output and fails
            ingest.stopAndWait();
            assertThat(command("{\"command\": \"stream.start\"}")).isEqualTo(200);
            await("the destination tried again", () -> {
                for (JsonNode output : status().path("outputs")) {
                    if (output.path("kind").asString().equals("stream")) {
                        return true;
                    }
                }
                return false;
            });
            assertThat(command("{\"command\": \"stream.start\", \"url\": \"rtmp://elsewhere/live/x\"}")).isEqualTo(400);
            assertThat(command("{\"command\": \"record.start\", \"path\": \"/tmp/x.mkv\"}")).isEqualTo(400);

            assertThat(exit.get(60, TimeUnit.SECONDS)).as(err.toString()).isIn(ExitCode.DONE.code(), ExitCode.RUNTIME_FAILURE.code());
            assertThat(out.toString().lines().filter(l -> l.startsWith("api: ")).count()).isEqualTo(1);
            assertThat(err.toString()).doesNotContain("key-api-5678").contains("api read-only token:");
        }
    }

    @Test
    void aTakenPortIsARuntimeFailureWithAMessage() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            StudioCommand run = StudioCommand.run("live", "--headless", "--size", "320x180", "--api-port",
                    Integer.toString(taken.getLocalPort()), "--duration", "2");
            assertThat(run.exitCode()).isEqualTo(ExitCode.RUNTIME_FAILURE.code());
            assertThat(run.err()).contains("cannot listen on port " + taken.getLocalPort()).contains("0 for any free one");
            assertThat(run.out()).doesNotContain("api:");
        }
    }

    @Test
    void theLanOptInWarns() {
        StudioCommand run = StudioCommand.run("live", "--headless", "--size", "320x180", "--api-port", "0",
                "--api-listen", "lan", "--duration", "1");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("warning: the API listens on every network interface");
        assertThat(run.out()).containsPattern("api: http://127\\.0\\.0\\.1:\\d+/api/v1 token: ");
        assertThat(StudioCommand.run("live", "--headless", "--api-port", "0", "--api-listen", "internet").exitCode())
                .isEqualTo(ExitCode.BAD_INPUT.code());
    }
}
