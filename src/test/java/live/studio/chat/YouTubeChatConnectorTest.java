package live.studio.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import live.studio.output.ReconnectPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The YouTube connector against a local HTTP server that answers with responses shaped like the Data API v3
 * reference ({@code src/test/resources/chat/youtube}): the live chat found from the video, paging with
 * {@code nextPageToken}, waiting {@code pollingIntervalMillis}, quota and rate errors backed off, the chat's end,
 * refused keys, OAuth, and sending.
 */
class YouTubeChatConnectorTest {
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final String VIDEO = "dQw4w9WgXcQ";
    private static final String CHAT_ID = "KicKGFVDX2xpdmUtc2hvcC1jaGF0LWlkEgtkUXc0dzlXZ1hjUQ";
    private static final String API_KEY = "AIzaSyTestKey-0123456789abcdef";
    private static final ReconnectPolicy QUICK = new ReconnectPolicy(100, 2.0, 1000, 0.2);
    private static final ReconnectPolicy QUICK_QUOTA = new ReconnectPolicy(500, 2.0, 2000, 0.2);

    record Request(String method, String path, Map<String, String> query, Map<String, List<String>> headers, String body,
                   long atNanos) {
    }

    record Answer(int status, String resource) {
    }

    private HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Answer>> answers = new HashMap<>();
    private final List<ChatMessage> messages = new CopyOnWriteArrayList<>();
    private final List<ConnectorHealth> healths = new CopyOnWriteArrayList<>();
    private final List<ModerationEvent> moderation = new CopyOnWriteArrayList<>();
    private YouTubeChatConnector connector;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.createContext("/youtube/v3/", this::answer);
        server.start();
    }

    @AfterEach
    void stop() {
        if (connector != null) {
            connector.stop();
        }
        server.stop(0);
    }

    private void script(String path, Answer... replies) {
        answers.computeIfAbsent(path, ignored -> new ArrayDeque<>()).addAll(List.of(replies));
    }

    private static Answer ok(String resource) {
        return new Answer(200, resource);
    }

    private synchronized void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> query = new HashMap<>();
            String raw = exchange.getRequestURI().getRawQuery();
            if (raw != null) {
                for (String pair : raw.split("&")) {
                    int equals = pair.indexOf('=');
                    query.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                }
            }
            String path = exchange.getRequestURI().getPath().substring("/youtube/v3/".length());
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(new Request(exchange.getRequestMethod(), path, query, Map.copyOf(exchange.getRequestHeaders()), body,
                    System.nanoTime()));
            Deque<Answer> queue = answers.get(exchange.getRequestMethod() + " " + path);
            Answer reply = queue == null || queue.isEmpty() ? new Answer(500, null) : queue.size() == 1 ? queue.peek() : queue.poll();
            byte[] bytes = reply.resource() == null ? "{}".getBytes(StandardCharsets.UTF_8) : resource(reply.resource());
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=UTF-8");
            exchange.sendResponseHeaders(reply.status(), bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream stream = Objects.requireNonNull(YouTubeChatConnectorTest.class.getResourceAsStream("/chat/youtube/" + name), name)) {
            return stream.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void start(String apiKey, String oauthToken) {
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/youtube/v3");
        connector = new YouTubeChatConnector(new ChatSource.YouTubeVideo(VIDEO), base, apiKey, oauthToken,
                HttpClient.newHttpClient(), QUICK, QUICK_QUOTA, InstantSource.system());
        connector.start(new ChatListener() {
            @Override
            public void onMessage(ChatMessage message) {
                messages.add(message);
            }

            @Override
            public void onHealth(ConnectorHealth health) {
                healths.add(health);
            }

            @Override
            public void onModeration(ModerationEvent event) {
                moderation.add(event);
            }
        });
    }

    private List<Request> messageRequests() {
        return requests.stream().filter(request -> request.path().equals("liveChat/messages")).toList();
    }

    private static long gapMillis(Request earlier, Request later) {
        return (later.atNanos() - earlier.atNanos()) / 1_000_000;
    }

    @Test
    void pagesAtTheIntervalItIsGivenAndBacksOffQuotaAndRateErrors() throws InterruptedException {
        script("GET videos", ok("video.json"));
        script("GET liveChat/messages", ok("messages-page1.json"), new Answer(403, "error-quota.json"),
                ok("messages-page2.json"), new Answer(403, "error-rate.json"), ok("messages-ended.json"));
        start(API_KEY, "");
        await(() -> connector.health().state() == ConnectorState.ENDED, connector::health);

        Request video = requests.getFirst();
        assertThat(video.path()).isEqualTo("videos");
        assertThat(video.query()).containsEntry("part", "liveStreamingDetails").containsEntry("id", VIDEO).containsEntry("key", API_KEY);
        List<Request> polls = messageRequests();
        assertThat(polls).hasSize(5);
        assertThat(polls).allSatisfy(poll -> assertThat(poll.query()).containsEntry("liveChatId", CHAT_ID)
                .containsEntry("part", "snippet,authorDetails").containsEntry("key", API_KEY));
        assertThat(polls).extracting(poll -> poll.query().get("pageToken"))
                .containsExactly(null, "GO2y8-_ux4kDIIzM6_nux4kD", "GO2y8-_ux4kDIIzM6_nux4kD",
                        "GKqf8-_ux4kDIIzM6_nux4kE", "GKqf8-_ux4kDIIzM6_nux4kE");
        assertThat(gapMillis(polls.get(0), polls.get(1))).as("pollingIntervalMillis 400").isGreaterThanOrEqualTo(400);
        assertThat(gapMillis(polls.get(1), polls.get(2))).as("quota back-off, 500 ms ±20 %").isGreaterThanOrEqualTo(400);
        assertThat(gapMillis(polls.get(2), polls.get(3))).as("pollingIntervalMillis 300").isGreaterThanOrEqualTo(300);
        assertThat(gapMillis(polls.get(3), polls.get(4))).as("rate limit: twice the interval").isGreaterThanOrEqualTo(600);

        assertThat(messages).extracting(message -> message.author().displayName()).containsExactly("Camille D.", "Jo", "Live Shop", "Camille D.");
        assertThat(messages).extracting(ChatMessage::text).containsExactly("c'est combien la veste ?",
                "€5.00 from Jo: love the show!", "Welcome everyone! Code SHOW10 tonight", "bye!");
        assertThat(messages.getFirst().author().badges()).containsExactly("member");
        assertThat(messages.get(1).author().badges()).containsExactly("moderator");
        assertThat(messages.get(2).author().badges()).containsExactly("owner", "verified");
        assertThat(messages.getFirst().sentAt()).isEqualTo(java.time.Instant.parse("2026-11-21T18:01:02.345Z"));
        assertThat(messages.getFirst().sourceId()).startsWith("LCC.");
        assertThat(messages).allSatisfy(message -> assertThat(message.platform()).isEqualTo(Platform.YOUTUBE));

        assertThat(healths).anySatisfy(health -> {
            assertThat(health.state()).isEqualTo(ConnectorState.RECONNECTING);
            assertThat(health.detail()).contains("quota exceeded").contains("quotaExceeded").doesNotContain("<a");
        });
        assertThat(healths).anySatisfy(health -> assertThat(health.detail()).contains("rateLimitExceeded"));
        assertThat(healths).allSatisfy(health -> assertThat(health.detail()).doesNotContain(API_KEY));
        assertThat(connector.health().messages()).isEqualTo(4);
    }

    @Test
    void deletionsAndBansAreReportedNotShown() throws InterruptedException {
        script("GET videos", ok("video.json"));
        script("GET liveChat/messages", ok("messages-page1.json"), ok("messages-moderation.json"));
        start(API_KEY, "");
        await(() -> moderation.size() == 2, () -> moderation);
        assertThat(moderation.getFirst()).isEqualTo(new ModerationEvent(Platform.YOUTUBE, "youtube:" + VIDEO,
                ModerationEvent.Kind.MESSAGE_REMOVED, messages.getFirst().sourceId(), ""));
        assertThat(moderation.get(1)).isEqualTo(new ModerationEvent(Platform.YOUTUBE, "youtube:" + VIDEO,
                ModerationEvent.Kind.AUTHOR_REMOVED, "", "UCa1b2c3d4e5f6g7h8i9j0kA"));
        assertThat(moderation.get(1).removes(messages.getFirst())).as("Camille's message").isTrue();
        assertThat(messages).as("the ban notice is no viewer message").hasSize(2);
    }

    @Test
    void aVideoThatIsNotLiveYetIsLookedUpAgain() throws InterruptedException {
        script("GET videos", ok("video-not-live.json"), ok("video-not-live.json"), ok("video.json"));
        script("GET liveChat/messages", ok("messages-page1.json"));
        start(API_KEY, "");
        await(() -> connector.health().state() == ConnectorState.CONNECTED, connector::health);
        assertThat(healths).anySatisfy(health -> assertThat(health.detail()).contains("has no live chat now"));
        assertThat(requests.stream().filter(request -> request.path().equals("videos"))).hasSize(3);
        await(() -> messages.size() == 2, () -> messages);
    }

    @Test
    void oauthReadsWithABearerTokenAndSendsOneCleanLine() throws InterruptedException {
        String token = "ya29.test-bearer-token";
        script("GET videos", ok("video.json"));
        script("GET liveChat/messages", ok("messages-page1.json"), ok("messages-page2.json"));
        script("POST liveChat/messages", ok("messages-page1.json"));
        start("", token);
        assertThat(connector.sendCapability()).isEqualTo(SendCapability.READ_AND_SEND);
        await(() -> connector.health().state() == ConnectorState.CONNECTED, connector::health);
        assertThat(requests.getFirst().headers().get("Authorization")).containsExactly("Bearer " + token);
        assertThat(requests.getFirst().query()).doesNotContainKey("key");

        assertThat(connector.send("@Camille code SHOW10\r\n= -10 %")).isEqualTo(SendResult.SENT);
        Request post = requests.stream().filter(request -> request.method().equals("POST")).findFirst().orElseThrow();
        assertThat(post.query()).containsEntry("part", "snippet");
        JsonNode body = JsonMapper.builder().build().readTree(post.body());
        assertThat(body.path("snippet").path("liveChatId").asString()).isEqualTo(CHAT_ID);
        assertThat(body.path("snippet").path("type").asString()).isEqualTo("textMessageEvent");
        assertThat(body.path("snippet").path("textMessageDetails").path("messageText").asString()).isEqualTo("@Camille code SHOW10 = -10 %");
    }

    @Test
    void anApiKeyAloneCannotSend() throws InterruptedException {
        script("GET videos", ok("video.json"));
        script("GET liveChat/messages", ok("messages-page1.json"));
        start(API_KEY, "");
        await(() -> connector.health().state() == ConnectorState.CONNECTED, connector::health);
        assertThat(connector.sendCapability()).isEqualTo(SendCapability.READ_ONLY);
        assertThat(connector.send("hello")).isEqualTo(SendResult.NOT_CONFIGURED);
    }

    @Test
    void aRefusedKeyFailsForGoodWithoutShowingTheKey() throws InterruptedException {
        script("GET videos", new Answer(400, "error-key-invalid.json"));
        start(API_KEY, "");
        await(() -> connector.health().state() == ConnectorState.FAILED, connector::health);
        assertThat(connector.health().detail()).contains("API key not valid").doesNotContain(API_KEY);
        assertThat(requests).hasSize(1);
    }

    @Test
    void withoutCredentialsItSaysWhatToSet() throws InterruptedException {
        start("", "");
        await(() -> connector.health().state() == ConnectorState.FAILED, connector::health);
        assertThat(connector.health().detail()).contains(ChatSettings.YOUTUBE_KEY_VARIABLE).contains(ChatSettings.YOUTUBE_OAUTH_VARIABLE);
        assertThat(requests).isEmpty();
    }

    @Test
    void anUnknownVideoFailsAndAnEndedChatEnds() throws InterruptedException {
        script("GET videos", ok("video-none.json"));
        start(API_KEY, "");
        await(() -> connector.health().state() == ConnectorState.FAILED, connector::health);
        assertThat(connector.health().detail()).contains("there is no YouTube video " + VIDEO);
        connector.stop();

        answers.clear();
        script("GET videos", ok("video.json"));
        script("GET liveChat/messages", new Answer(403, "error-chat-ended.json"));
        start(API_KEY, "");
        await(() -> connector.health().state() == ConnectorState.ENDED, connector::health);
        assertThat(connector.health().detail()).contains("liveChatEnded");
    }

    @Test
    void serverErrorsAreRetried() throws InterruptedException {
        script("GET videos", new Answer(503, null), ok("video.json"));
        script("GET liveChat/messages", ok("messages-page1.json"));
        start(API_KEY, "");
        await(() -> messages.size() == 2, () -> connector.health());
        assertThat(healths).anySatisfy(health -> assertThat(health.detail()).contains("YouTube API 503"));
    }

    static void await(BooleanSupplier condition, Supplier<?> lastSeen) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + PATIENCE.toSeconds() + " s; last seen: " + lastSeen.get());
            }
            Thread.sleep(10);
        }
    }
}
