package live.studio.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.WebSocketHandshakeException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import live.studio.app.HeadlessProgram;
import live.studio.app.Sources;
import live.studio.catalog.Catalog;
import live.studio.catalog.Money;
import live.studio.catalog.Product;
import live.studio.catalog.PromoCode;
import live.studio.catalog.PromoValidity;
import live.studio.capture.AudioSourceSpec;
import live.studio.capture.VideoSourceSpec;
import live.studio.compose.Layout;
import live.studio.encode.EncoderSettings;
import live.studio.engine.LiveEngine;
import live.studio.media.VideoFormat;
import live.studio.overlay.OverlaySlot;
import live.studio.show.Graphic;
import live.studio.show.ShowCommands;
import live.studio.show.ShowController;
import live.studio.show.ShowTime;
import live.studio.testing.TestOutput;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/** The API on a real port over a real show controller and a real (small) engine, driven by real HTTP and WebSocket. */
class ApiServerTest {
    private static final VideoFormat SMALL = new VideoFormat(320, 180, 30);
    private static LiveEngine engine;
    private static Path recordings;

    private ShowController controller;
    private HeadlessProgram program;
    private ApiServer api;
    private ApiTestClient client;
    private String control;
    private String readOnly;

    @BeforeAll
    static void startEngine() throws Exception {
        engine = new LiveEngine(SMALL, EncoderSettings.defaults(300), Sources.factory(SMALL));
        engine.setVideoSource(0, VideoSourceSpec.parse("test"));
        engine.setAudioSource(AudioSourceSpec.parse("test"));
        engine.start();
        recordings = TestOutput.newDirectory("api-recordings");
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    static Catalog catalog() {
        return new Catalog(List.of(product("aero", "11"), product("mug", "12")),
                List.of(new PromoCode("LIVE20", "20 % off", new PromoValidity.Always(), List.of())));
    }

    private static Product product(String id, String shortCode) {
        return new Product(id, "Product " + id, Money.of("19.90", "EUR"), Optional.empty(), List.of(), OptionalInt.of(9),
                Optional.of(URI.create("https://shop.example/p/" + id)), shortCode, List.of(), List.of());
    }

    @BeforeEach
    void startApi() throws Exception {
        controller = new ShowController(catalog(), ShowTime.of(engine.clock()));
        program = new HeadlessProgram(engine, List.of(), Optional.of(recordings.resolve("show.mkv")));
        controller.setProgramActions(program);
        api = ApiServer.start(ApiSettings.loopback(0), ApiTokens.generate(), controller, ProgramMonitor.of(engine));
        client = new ApiTestClient(api.port());
        control = api.tokens().control();
        readOnly = api.tokens().readOnly();
        engine.setLayout(Layout.PICTURE_IN_PICTURE);
    }

    @AfterEach
    void stopApi() {
        api.close();
        program.stopRecording();
        program.close();
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached in 15 s: " + what);
            }
            Thread.sleep(20);
        }
    }

    private ApiTestClient.Events events() throws InterruptedException {
        ApiTestClient.Events events = client.events(List.of("Authorization", "Bearer " + control), List.of());
        events.next("hello");
        return events;
    }

    /** Sends a command, checks it answered ok, and returns its command.executed event from the stream. */
    private JsonNode run(ApiTestClient.Events events, String json) throws Exception {
        ApiTestClient.Answer answer = client.command(control, json);
        assertThat(answer.status()).as(json + " → " + answer.body()).isEqualTo(200);
        String name = ApiTestClient.JSON.readTree(json).path("command").asString();
        return events.next(message -> message.path("type").asString().equals("command.executed")
                && message.path("command").asString().equals(name), "command.executed " + name);
    }

    private Optional<Graphic> onAir(OverlaySlot slot) {
        return controller.state().onAir(slot);
    }

    @Test
    void everyOverlayCommandChangesTheShowAndTheEventStreamCarriesIt() throws Exception {
        ApiTestClient.Events events = events();
        List<Long> sequences = new ArrayList<>();

        sequences.add(run(events, "{\"command\": \"product.show\", \"product\": \"#12\"}").path("sequence").asLong());
        assertThat(onAir(OverlaySlot.PRODUCT_CARD)).contains(new Graphic.ProductCard("mug"));
        run(events, "{\"command\": \"product.next\"}");
        assertThat(onAir(OverlaySlot.PRODUCT_CARD)).contains(new Graphic.ProductCard("aero"));
        run(events, "{\"command\": \"product.hide\"}");
        assertThat(onAir(OverlaySlot.PRODUCT_CARD)).isEmpty();

        JsonNode countdown = run(events, "{\"command\": \"countdown.start\", \"seconds\": 120, \"label\": \"Ends in\"}");
        assertThat(countdown.path("arguments").path("seconds").asInt()).isEqualTo(120);
        assertThat(countdown.path("source").asString()).isEqualTo("api");
        run(events, "{\"command\": \"countdown.adjust\", \"seconds\": 60}");
        assertThat(controller.countdownRemainingSeconds()).hasValueSatisfying(s -> assertThat(s).isBetween(170L, 180L));
        run(events, "{\"command\": \"countdown.stop\"}");
        assertThat(onAir(OverlaySlot.COUNTDOWN)).isEmpty();

        run(events, "{\"command\": \"promo.show\", \"code\": \"LIVE20\"}");
        assertThat(onAir(OverlaySlot.PROMO_CODE)).hasValueSatisfying(g -> assertThat(g.describe()).isEqualTo("LIVE20"));
        run(events, "{\"command\": \"promo.hide\"}");
        run(events, "{\"command\": \"lowerThird.show\", \"name\": \"Camille\", \"role\": \"Host\"}");
        assertThat(onAir(OverlaySlot.LOWER_THIRD)).contains(new Graphic.LowerThird("Camille", "Host"));
        run(events, "{\"command\": \"lowerThird.hide\"}");
        run(events, "{\"command\": \"banner.show\", \"text\": \"Free shipping\"}");
        assertThat(onAir(OverlaySlot.BANNER)).contains(new Graphic.Banner("Free shipping"));
        run(events, "{\"command\": \"banner.hide\"}");
        run(events, "{\"command\": \"comment.pin\", \"author\": \"marie\", \"text\": \"Size 38?\", \"platform\": \"twitch\"}");
        assertThat(onAir(OverlaySlot.PINNED_COMMENT)).contains(new Graphic.PinnedComment("marie", "Size 38?", "twitch"));
        run(events, "{\"command\": \"comment.unpin\"}");
        run(events, "{\"command\": \"stock.set\", \"product\": \"mug\", \"stock\": 2}");
        assertThat(controller.catalog().product("mug").orElseThrow().stock()).hasValue(2);
        run(events, "{\"command\": \"stock.show\", \"product\": \"mug\"}");
        assertThat(onAir(OverlaySlot.STOCK_COUNTER)).contains(new Graphic.StockCounter("mug"));
        run(events, "{\"command\": \"stock.hide\"}");
        run(events, "{\"command\": \"banner.show\", \"text\": \"Last call\"}");
        run(events, "{\"command\": \"overlay.hideAll\"}");
        assertThat(controller.state().onAir()).isEmpty();
        sequences.add(run(events, "{\"command\": \"product.show\", \"product\": \"aero\"}").path("sequence").asLong());
        // 19 commands after the first and the 18 overlay and stock events they caused, each numbered, none missing
        assertThat(sequences.get(1) - sequences.get(0)).isEqualTo(37);
        List<Long> received = events.sequences();
        assertThat(received).hasSize((int) (received.getLast() - received.getFirst() + 1));
        for (int i = 1; i < received.size(); i++) {
            assertThat(received.get(i)).isEqualTo(received.get(i - 1) + 1);
        }
    }

    @Test
    void sequencesArriveGapFreeWithTheSpecificEvents() throws Exception {
        ApiTestClient.Events events = events();
        client.command(control, "{\"command\": \"product.show\", \"product\": \"aero\"}");
        client.command(control, "{\"command\": \"stock.set\", \"product\": \"aero\", \"stock\": 4}");
        client.command(control, "{\"command\": \"overlay.hideAll\"}");
        JsonNode shown = events.next("overlay.shown");
        assertThat(shown.path("slot").asString()).isEqualTo("productCard");
        assertThat(shown.path("detail").asString()).isEqualTo("aero");
        JsonNode stock = events.next("stock.changed");
        assertThat(stock.path("product").asString()).isEqualTo("aero");
        assertThat(stock.path("stock").asInt()).isEqualTo(4);
        JsonNode hidden = events.next("overlay.hidden");
        assertThat(hidden.path("reason").asString()).isEqualTo("hideAll");
        JsonNode last = events.next(m -> m.path("command").asString().equals("overlay.hideAll"), "hideAll");
        // product.show: shown + executed; stock.set: changed + executed; hideAll: hidden + executed
        assertThat(last.path("sequence").asLong() - shown.path("sequence").asLong()).isEqualTo(5);
        assertThat(api.eventClients()).isEqualTo(1);
    }

    @Test
    void layoutAndRecordingCommandsDriveTheEngine() throws Exception {
        ApiTestClient.Events events = events();
        JsonNode layout = run(events, "{\"command\": \"layout.set\", \"layout\": \"sideBySide\"}");
        assertThat(layout.path("arguments").path("layout").asString()).isEqualTo("sideBySide");
        assertThat(engine.layout()).isEqualTo(Layout.SIDE_BY_SIDE);
        assertThat(client.get("/status", readOnly).body().path("live").path("layout").asString()).isEqualTo("sideBySide");

        run(events, "{\"command\": \"record.start\"}");
        await("the recording runs", () -> engine.outputStatuses().stream().anyMatch(ProgramMonitor::isRecording));
        JsonNode recording = events.next(m -> m.path("type").asString().equals("output.changed")
                && m.path("kind").asString().equals("recording"), "output.changed of the recording");
        assertThat(recording.path("state").asString()).isIn("connecting", "live");
        await("status says recording", () -> status().path("live").path("recording").asBoolean());
        run(events, "{\"command\": \"record.stop\"}");
        await("the recording stopped", () -> engine.outputStatuses().isEmpty());
        events.next(m -> m.path("type").asString().equals("output.removed"), "output.removed");
        assertThat(Files.size(recordings.resolve("show.mkv"))).isPositive();

        ApiTestClient.Answer noDestination = client.command(control, "{\"command\": \"stream.start\"}");
        assertThat(noDestination.status()).isEqualTo(400);
        assertThat(noDestination.field()).isEqualTo("command");
        assertThat(noDestination.error()).contains("--output");
    }

    private JsonNode status() {
        try {
            return client.get("/status", control).body();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void statusTellsWhatIsOnAirTheCountdownStatsAndPlaceholders() throws Exception {
        client.command(control, "{\"command\": \"product.show\", \"product\": \"aero\"}");
        client.command(control, "{\"command\": \"countdown.start\", \"seconds\": 90}");
        await("stats exist", () -> engine.stats() != null);
        ApiTestClient.Answer answer = client.get("/status", readOnly);
        assertThat(answer.status()).isEqualTo(200);
        JsonNode status = answer.body();
        assertThat(status.path("live").path("streaming").asBoolean()).isFalse();
        assertThat(status.path("live").path("layout").asString()).isEqualTo("pictureInPicture");
        assertThat(status.path("overlays").findValuesAsString("slot")).containsExactlyInAnyOrder("productCard", "countdown");
        assertThat(status.path("countdownRemainingSeconds").asLong()).isBetween(85L, 90L);
        assertThat(status.path("stats").path("framesPerSecond").isNumber()).isTrue();
        assertThat(status.path("runSheet").isNull()).isTrue();
        assertThat(status.path("chat").asString()).isEqualTo("not connected");
        assertThat(status.toString()).doesNotContain(control).doesNotContain(readOnly);
        assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void commandsAreListedWithTheirArguments() throws Exception {
        JsonNode list = client.get("/commands", readOnly).body().path("commands");
        List<String> names = new ArrayList<>();
        list.forEach(command -> names.add(command.path("name").asString()));
        assertThat(names).containsExactlyElementsOf(ShowCommands.names())
                .contains("stream.start", "stream.stop", "record.start", "record.stop", "layout.set");
        JsonNode layout = list.get(names.indexOf("layout.set")).path("arguments").get(0);
        assertThat(layout.path("name").asString()).isEqualTo("layout");
        assertThat(layout.path("required").asBoolean()).isTrue();
        assertThat(layout.path("choices").toString()).contains("fullFrame", "pictureInPicture", "sideBySide");
    }

    @Test
    void unknownCommandsAndBadArgumentsAre400NamingTheField() throws Exception {
        assertRefused(client.command(control, "{\"command\": \"product.explode\"}"), 400, "command", "unknown command");
        assertRefused(client.command(control, "{\"command\": \"product.show\"}"), 400, "product", "missing");
        assertRefused(client.command(control, "{\"command\": \"product.show\", \"product\": \"#99\"}"), 400, "product", "no product");
        assertRefused(client.command(control, "{\"command\": \"countdown.start\", \"seconds\": \"soon\"}"), 400, "seconds", "whole number");
        assertRefused(client.command(control, "{\"command\": \"layout.set\", \"layout\": \"grid\"}"), 400, "layout", "not one of");
        assertRefused(client.command(control, "{\"command\": \"banner.hide\", \"colour\": \"red\"}"), 400, "colour", "takes none");
        assertRefused(client.command(control, "{\"product\": \"aero\"}"), 400, "command", "missing");
        assertRefused(client.command(control, "{\"command\": 7}"), 400, "command", "must be a string");
        assertRefused(client.command(control, "[\"product.hide\"]"), 400, "body", "JSON object");
        assertRefused(client.command(control, "{\"command\": \"product.hide\",}"), 400, "body", "line 1");
        assertRefused(client.command(control, "{\"command\": \"banner.show\", \"text\": \"a\", \"text\": \"b\"}"), 400, "body", "uplicate");
        assertRefused(client.command(control, "{\"command\": \"countdown.adjust\", \"seconds\": 5}"), 400, "command", "no countdown");
        assertThat(controller.state().onAir()).isEmpty();
    }

    private static void assertRefused(ApiTestClient.Answer answer, int status, String field, String messagePart) {
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(status);
        assertThat(answer.field()).as(answer.body().toString()).isEqualTo(field);
        assertThat(answer.error()).contains(messagePart);
    }

    @Test
    void missingWrongAndReadOnlyTokensAreRefused() throws Exception {
        String banner = "{\"command\": \"banner.show\", \"text\": \"x\"}";
        assertRefused(client.command(null, banner), 401, "Authorization", "Bearer");
        assertRefused(client.command(ApiTokens.newToken(), banner), 401, "Authorization", "Bearer");
        assertRefused(client.command(control.substring(0, control.length() - 1), banner), 401, "Authorization", "Bearer");
        assertRefused(client.get("/status", null), 401, "Authorization", "Bearer");
        assertThat(client.get("/status", null).headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                value -> assertThat(value).startsWith("Bearer"));
        assertRefused(client.command(readOnly, banner), 403, "Authorization", "read-only");
        assertThat(client.get("/status", readOnly).status()).isEqualTo(200);
        assertThat(client.get("/chat/messages", readOnly).status()).isEqualTo(200);
        assertThat(controller.state().onAir()).isEmpty();
    }

    @Test
    void aForeignHostHeaderIsRefusedAgainstDnsRebinding() throws Exception {
        String request = "GET /api/v1/status HTTP/1.1\r\nHost: %s\r\nAuthorization: Bearer " + control
                + "\r\nConnection: close\r\n\r\n";
        assertThat(client.raw(request.formatted("evil.example"))).startsWith("HTTP/1.1 421").contains("\"field\":\"Host\"");
        assertThat(client.raw(request.formatted("evil.example:" + api.port()))).startsWith("HTTP/1.1 421");
        assertThat(client.raw(request.formatted("127.0.0.1:1"))).startsWith("HTTP/1.1 421");
        assertThat(client.raw(request.formatted("127.0.0.1:" + api.port()))).startsWith("HTTP/1.1 200");
        assertThat(client.raw(request.formatted("localhost:" + api.port()))).startsWith("HTTP/1.1 200");
        assertThat(client.raw(request.formatted("[::1]:" + api.port()))).startsWith("HTTP/1.1 200");
        String post = "POST /api/v1/commands HTTP/1.1\r\nHost: rebound.example:" + api.port() + "\r\nAuthorization: Bearer "
                + control + "\r\nContent-Type: application/json\r\nContent-Length: 26\r\nConnection: close\r\n\r\n"
                + "{\"command\": \"banner.hide\"}";
        assertThat(client.raw(post)).startsWith("HTTP/1.1 421");
    }

    @Test
    void aForeignOriginIsRefusedOnHttpAndBeforeTheWebSocketUpgrade() throws Exception {
        HttpRequest fromPage = HttpRequest.newBuilder(client.uri("/commands"))
                .header("Authorization", "Bearer " + control).header("Content-Type", "application/json")
                .header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("{\"command\": \"banner.show\", \"text\": \"pwned\"}")).build();
        ApiTestClient.Answer answer = client.send(fromPage);
        assertRefused(answer, 403, "Origin", "allow-listed");
        assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(controller.state().onAir()).isEmpty();

        assertThatThrownBy(() -> client.events(List.of("Authorization", "Bearer " + control, "Origin", "https://evil.example"),
                List.of())).isInstanceOf(CompletionException.class).cause()
                .isInstanceOfSatisfying(WebSocketHandshakeException.class,
                        e -> assertThat(e.getResponse().statusCode()).isEqualTo(403));
        assertThat(api.eventClients()).isZero();
    }

    @Test
    void anAllowListedOriginGetsItsOwnOriginBackNeverAWildcard() throws Exception {
        api.close();
        api = ApiServer.start(ApiSettings.loopback(0).withAllowedOrigins(List.of("http://127.0.0.1:8080")),
                ApiTokens.generate(), controller, ProgramMonitor.of(engine));
        client = new ApiTestClient(api.port());
        HttpRequest fromPage = HttpRequest.newBuilder(client.uri("/status"))
                .header("Authorization", "Bearer " + api.tokens().readOnly()).header("Origin", "http://127.0.0.1:8080")
                .GET().build();
        ApiTestClient.Answer answer = client.send(fromPage);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://127.0.0.1:8080");
        HttpRequest other = HttpRequest.newBuilder(client.uri("/status"))
                .header("Authorization", "Bearer " + api.tokens().readOnly()).header("Origin", "http://127.0.0.1:9090")
                .GET().build();
        assertThat(client.send(other).status()).isEqualTo(403);
    }

    @Test
    void commandsAcceptOnlyJsonAndABoundedBody() throws Exception {
        String banner = "{\"command\": \"banner.show\", \"text\": \"x\"}";
        assertRefused(client.post("/commands", control, "text/plain", banner), 415, "Content-Type", "application/json");
        assertRefused(client.post("/commands", control, "application/x-www-form-urlencoded", banner), 415, "Content-Type", "");
        assertRefused(client.post("/commands", control, null, banner), 415, "Content-Type", "");
        assertThat(client.post("/commands", control, "application/json; charset=utf-8", banner).status()).isEqualTo(200);
        controller.execute(new live.studio.show.ShowCommand.HideAll(), live.studio.show.CommandSource.WINDOW);
        String huge = "{\"command\": \"banner.show\", \"text\": \"" + "x".repeat(70_000) + "\"}";
        assertRefused(client.command(control, huge), 413, "body", "65536");
        assertThat(controller.state().onAir()).isEmpty();
    }

    @Test
    void nothingChangesOnGetAndOtherMethodsAre405() throws Exception {
        ApiTestClient.Answer get = client.get("/commands?command=banner.show&text=pwned", control);
        assertThat(get.status()).isEqualTo(200);
        assertThat(get.body().has("commands")).isTrue();
        HttpRequest getWithBody = HttpRequest.newBuilder(client.uri("/commands"))
                .header("Authorization", "Bearer " + control).header("Content-Type", "application/json")
                .method("GET", HttpRequest.BodyPublishers.ofString("{\"command\": \"banner.show\", \"text\": \"pwned\"}"))
                .build();
        assertThat(client.send(getWithBody).status()).isEqualTo(200);
        assertThat(controller.state().onAir()).isEmpty();

        for (String method : List.of("PUT", "DELETE", "PATCH")) {
            HttpRequest request = HttpRequest.newBuilder(client.uri("/commands")).header("Authorization", "Bearer " + control)
                    .header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString("{\"command\": \"banner.hide\"}")).build();
            ApiTestClient.Answer answer = client.send(request);
            assertRefused(answer, 405, "method", "not allowed");
            assertThat(answer.headers().firstValue("Allow")).hasValue("GET, POST");
        }
        assertRefused(client.post("/status", control, "application/json", "{}"), 405, "method", "GET");
        assertRefused(client.get("/nothing", control), 404, "path", "/api/v1/status");
    }

    @Test
    void repeatedFailuresAreSlowedAndLoggedWithoutTheToken() throws Exception {
        Logger logger = (Logger) LoggerFactory.getLogger(ApiHandler.class);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        logger.addAppender(log);
        try {
            String guess = ApiTokens.newToken();
            for (int attempt = 1; attempt <= FailureThrottle.FREE_FAILURES; attempt++) {
                assertThat(client.get("/status", guess).status()).isEqualTo(401);
            }
            assertThat(client.get("/status", guess).status()).isEqualTo(401);
            ApiTestClient.Answer slowed = client.get("/status", control);
            assertThat(slowed.status()).as("even the right token waits its turn").isEqualTo(429);
            assertThat(slowed.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(log.list).extracting(ILoggingEvent::getFormattedMessage)
                    .anySatisfy(line -> assertThat(line).contains("missing or wrong token").contains("6 in a row"))
                    .noneSatisfy(line -> assertThat(line).contains(guess))
                    .noneSatisfy(line -> assertThat(line).contains(control));
            await("the pause ends", () -> {
                try {
                    return client.get("/status", control).status() == 200;
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            });
        } finally {
            logger.detachAppender(log);
        }
    }

    @Test
    void theEventStreamTakesTheTokenAsASubprotocolAndTheReadOnlyToken() throws Exception {
        ApiTestClient.Events browserLike = client.events(List.of(), List.of("studio.v1", "bearer." + readOnly));
        assertThat(browserLike.socket.getSubprotocol()).isEqualTo("studio.v1");
        assertThat(browserLike.next("hello").path("api").asString()).isEqualTo("v1");
        client.command(control, "{\"command\": \"banner.show\", \"text\": \"hi\"}");
        assertThat(browserLike.next("overlay.shown").path("detail").asString()).isEqualTo("hi");

        assertThatThrownBy(() -> client.events(List.of(), List.of())).cause()
                .isInstanceOfSatisfying(WebSocketHandshakeException.class,
                        e -> assertThat(e.getResponse().statusCode()).isEqualTo(401));
        assertThatThrownBy(() -> client.events(List.of(), List.of("studio.v1", "bearer." + ApiTokens.newToken()))).cause()
                .isInstanceOfSatisfying(WebSocketHandshakeException.class,
                        e -> assertThat(e.getResponse().statusCode()).isEqualTo(401));
    }

    @Test
    void statsComeOnceASecondOnTheEventStream() throws Exception {
        ApiTestClient.Events events = events();
        JsonNode first = events.next("stats");
        JsonNode second = events.next("stats");
        assertThat(second.path("uptimeMillis").asLong() - first.path("uptimeMillis").asLong()).isBetween(500L, 1500L);
        assertThat(second.path("framesPerSecond").isNumber()).isTrue();
    }

    @Test
    void newTokensLockOutTheOldOnesAndCloseEventStreams() throws Exception {
        ApiTestClient.Events events = events();
        ApiTokens old = api.tokens();
        api.setTokens(old.withNewControlToken());
        assertThat(events.closed.get(5, TimeUnit.SECONDS)).isEqualTo(1008);
        assertThat(client.get("/status", old.control()).status()).isEqualTo(401);
        assertThat(client.get("/status", api.tokens().control()).status()).isEqualTo(200);
        assertThat(client.get("/status", old.readOnly()).status()).isEqualTo(200);
    }

    @Test
    void chatMessagesAreEmptyUntilAChatIsConnected() throws Exception {
        JsonNode none = client.get("/chat/messages", readOnly).body();
        assertThat(none.path("chat").asString()).isEqualTo("not connected");
        assertThat(none.path("messages").isEmpty()).isTrue();

        List<ChatMessage> received = List.of(new ChatMessage(1, 1000, "twitch", "marie", "hello"),
                new ChatMessage(2, 2000, "youtube", "leo", "size 38?"), new ChatMessage(3, 3000, "irc", "sam", "buy"));
        api.setChatHistory((afterId, limit) -> received.stream().filter(m -> m.id() > afterId).limit(limit).toList());
        JsonNode some = client.get("/chat/messages?after=1&limit=1", readOnly).body();
        assertThat(some.path("chat").asString()).isEqualTo("connected");
        assertThat(some.path("messages").get(0).path("author").asString()).isEqualTo("leo");
        assertThat(some.path("messages").size()).isEqualTo(1);
        assertRefused(client.get("/chat/messages?limit=5000", readOnly), 400, "limit", "1 to 500");
        assertRefused(client.get("/chat/messages?after=yesterday", readOnly), 400, "after", "whole number");

        ApiTestClient.Events events = events();
        api.chatMessageReceived(new ChatMessage(4, 4000, "twitch", "ana", "is it waterproof?"));
        assertThat(events.next("chat.message").path("text").asString()).isEqualTo("is it waterproof?");
    }

    @Test
    void onlyLoopbackIsBound() throws Exception {
        List<InetAddress> others = new ArrayList<>();
        for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (network.isUp() && !network.isLoopback()) {
                Collections.list(network.getInetAddresses()).stream()
                        .filter(address -> address instanceof java.net.Inet4Address).forEach(others::add);
            }
        }
        Assumptions.assumeFalse(others.isEmpty(), "this machine has no non-loopback IPv4 address to try");
        for (InetAddress address : others) {
            try (Socket socket = new Socket()) {
                assertThatThrownBy(() -> socket.connect(new InetSocketAddress(address, api.port()), 2_000))
                        .as("connecting to " + address.getHostAddress()).isInstanceOf(ConnectException.class);
            }
        }
        // the LAN opt-in binds every interface and accepts this machine's own address as Host
        api.close();
        api = ApiServer.start(ApiSettings.loopback(0).withScope(NetworkScope.LAN), ApiTokens.generate(), controller,
                ProgramMonitor.of(engine));
        InetAddress lan = others.getFirst();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(lan, api.port()), 2_000);
            socket.getOutputStream().write(("GET /api/v1/status HTTP/1.1\r\nHost: " + lan.getHostAddress() + ":"
                    + api.port() + "\r\nAuthorization: Bearer " + api.tokens().readOnly()
                    + "\r\nConnection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
            assertThat(answer).startsWith("HTTP/1.1 200");
        }
    }

    @Test
    void theAnnouncementIsTheAddressAndTheControlToken() {
        assertThat(api.announcement()).matches("api: http://127\\.0\\.0\\.1:\\d+/api/v1 token: [A-Za-z0-9_-]{43}")
                .endsWith(" token: " + control);
        assertThat(api.address().getPort()).isEqualTo(api.port());
    }
}
