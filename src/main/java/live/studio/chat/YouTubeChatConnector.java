package live.studio.chat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import live.studio.output.ReconnectPolicy;
import live.studio.output.SecretRedactor;
import live.studio.text.SafeText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A YouTube live chat, polled on its own thread ({@code chat-youtube:VIDEO}) through the Data API v3: the video's
 * {@code liveStreamingDetails.activeLiveChatId} from {@code videos.list}, then {@code liveChatMessages.list} with
 * {@code part=snippet,authorDetails}, following {@code nextPageToken} and waiting {@code pollingIntervalMillis} between
 * calls, as the API asks. {@code quotaExceeded} and {@code rateLimitExceeded} back off (the quota for minutes, since
 * it only resets daily); a video without a live chat yet is retried; an ended chat ends the connector.
 *
 * <p>Reads with an API key ({@code key=} parameter) or an OAuth bearer token; sends ({@code liveChatMessages.insert})
 * only with OAuth. The base address is a setting, so tests serve the API from a local server.
 */
public final class YouTubeChatConnector implements ChatConnector {
    private static final Logger LOG = LoggerFactory.getLogger(YouTubeChatConnector.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** When a response has no interval: the documented clients' usual pace. */
    static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(5);
    /** A floor under the server's interval, so a broken response cannot make the studio spin. */
    static final Duration MINIMUM_POLL_INTERVAL = Duration.ofMillis(100);
    /** The daily quota resets at midnight Pacific time: retrying every few seconds only burns requests. */
    public static final ReconnectPolicy QUOTA_BACKOFF = new ReconnectPolicy(60_000, 2.0, 30 * 60_000, 0.2);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);
    private static final int MAX_RESPONSE_BYTES = 4 * 1024 * 1024;
    private static final int REMEMBERED_IDS = 5000;
    private static final Duration STOP_WAIT = Duration.ofSeconds(5);

    private final String label;
    private final String videoId;
    private final URI apiBase;
    private final String apiKey;
    private final String oauthToken;
    private final HttpClient http;
    private final ReconnectPolicy reconnect;
    private final ReconnectPolicy quotaBackoff;
    private final InstantSource clock;
    private final SendRateLimiter sendLimiter;
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final Map<String, Boolean> seenIds = new LinkedHashMap<>(256, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED_IDS;
        }
    };

    private volatile boolean running;
    private volatile String liveChatId;
    private Thread thread;
    private ChatListener listener;

    private final ConnectorStatus status;

    YouTubeChatConnector(ChatSource.YouTubeVideo source, URI apiBase, String apiKey, String oauthToken, HttpClient http,
                         ReconnectPolicy reconnect, ReconnectPolicy quotaBackoff, InstantSource clock) {
        this.label = source.label();
        this.status = new ConnectorStatus(label, Platform.YOUTUBE);
        this.videoId = source.videoId();
        this.apiBase = Objects.requireNonNull(apiBase);
        this.apiKey = apiKey == null ? "" : apiKey;
        this.oauthToken = oauthToken == null ? "" : oauthToken;
        SecretRedactor.register(this.apiKey);
        SecretRedactor.register(this.oauthToken);
        this.http = http;
        this.reconnect = reconnect;
        this.quotaBackoff = quotaBackoff;
        this.clock = clock;
        this.sendLimiter = new SendRateLimiter(SendRateLimiter.YOUTUBE_DEFAULT, clock);
    }

    public static YouTubeChatConnector of(ChatSource.YouTubeVideo source, ChatSettings settings) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        return new YouTubeChatConnector(source, settings.youtubeApiBase(), settings.youtubeApiKey(),
                settings.youtubeOAuthToken(), http, settings.reconnect(), QUOTA_BACKOFF, InstantSource.system());
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public Platform platform() {
        return Platform.YOUTUBE;
    }

    @Override
    public SendCapability sendCapability() {
        return oauthToken.isEmpty() ? SendCapability.READ_ONLY : SendCapability.READ_AND_SEND;
    }

    @Override
    public synchronized void start(ChatListener listener) {
        if (thread != null) {
            throw new IllegalStateException(label + " already started");
        }
        this.listener = Objects.requireNonNull(listener);
        running = true;
        thread = Thread.ofPlatform().name("chat-" + label).daemon().start(this::run);
    }

    @Override
    public void stop() {
        running = false;
        stopRequested.countDown();
        Thread owner;
        synchronized (this) {
            owner = thread;
        }
        if (owner != null && owner != Thread.currentThread()) {
            owner.interrupt(); // ends a request in flight
            try {
                owner.join(STOP_WAIT);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        setState(ConnectorState.STOPPED, 0, null, "");
    }

    @Override
    public ConnectorHealth health() {
        return status.health();
    }

    @Override
    public SendResult send(String text) {
        if (oauthToken.isEmpty()) {
            return SendResult.NOT_CONFIGURED;
        }
        String line = SafeText.outboundLine(text, 200); // YouTube's limit for a chat message
        String chatId = liveChatId;
        if (line.isEmpty()) {
            return SendResult.REJECTED;
        }
        if (chatId == null) {
            return SendResult.NOT_CONNECTED;
        }
        if (!sendLimiter.tryAcquire()) {
            return SendResult.RATE_LIMITED;
        }
        ObjectNode body = JSON.createObjectNode();
        ObjectNode snippet = body.putObject("snippet");
        snippet.put("liveChatId", chatId);
        snippet.put("type", "textMessageEvent");
        snippet.putObject("textMessageDetails").put("messageText", line);
        HttpRequest request = authorised(HttpRequest.newBuilder(uri("liveChat/messages", Map.of("part", "snippet"))))
                .timeout(REQUEST_TIMEOUT).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() == 200) {
                return SendResult.SENT;
            }
            ApiError error = ApiError.of(response.statusCode(), response.body());
            return error.reason().equals("rateLimitExceeded") ? SendResult.RATE_LIMITED : SendResult.REJECTED;
        } catch (IOException e) {
            return SendResult.NOT_CONNECTED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SendResult.NOT_CONNECTED;
        }
    }

    // ---- the connector's thread ----

    private void run() {
        if (apiKey.isEmpty() && oauthToken.isEmpty()) {
            setState(ConnectorState.FAILED, 0, null, "YouTube needs an API key or an OAuth token: set "
                    + ChatSettings.YOUTUBE_KEY_VARIABLE + " or " + ChatSettings.YOUTUBE_OAUTH_VARIABLE);
            return;
        }
        int failures = 0;
        String pageToken = null;
        Duration interval = DEFAULT_POLL_INTERVAL;
        while (running) {
            long waitMillis;
            try {
                if (liveChatId == null) {
                    liveChatId = resolveLiveChatId();
                    pageToken = null;
                }
                Page page = poll(liveChatId, pageToken);
                failures = 0;
                connected();
                deliver(page.items());
                if (page.nextPageToken() != null) {
                    pageToken = page.nextPageToken();
                }
                if (page.ended()) {
                    LOG.info("{}: the live chat has ended", label);
                    setState(ConnectorState.ENDED, 0, null, "the live chat has ended");
                    return;
                }
                interval = page.pollingInterval();
                waitMillis = interval.toMillis();
            } catch (ApiError error) {
                failures++;
                switch (error.kind()) {
                    case CHAT_ENDED -> {
                        setState(ConnectorState.ENDED, 0, null, error.describe());
                        return;
                    }
                    case REFUSED -> {
                        LOG.warn("{}: {} (not retried)", label, error.describe());
                        setState(ConnectorState.FAILED, 0, null, error.describe());
                        return;
                    }
                    case QUOTA -> waitMillis = quotaBackoff.delayMillis(failures);
                    case RATE_LIMITED -> waitMillis = Math.max(2 * interval.toMillis(), reconnect.delayMillis(failures));
                    case CHAT_NOT_FOUND -> {
                        liveChatId = null; // the broadcast may have a new chat: look it up again
                        waitMillis = reconnect.delayMillis(failures);
                    }
                    default -> waitMillis = reconnect.delayMillis(failures);
                }
                scheduleRetry(failures, waitMillis, error.describe());
            } catch (IOException e) {
                failures++;
                waitMillis = reconnect.delayMillis(failures);
                String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                scheduleRetry(failures, waitMillis, "cannot reach the YouTube API (" + SafeText.singleLine(why, 120) + ")");
            } catch (InterruptedException e) {
                return; // stopped
            } catch (RuntimeException e) {
                // A malformed response or a bug must not end chat for the whole show.
                failures++;
                waitMillis = reconnect.delayMillis(failures);
                LOG.warn("{}: unexpected error", label, e);
                scheduleRetry(failures, waitMillis, "unexpected error: " + e.getClass().getSimpleName());
            }
            try {
                if (stopRequested.await(waitMillis, TimeUnit.MILLISECONDS)) {
                    return;
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void scheduleRetry(int failures, long waitMillis, String why) {
        LOG.info("{}: {}; retrying in {} ms (attempt {})", label, why, waitMillis, failures);
        setState(ConnectorState.RECONNECTING, failures, clock.instant().plusMillis(waitMillis), why);
    }

    private String resolveLiveChatId() throws IOException, InterruptedException, ApiError {
        JsonNode response = get("videos", Map.of("part", "liveStreamingDetails", "id", videoId));
        JsonNode items = response.path("items");
        if (!items.isArray() || items.isEmpty()) {
            throw new ApiError(ErrorKind.REFUSED, 404, "videoNotFound", "there is no YouTube video " + videoId);
        }
        String chatId = items.get(0).path("liveStreamingDetails").path("activeLiveChatId").asString("");
        if (chatId.isBlank()) {
            throw new ApiError(ErrorKind.NO_LIVE_CHAT, 200, "noActiveLiveChat",
                    "video " + videoId + " has no live chat now (not live yet, or chat turned off)");
        }
        return chatId;
    }

    private record Page(List<JsonNode> items, String nextPageToken, Duration pollingInterval, boolean ended) {
    }

    private Page poll(String chatId, String pageToken) throws IOException, InterruptedException, ApiError {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("liveChatId", chatId);
        query.put("part", "snippet,authorDetails");
        if (pageToken != null) {
            query.put("pageToken", pageToken);
        }
        JsonNode response = get("liveChat/messages", query);
        List<JsonNode> items = new ArrayList<>();
        response.path("items").forEach(items::add);
        String next = response.path("nextPageToken").asString("");
        long intervalMillis = response.path("pollingIntervalMillis").asLong(DEFAULT_POLL_INTERVAL.toMillis());
        Duration interval = Duration.ofMillis(Math.max(MINIMUM_POLL_INTERVAL.toMillis(), intervalMillis));
        boolean ended = !response.path("offlineAt").asString("").isEmpty()
                || items.stream().anyMatch(item -> "chatEndedEvent".equals(item.path("snippet").path("type").asString("")));
        return new Page(items, next.isEmpty() ? null : next, interval, ended);
    }

    private void deliver(List<JsonNode> items) {
        Instant receivedAt = clock.instant();
        for (JsonNode item : items) {
            String id = item.path("id").asString("");
            synchronized (seenIds) {
                if (!id.isEmpty() && seenIds.put(id, Boolean.TRUE) != null) {
                    continue; // already delivered (the API may repeat a message across pages)
                }
            }
            JsonNode snippet = item.path("snippet");
            String type = snippet.path("type").asString("");
            if (type.equals("messageDeletedEvent")) {
                listener.onModeration(new ModerationEvent(Platform.YOUTUBE, label, ModerationEvent.Kind.MESSAGE_REMOVED,
                        snippet.path("messageDeletedDetails").path("deletedMessageId").asString(""), ""));
                continue;
            }
            if (type.equals("userBannedEvent")) {
                listener.onModeration(new ModerationEvent(Platform.YOUTUBE, label, ModerationEvent.Kind.AUTHOR_REMOVED, "",
                        snippet.path("userBannedDetails").path("bannedUserDetails").path("channelId").asString("")));
                continue;
            }
            if (!snippet.path("hasDisplayContent").asBoolean(false) || type.equals("tombstone")
                    || type.equals("chatEndedEvent")) {
                continue;
            }
            String text = snippet.path("displayMessage").asString("");
            if (text.isEmpty()) {
                text = snippet.path("textMessageDetails").path("messageText").asString("");
            }
            JsonNode authorDetails = item.path("authorDetails");
            List<String> badges = new ArrayList<>();
            if (authorDetails.path("isChatOwner").asBoolean(false)) {
                badges.add("owner");
            }
            if (authorDetails.path("isChatModerator").asBoolean(false)) {
                badges.add("moderator");
            }
            if (authorDetails.path("isChatSponsor").asBoolean(false)) {
                badges.add("member");
            }
            if (authorDetails.path("isVerified").asBoolean(false)) {
                badges.add("verified");
            }
            String name = authorDetails.path("displayName").asString("");
            String channelId = authorDetails.path("channelId").asString(snippet.path("authorChannelId").asString(""));
            ChatAuthor author = new ChatAuthor(name, channelId, AuthorColor.forName(name), badges);
            ChatMessage message = new ChatMessage(Platform.YOUTUBE, label, id, author, text,
                    instant(snippet.path("publishedAt").asString("")), receivedAt, MessageOrigin.REGULAR, List.of());
            status.messageReceived(receivedAt, Optional.of(message.lag()));
            listener.onMessage(message);
        }
    }

    private JsonNode get(String path, Map<String, String> query) throws IOException, InterruptedException, ApiError {
        HttpRequest request = authorised(HttpRequest.newBuilder(uri(path, query))).timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/json").GET().build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        String body;
        try (InputStream stream = response.body()) {
            byte[] bytes = stream.readNBytes(MAX_RESPONSE_BYTES);
            body = new String(bytes, StandardCharsets.UTF_8);
        }
        if (response.statusCode() != 200) {
            throw ApiError.of(response.statusCode(), body);
        }
        try {
            return JSON.readTree(body);
        } catch (JacksonException e) {
            throw new ApiError(ErrorKind.TEMPORARY, 200, "malformedResponse", "the YouTube API answered with malformed JSON");
        }
    }

    private HttpRequest.Builder authorised(HttpRequest.Builder builder) {
        return oauthToken.isEmpty() ? builder : builder.header("Authorization", "Bearer " + oauthToken);
    }

    private URI uri(String path, Map<String, String> query) {
        StringBuilder address = new StringBuilder(apiBase.toString());
        if (address.charAt(address.length() - 1) != '/') {
            address.append('/');
        }
        address.append(path);
        Map<String, String> parameters = new LinkedHashMap<>(query);
        if (oauthToken.isEmpty()) {
            parameters.put("key", apiKey);
        }
        char separator = '?';
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            address.append(separator).append(parameter.getKey()).append('=')
                    .append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        return URI.create(address.toString());
    }

    private void connected() {
        if (status.state() == ConnectorState.CONNECTED) {
            return;
        }
        LOG.info("{}: reading the live chat", label);
        setState(ConnectorState.CONNECTED, 0, null, "");
    }

    private void setState(ConnectorState newState, int newAttempt, Instant next, String newDetail) {
        status.set(newState, newAttempt, next, newDetail).ifPresent(health -> {
            ChatListener current = listener;
            if (current != null) {
                current.onHealth(health);
            }
        });
    }

    private static Instant instant(String text) {
        try {
            return text.isEmpty() ? null : Instant.parse(text);
        } catch (DateTimeParseException malformed) {
            return null;
        }
    }

    enum ErrorKind {
        QUOTA, RATE_LIMITED, CHAT_ENDED, CHAT_NOT_FOUND, NO_LIVE_CHAT, REFUSED, TEMPORARY
    }

    /** An error answer of the API, by its documented {@code error.errors[0].reason}. */
    static final class ApiError extends Exception {
        private final ErrorKind kind;
        private final int status;
        private final String reason;

        ApiError(ErrorKind kind, int status, String reason, String message) {
            super(message, null, false, false);
            this.kind = kind;
            this.status = status;
            this.reason = reason;
        }

        static ApiError of(int status, String body) {
            String reason = "";
            String message = "";
            try {
                JsonNode error = JSON.readTree(body).path("error");
                reason = error.path("errors").path(0).path("reason").asString("");
                message = error.path("message").asString("");
            } catch (JacksonException | IllegalArgumentException notJson) {
                // an HTML error page from a proxy: the status says enough
            }
            ErrorKind kind = switch (reason) {
                case "quotaExceeded", "dailyLimitExceeded" -> ErrorKind.QUOTA;
                case "rateLimitExceeded", "userRateLimitExceeded" -> ErrorKind.RATE_LIMITED;
                case "liveChatEnded" -> ErrorKind.CHAT_ENDED;
                case "liveChatNotFound" -> ErrorKind.CHAT_NOT_FOUND;
                case "liveChatDisabled", "forbidden", "keyInvalid", "authError", "insufficientPermissions",
                     "accessNotConfigured", "ipRefererBlocked", "badRequest" -> ErrorKind.REFUSED;
                default -> status == 401 || status == 400 ? ErrorKind.REFUSED
                        : status == 429 ? ErrorKind.RATE_LIMITED : ErrorKind.TEMPORARY;
            };
            String plain = SafeText.singleLine(message.replaceAll("<[^>]*>", ""), 160);
            return new ApiError(kind, status, reason, "YouTube API " + status + (reason.isEmpty() ? "" : " " + reason)
                    + (plain.isEmpty() ? "" : ": " + plain));
        }

        ErrorKind kind() {
            return kind;
        }

        int status() {
            return status;
        }

        String reason() {
            return reason;
        }

        String describe() {
            return switch (kind) {
                case QUOTA -> "YouTube API quota exceeded; backing off (" + getMessage() + ")";
                case RATE_LIMITED -> "YouTube asks for slower polling; backing off (" + getMessage() + ")";
                default -> getMessage();
            };
        }
    }
}
