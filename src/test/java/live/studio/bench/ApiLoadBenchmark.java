package live.studio.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import live.studio.app.Sources;
import live.studio.capture.AudioSourceSpec;
import live.studio.capture.VideoSourceSpec;
import live.studio.catalog.Catalog;
import live.studio.control.ApiServer;
import live.studio.control.ApiSettings;
import live.studio.control.ApiTokens;
import live.studio.control.ProgramMonitor;
import live.studio.encode.EncoderSettings;
import live.studio.engine.LiveEngine;
import live.studio.media.VideoFormat;
import live.studio.show.ShowController;
import live.studio.show.ShowTime;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API under a producer's worst day: 200 commands a second for 30 s over HTTP on loopback (the engine's frame clock
 * and mixer running beside it at 720p30, not encoding), while a WebSocket client counts the events. Prints latency percentiles, events received and
 * missing, and the machine's load. A measurement, never a test (docs/benchmarks.md):
 * <pre>./mvnw -B -q test-compile exec:exec@api-benchmark</pre>
 * Arguments: {@code [commandsPerSecond=200] [seconds=30]}.
 */
public final class ApiLoadBenchmark {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ApiLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int perSecond = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int total = perSecond * seconds;
        VideoFormat format = new VideoFormat(1280, 720, 30);
        try (LiveEngine engine = new LiveEngine(format, EncoderSettings.defaults(3000), Sources.factory(format))) {
            engine.setVideoSource(0, VideoSourceSpec.parse("test"));
            engine.setAudioSource(AudioSourceSpec.parse("test"));
            engine.start();
            ShowController controller = new ShowController(Catalog.empty(), ShowTime.of(engine.clock()));
            try (ApiServer api = ApiServer.start(ApiSettings.loopback(0), ApiTokens.generate(), controller,
                    ProgramMonitor.of(engine))) {
                run(api, perSecond, total);
            }
        }
        System.exit(0);
    }

    private static void run(ApiServer api, int perSecond, int total) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String token = api.tokens().control();
        AtomicLong executed = new AtomicLong();
        ConcurrentSkipListSet<Long> sequences = new ConcurrentSkipListSet<>();
        WebSocket socket = http.newWebSocketBuilder().header("Authorization", "Bearer " + token)
                .buildAsync(URI.create("ws://127.0.0.1:" + api.port() + "/api/v1/events"), new WebSocket.Listener() {
                    private final StringBuilder partial = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        partial.append(data);
                        if (last) {
                            JsonNode message = JSON.readTree(partial.toString());
                            partial.setLength(0);
                            if (message.has("sequence")) {
                                sequences.add(message.path("sequence").asLong());
                            }
                            if (message.path("type").asString().equals("command.executed")) {
                                executed.incrementAndGet();
                            }
                        }
                        webSocket.request(1);
                        return null;
                    }
                }).join();

        // warm up the JIT and the connection, then measure from a clean count
        for (int i = 0; i < 500; i++) {
            send(http, api, token, i);
        }
        Thread.sleep(500);
        executed.set(0);
        sequences.clear();

        double loadBefore = loadAverage();
        long[] latencyNanos = new long[total];
        long intervalNanos = 1_000_000_000L / perSecond;
        long start = System.nanoTime();
        int failures = 0;
        for (int i = 0; i < total; i++) {
            long due = start + i * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            long sent = System.nanoTime();
            if (send(http, api, token, i) != 200) {
                failures++;
            }
            latencyNanos[i] = System.nanoTime() - sent;
        }
        double elapsedSeconds = (System.nanoTime() - start) / 1e9;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (executed.get() < total && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        double loadAfter = loadAverage();
        socket.abort();

        Arrays.sort(latencyNanos);
        long first = sequences.isEmpty() ? 0 : sequences.first();
        long last = sequences.isEmpty() ? -1 : sequences.last();
        long missing = (last - first + 1) - sequences.size();
        System.out.printf(Locale.ROOT, "commands: %d in %.1f s (%.1f/s), %d refused%n", total, elapsedSeconds,
                total / elapsedSeconds, failures);
        System.out.printf(Locale.ROOT, "latency ms: p50 %.2f | p90 %.2f | p99 %.2f | max %.2f%n",
                percentile(latencyNanos, 0.50), percentile(latencyNanos, 0.90), percentile(latencyNanos, 0.99),
                latencyNanos[total - 1] / 1e6);
        System.out.printf(Locale.ROOT, "events: %d command.executed received of %d sent; %d show events, %d missing in the sequence%n",
                executed.get(), total, sequences.size(), missing);
        System.out.printf(Locale.ROOT, "machine: %d cores, load average %.2f before, %.2f after%n",
                Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter);
        boolean passed = percentile(latencyNanos, 0.99) < 20 && executed.get() == total && missing == 0 && failures == 0;
        System.out.println(passed ? "PASS: p99 < 20 ms, nothing lost" : "FAIL: p99 >= 20 ms or events lost");
    }

    private static int send(HttpClient http, ApiServer api, String token, int index) throws Exception {
        String body = index % 2 == 0 ? "{\"command\": \"banner.show\", \"text\": \"Flash sale " + index + "\"}"
                : "{\"command\": \"banner.hide\"}";
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + "/api/v1/commands"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static double percentile(long[] sortedNanos, double fraction) {
        return sortedNanos[Math.min(sortedNanos.length - 1, (int) Math.ceil(fraction * sortedNanos.length) - 1)] / 1e6;
    }

    private static double loadAverage() {
        try {
            List<String> fields = List.of(Files.readString(Path.of("/proc/loadavg")).split(" "));
            return Double.parseDouble(fields.getFirst());
        } catch (Exception e) {
            return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        }
    }
}
