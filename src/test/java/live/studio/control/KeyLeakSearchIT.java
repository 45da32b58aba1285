package live.studio.control;

import static live.studio.testing.OutputWatch.in;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import live.studio.catalog.Catalog;
import live.studio.engine.LiveEngine;
import live.studio.media.VideoFormat;
import live.studio.output.Destination;
import live.studio.output.OutputState;
import live.studio.show.ShowController;
import live.studio.show.ShowTime;
import live.studio.testing.LogCapture;
import live.studio.testing.NginxRtmpServer;
import live.studio.testing.OutputWatch;
import live.studio.testing.Ports;
import live.studio.testing.RequiredTool;
import live.studio.testing.TestOutput;
import live.studio.testing.TestSignalEngine;
import org.junit.jupiter.api.Test;

/**
 * After a faulty session (an ingest killed mid-show and back, a key refused, a port where nothing listens) every log
 * line, every answer of the API's status, every event it streamed and every file the session wrote is searched for
 * the stream keys: none may appear, not even once.
 */
class KeyLeakSearchIT {
    private static final String LIVE_KEY = "leak_live_Key_93a1f0";
    private static final String REFUSED_KEY = "leak_refused_Key_77c2b9";
    private static final String CLOSED_PORT_KEY = "leak_closed_Key_5d0e44";
    private static final List<String> KEYS = List.of(LIVE_KEY, REFUSED_KEY, CLOSED_PORT_KEY);

    @Test
    void noStreamKeyInAnyLogApiAnswerEventOrFileAfterAFaultySession() throws Exception {
        RequiredTool.assumeAvailableOrFailInCi(NginxRtmpServer.isAvailable(), NginxRtmpServer.REQUIREMENT);
        Path directory = TestOutput.newDirectory("key-leak-search");
        List<String> apiAnswers = new CopyOnWriteArrayList<>();
        List<String> events = new CopyOnWriteArrayList<>();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try (LogCapture log = LogCapture.start();
             NginxRtmpServer nginx = NginxRtmpServer.builder().named("key-leak-nginx").start();
             NginxRtmpServer checking = NginxRtmpServer.builder().named("key-leak-checking").withPublishAuth(Set.of("other")).start();
             LiveEngine engine = TestSignalEngine.start(new VideoFormat(320, 180, 30), 400);
             ApiServer api = ApiServer.start(ApiSettings.loopback(0), ApiTokens.generate(),
                     new ShowController(Catalog.empty(), ShowTime.of(engine.clock())), ProgramMonitor.of(engine));
             OutputWatch watch = new OutputWatch(engine::outputStatuses)) {
            String token = api.tokens().control();
            WebSocket socket = http.newWebSocketBuilder().header("Authorization", "Bearer " + token)
                    .buildAsync(URI.create("ws://127.0.0.1:" + api.port() + "/api/v1/events"), new WebSocket.Listener() {
                        @Override
                        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                            events.add(data.toString());
                            webSocket.request(1);
                            return null;
                        }
                    }).join();
            Thread poller = Thread.ofPlatform().name("status-poller").daemon().start(() -> {
                HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + "/api/v1/status"))
                        .header("Authorization", "Bearer " + token).build();
                while (!Thread.currentThread().isInterrupted()) {
                    try {
                        apiAnswers.add(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
                        Thread.sleep(250);
                    } catch (InterruptedException e) {
                        return;
                    } catch (java.io.IOException e) {
                        apiAnswers.add("status failed: " + e);
                    }
                }
            });
            try {
                engine.addDestination(Destination.parse("live", nginx.url(LIVE_KEY)));
                engine.addDestination(Destination.parse("refused", checking.url(REFUSED_KEY)));
                engine.addDestination(Destination.parse("closed", "rtmp://127.0.0.1:" + Ports.freeLoopbackPort() + "/live/" + CLOSED_PORT_KEY));
                engine.startRecording(directory.resolve("show.mkv"));
                watch.await("live", 0, in(OutputState.LIVE), Duration.ofSeconds(15));
                Thread.sleep(3000);
                nginx.kill();
                Thread.sleep(4000);
                nginx.restart();
                long returned = System.nanoTime();
                watch.await("live", returned, in(OutputState.LIVE), Duration.ofSeconds(15));
                Thread.sleep(3000);
                engine.stopAllOutputs();
                Thread.sleep(1500);
            } finally {
                poller.interrupt();
                poller.join(5000);
                socket.abort();
            }

            String logText = log.text();
            assertThat(logText).as("the session's log had faults to report").contains("refused the stream key")
                    .contains("reconnecting").contains("/live/****");
            assertThat(String.join("\n", apiAnswers)).as("the API reported the destinations").contains("\"stopReason\"").contains("/live/****");
            assertThat(String.join("\n", events)).contains("output.changed");
            StringBuilder files = new StringBuilder();
            try (Stream<Path> written = Files.walk(directory)) {
                for (Path file : written.filter(Files::isRegularFile).toList()) {
                    files.append(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
                }
            }
            for (String key : KEYS) {
                assertThat(count(logText, key)).as("%s in the log", key).isZero();
                assertThat(apiAnswers.stream().mapToInt(answer -> count(answer, key)).sum()).as("%s in the API's answers", key).isZero();
                assertThat(events.stream().mapToInt(event -> count(event, key)).sum()).as("%s in the API's events", key).isZero();
                assertThat(count(files.toString(), key)).as("%s in the files the session wrote", key).isZero();
            }
            System.out.printf("FIGURE key search: %d log characters, %d status answers, %d events, %d file bytes: 0 keys%n",
                    logText.length(), apiAnswers.size(), events.size(), files.length());
        }
    }

    private static int count(String text, String key) {
        int count = 0;
        for (int at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) {
            count++;
        }
        return count;
    }
}
