package live.studio.ui;

import static live.studio.ui.FxWait.onFx;
import static live.studio.ui.FxWait.pollFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import live.studio.capture.FfmpegSourceFactory;
import live.studio.capture.MediaFileSource;
import live.studio.capture.TestToneSource;
import live.studio.chat.FeedMessage;
import live.studio.encode.EncoderSettings;
import live.studio.engine.LiveEngine;
import live.studio.media.VideoFormat;
import live.studio.output.OutputState;
import live.studio.output.OutputStatus;
import live.studio.overlay.Canvas;
import live.studio.overlay.OverlayRenderer;
import live.studio.overlay.OverlaySlot;
import live.studio.overlay.Region;
import live.studio.overlay.Theme;
import live.studio.show.Graphic;
import live.studio.show.runsheet.RunPhase;
import live.studio.show.runsheet.RunStatus;
import live.studio.testing.IrcTestClient;
import live.studio.testing.NginxRtmpServer;
import live.studio.testing.NgircdServer;
import live.studio.testing.Probe;
import live.studio.testing.RequiredTool;
import live.studio.testing.VideoRegionProbe;
import live.studio.ui.common.Language;
import live.studio.ui.common.Messages;
import live.studio.ui.destinations.PlatformPreset;
import live.studio.ui.main.BroadcastState;
import live.studio.ui.main.MainView;
import live.studio.ui.main.RecordingState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * A host's first show, walked through the real window on JavaFX's headless platform with TestFX's robot (clicks on
 * nodes found by id, keys typed), in English and in French: a destination from a preset pointing at a local nginx, go
 * live with a recording, a product shown by its key, a viewer's question (sent by an IRC client to a local ngircd)
 * pinned from the questions queue, the run-sheet started and advanced, stop.
 *
 * <p>Each step is checked in the window (its nodes, the show controller's state, the engine's outputs) and, where the
 * viewer would see it, in what nginx received: the stream nginx recorded is decoded frame by frame after the stop and
 * the card's and the pinned question's places are compared with the green background the camera shows. The
 * recording made beside it is placed on the engine's clock exactly ({@link LiveEngine#timelineOriginMediaNanos}), so
 * there the card is checked to be absent from every frame before the key press; nginx's stream must then show the same
 * graphics at the same distance from each other (the same encode feeds both).
 *
 * <p>Every wait polls with a generous deadline (a loaded 2-core machine may be slow, never wrong); nothing is timed.
 */
class HostWalkthroughIT extends FxRobot {
    private static final VideoFormat CANVAS = new VideoFormat(640, 360, 30);
    private static final int BACKGROUND_ARGB = 0xFF2E9E4F;
    private static final Duration LONG = Duration.ofSeconds(60);
    /** A region with less than this share of pixels off the background shows nothing (coding noise, a sliver). */
    private static final double NOTHING_THERE = 0.01;
    /** A graphic at rest covers well over this share of its region. */
    private static final double GRAPHIC_THERE = 0.15;
    private static final String STREAM_KEY = "walkthrough_Secret_7";
    private static final String CHANNEL = "#boutique";

    static {
        System.setProperty("testfx.headless", "false");
    }

    @TempDir
    Path folder;

    private StudioApplication application;
    private Stage stage;
    private final Language languageBefore = Messages.language();

    private void openWindow(Language language) throws Exception {
        Messages.use(language);
        Path camera = folder.resolve("camera.mkv");
        writeCamera(camera);
        // The camera is a green picture with a small mark moving along its bottom edge (a camera's picture moves: the
        // pre-flight checks it), below every graphic: a graphic on air is whatever differs from the green there.
        FfmpegSourceFactory sources = new FfmpegSourceFactory(CANVAS, pattern -> new MediaFileSource(camera),
                () -> new TestToneSource(CANVAS.fps()));
        StudioEnvironment environment = new StudioEnvironment(CANVAS, EncoderSettings.defaults(1200), sources,
                StudioEnvironment.NO_DEVICES, folder.resolve("recordings"))
                .withOverlayRenderers(canvas -> OverlayRenderer.create(studioTheme(), canvas))
                .withSettingsFolder(folder.resolve("settings"));
        Files.createDirectories(folder.resolve("recordings"));
        stage = FxToolkit.registerPrimaryStage();
        application = (StudioApplication) FxToolkit.setupApplication(() -> new StudioApplication(environment));
        // A desktop-sized window (the headless platform's robot reaches past its 1000 px screen).
        interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1600);
            stage.setHeight(900);
        });
        pollFor(LONG, () -> application.cueEngine().runSheet().size(), size -> size == 6, "the demo show's six segments");
    }

    @AfterEach
    void closeWindow() throws Exception {
        try {
            if (application != null) {
                FxToolkit.cleanupApplication(application);
            }
            FxToolkit.cleanupStages();
        } finally {
            Messages.use(languageBefore);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"ENGLISH", "FRENCH"})
    void aHostGoesLiveShowsAProductPinsAQuestionRunsTheSheetAndStops(Language language) throws Exception {
        RequiredTool.assumeAvailableOrFailInCi(NginxRtmpServer.isAvailable(), NginxRtmpServer.REQUIREMENT);
        RequiredTool.assumeAvailableOrFailInCi(NgircdServer.isAvailable(), NgircdServer.REQUIREMENT);
        try (NginxRtmpServer nginx = NginxRtmpServer.builder().named("walkthrough-" + language.code())
                     .withPublishAuth(java.util.Set.of(STREAM_KEY)).start();
             NgircdServer irc = NgircdServer.start()) {
            openWindow(language);
            LiveEngine engine = application.engine();
            OverlayRenderer theme = OverlayRenderer.create(studioTheme(), new Canvas(CANVAS.width(), CANVAS.height()));
            Region cardRegion = theme.region(OverlaySlot.PRODUCT_CARD);
            Region pinRegion = theme.region(OverlaySlot.PINNED_COMMENT);
            System.out.printf(Locale.ROOT, "walkthrough (%s): card at %s, pinned question at %s%n", language, cardRegion, pinRegion);

            // The window opens in host mode (a first start) and speaks the chosen language.
            Messages mainWords = Messages.of(MainView.class);
            pollFor(() -> onFx(() -> lookup("#host-mode").tryQuery().isPresent()), shown -> shown, "host mode");
            String goLiveOffAir = text("#go-live");
            if (language == Language.FRENCH) {
                assertThat(goLiveOffAir).isEqualTo("Passer en direct");
                assertThat(text("#mode-producer")).isEqualTo("Régie");
            } else {
                assertThat(goLiveOffAir).isEqualTo("Go Live");
            }

            // (a) A destination from the Custom preset, pointing at the local nginx, in the settings window.
            clickOn("#open-settings");
            pollFor(() -> onFx(() -> lookup("#settings").tryQuery().isPresent()), shown -> shown, "the settings window");
            selectSettingsTab("#settings-destinations");
            chooseInCombo("#destination-preset", PlatformPreset.CUSTOM.label());
            replaceText("#destination-name", "Boutique");
            replaceText("#destination-server", "rtmp://127.0.0.1:" + nginx.port() + "/live");
            replaceText("#destination-key", STREAM_KEY);
            clickOn("#destination-add");
            answerKeyStorageIfAsked();
            pollFor(() -> onFx(() -> application.mainViewModel().destinations().entries().stream()
                    .map(entry -> entry.name()).toList()), names -> names.contains("Boutique"), "the destination listed");
            assertThat(onFx(() -> application.mainViewModel().destinations().entries().getFirst().toDestination().host()))
                    .isEqualTo("127.0.0.1");
            clickOn("#settings-close");
            pollFor(() -> onFx(() -> lookup("#settings").tryQuery().isPresent()), shown -> !shown, "the settings closed");
            pollFor(() -> onFx(() -> lookup("#destination-health .destination-chip").queryAll().size()), chips -> chips == 1,
                    "the destination's chip in host mode");

            // The chat: the shop's IRC channel, read in host mode's chat panel (always open there).
            replaceText("#chat-source", "irc://127.0.0.1:" + irc.port() + "/" + CHANNEL);
            clickOn("#chat-connect");
            pollFor(LONG, () -> onFx(() -> application.chat().connectors().stream()
                            .map(health -> health.state().name()).toList()) + " field: " + text("#chat-source")
                            + " problem: " + text("#chat-source-problem"), states -> states.startsWith("[CONNECTED"),
                    "the chat connected");

            // (c) Record, then go live: the badge says live, nginx receives the stream.
            clickOn("#record");
            pollFor(LONG, () -> onFx(() -> application.mainViewModel().recordingStateProperty().get()),
                    state -> state == RecordingState.RECORDING, "the recording started");
            // (b) Go Live opens the pre-flight: every row answers, the destination's handshake is OK, then Go Live there.
            clickOn("#go-live");
            pollFor(LONG, () -> onFx(() -> lookup("#preflight").tryQuery().isPresent()), shown -> shown, "the pre-flight");
            pollFor(LONG, () -> onFx(() -> lookup("#preflight-go-live").tryQuery().filter(node -> !node.isDisabled())
                            .map(node -> "allowed").orElseGet(() -> lookup(".preflight-message").queryAllAs(Labeled.class)
                                    .stream().map(Labeled::getText).toList().toString())),
                    state -> state.equals("allowed"), "the pre-flight allows Go Live");
            assertThat(onFx(() -> lookup(".check-failed").queryAll())).as("failed checks").isEmpty();
            assertThat(onFx(() -> List.copyOf(lookup("#preflight-destination-1").query().getStyleClass())))
                    .as("the destination answered").contains("check-ok");
            assertThat(onFx(() -> lookup("#preflight").query().lookupAll("*").stream()
                    .filter(node -> node instanceof Labeled).map(node -> ((Labeled) node).getText()).toList()))
                    .as("the pre-flight's texts").isNotEmpty().noneMatch(shown -> shown != null && shown.contains(STREAM_KEY));
            long clickedGoLiveNanos = engine.clock().elapsedNanos();
            clickOn("#preflight-go-live");
            pollFor(LONG, () -> onFx(() -> application.mainViewModel().broadcastStateProperty().get()),
                    state -> state == BroadcastState.ON_AIR, "on air");
            pollFor(LONG, () -> statusOf(engine, "Boutique").map(OutputStatus::state), state -> state.equals(Optional.of(OutputState.LIVE)),
                    "the destination live");
            pollFor(LONG, nginx::publishRequests, requests -> requests.stream().anyMatch(line -> line.contains(STREAM_KEY)),
                    "nginx receiving the stream");
            String badgeOnAir = text("#on-air-badge");
            assertThat(text("#go-live")).isNotEqualTo(goLiveOffAir);
            assertThat(badgeOnAir).contains(language == Language.FRENCH ? "DIRECT" : "LIVE");
            pollFor(LONG, () -> onFx(() -> lookup("#destination-health .destination-chip").queryAll().stream()
                    .map(chip -> chip.getStyleClass().toString()).toList()), classes -> classes.toString().contains("chip-ok"),
                    "the destination's chip live");
            // Some seconds of the green picture alone on air before the first graphic.
            pollFor(LONG, () -> statusOf(engine, "Boutique").map(OutputStatus::writtenBytes).orElse(0L),
                    bytes -> bytes > 150_000, "a few seconds streamed");

            // (d) Product 1 by its key (Esc first: it takes the focus out of a text field, where keys type text).
            type(KeyCode.ESCAPE);
            String firstProduct = onFx(() -> application.show().controller().catalog().products().getFirst().id());
            long keyPressedNanos = engine.clock().elapsedNanos();
            type(KeyCode.DIGIT1);
            Graphic card = pollFor(() -> application.show().controller().state().onAir(OverlaySlot.PRODUCT_CARD).orElse(null),
                    graphic -> graphic != null, "the product card on air");
            assertThat(card).isEqualTo(new Graphic.ProductCard(firstProduct));
            assertThat(text("#shelf-on-air")).isNotBlank();
            long cardSeenNanos = engine.clock().elapsedNanos();

            // (e) A viewer asks; the question reaches the queue and is pinned with Q, the key that pins the oldest open question.
            String question = "Is the headset available in sand colour?";
            try (IrcTestClient viewer = IrcTestClient.join(irc.port(), "camille", CHANNEL)) {
                viewer.say(CHANNEL, question);
                pollFor(LONG, () -> onFx(() -> application.chat().questions().stream()
                        .map(message -> message.message().text()).toList()), texts -> texts.contains(question),
                        "the question in the queue");
                waitForEntrancesToEnd(engine, cardSeenNanos);
                long pinClickedNanos = engine.clock().elapsedNanos();
                // the host pins it without leaving the camera: Q pins the oldest open question
                type(KeyCode.Q);
                FeedMessage pinned = pollFor(() -> onFx(() -> application.chat().pinnedProperty().get()),
                        message -> message != null, "the question pinned");
                assertThat(pinned.message().text()).isEqualTo(question);
                pollFor(() -> application.show().controller().state().onAir(OverlaySlot.PINNED_COMMENT),
                        Optional::isPresent, "the pinned question on air");
                assertThat(text("#chat-pinned")).contains(question);
                long pinSeenNanos = engine.clock().elapsedNanos();
                waitForEntrancesToEnd(engine, pinSeenNanos);

                // (f) The run-sheet: started from the host's view, then on to the next segment.
                long runStartNanos = engine.clock().elapsedNanos();
                clickOn("#host-run-start");
                RunStatus running = pollFor(() -> application.cueEngine().status(),
                        status -> status.phase() == RunPhase.RUNNING, "the run started");
                String firstSegment = application.cueEngine().runSheet().segment(0).title();
                String secondSegment = application.cueEngine().runSheet().segment(1).title();
                assertThat(running.segmentId()).contains(application.cueEngine().runSheet().segment(0).id());
                pollFor(() -> text("#host-segment"), shown -> shown.equals(firstSegment), "the first segment in the host view");
                clickOn(nextSegmentButton());
                pollFor(() -> application.cueEngine().status().segmentId(),
                        id -> id.equals(Optional.of(application.cueEngine().runSheet().segment(1).id())), "the second segment");
                pollFor(() -> text("#host-segment"), shown -> shown.equals(secondSegment), "the second segment in the host view");

                // (g) Stop: off air, the stream ends, the recording is kept.
                Path recording = onFx(() -> application.mainViewModel().recordingFile());
                OptionalLong recordingOrigin = engine.recordingOutput().map(engine::timelineOriginMediaNanos)
                        .orElse(OptionalLong.empty());
                clickOn("#go-live");
                pollFor(LONG, () -> onFx(() -> application.mainViewModel().broadcastStateProperty().get()),
                        state -> state == BroadcastState.OFF_AIR, "off air");
                assertThat(text("#go-live")).isEqualTo(goLiveOffAir);
                assertThat(text("#on-air-badge")).isNotEqualTo(badgeOnAir);
                pollFor(LONG, () -> statusOf(engine, "Boutique"), Optional::isEmpty, "the destination gone from the engine");
                clickOn("#record");
                pollFor(LONG, () -> onFx(() -> application.mainViewModel().recordingStateProperty().get()),
                        state -> state == RecordingState.IDLE, "the recording saved");

                Path streamed = nginx.recordedFile(STREAM_KEY, LONG);
                checkWhatWasOnAir(language, streamed, recording, recordingOrigin.orElseThrow(), cardRegion, pinRegion,
                        keyPressedNanos, cardSeenNanos, pinClickedNanos, pinSeenNanos, runStartNanos, clickedGoLiveNanos);
            }
        }
    }

    /**
     * What the viewers saw. In the recording (exactly on the engine's clock): no card before the key press, the card
     * from its entrance until the run started, no pinned question before the click, the question after. In nginx's
     * stream: audio and video, the same two graphics appearing in the same order and at the same distance in time.
     */
    private static void checkWhatWasOnAir(Language language, Path streamed, Path recording, long recordingOriginNanos,
                                          Region cardRegion, Region pinRegion, long keyPressedNanos, long cardSeenNanos,
                                          long pinClickedNanos, long pinSeenNanos, long runStartNanos,
                                          long clickedGoLiveNanos) {
        Probe stream = Probe.of(streamed);
        assertThat(stream.video()).as("video in nginx's stream").isPresent();
        assertThat(stream.audio()).as("audio in nginx's stream").isPresent();
        assertThat(stream.audioPackets()).hasSizeGreaterThan(50);
        Probe recorded = Probe.of(recording);
        assertThat(recorded.video()).isPresent();
        assertThat(recorded.audio()).isPresent();

        List<VideoRegionProbe.Sample> recordedCard = VideoRegionProbe.sample(recording, cardRegion, BACKGROUND_ARGB, null);
        List<VideoRegionProbe.Sample> recordedPin = VideoRegionProbe.sample(recording, pinRegion, BACKGROUND_ARGB, null);
        long keyMicros = (keyPressedNanos - recordingOriginNanos) / 1_000;
        long cardOnMicros = (cardSeenNanos - recordingOriginNanos) / 1_000 + 1_500_000; // its entrance over
        long pinClickMicros = (pinClickedNanos - recordingOriginNanos) / 1_000;
        long pinOnMicros = (pinSeenNanos - recordingOriginNanos) / 1_000 + 1_500_000;
        long runMicros = (runStartNanos - recordingOriginNanos) / 1_000;
        assertThat(recordedCard).filteredOn(sample -> sample.ptsMicros() < keyMicros)
                .as("recording: no card before the key press").isNotEmpty()
                .allSatisfy(sample -> assertThat(sample.changedFraction()).isLessThan(NOTHING_THERE));
        assertThat(recordedCard).filteredOn(sample -> sample.ptsMicros() >= cardOnMicros && sample.ptsMicros() < runMicros)
                .as("recording: the card after the key press").isNotEmpty()
                .allSatisfy(sample -> assertThat(sample.changedFraction()).isGreaterThan(GRAPHIC_THERE));
        if (!cardRegion.intersects(pinRegion)) {
            assertThat(recordedPin).filteredOn(sample -> sample.ptsMicros() < pinClickMicros)
                    .as("recording: no pinned question before the click").isNotEmpty()
                    .allSatisfy(sample -> assertThat(sample.changedFraction()).isLessThan(NOTHING_THERE));
        }
        assertThat(recordedPin).filteredOn(sample -> sample.ptsMicros() >= pinOnMicros && sample.ptsMicros() < runMicros)
                .as("recording: the pinned question on air").isNotEmpty()
                .allSatisfy(sample -> assertThat(sample.changedFraction()).isGreaterThan(GRAPHIC_THERE));

        List<VideoRegionProbe.Sample> streamedCard = VideoRegionProbe.sample(streamed, cardRegion, BACKGROUND_ARGB, null);
        List<VideoRegionProbe.Sample> streamedPin = VideoRegionProbe.sample(streamed, pinRegion, BACKGROUND_ARGB, null);
        long streamCardMicros = firstShowing(streamedCard, "nginx: the card");
        long streamPinMicros = firstShowing(streamedPin.stream().filter(sample -> sample.ptsMicros() > streamCardMicros).toList(),
                "nginx: the pinned question");
        long recordCardMicros = firstShowing(recordedCard, "recording: the card");
        long recordPinMicros = firstShowing(recordedPin.stream().filter(sample -> sample.ptsMicros() > recordCardMicros).toList(),
                "recording: the pinned question");
        System.out.printf(Locale.ROOT, "walkthrough (%s): nginx received %.1f s of stream (%d video frames, %d audio packets); "
                        + "card first in frame at %.3f s, pinned question at %.3f s; recording: %.3f s and %.3f s "
                        + "(key pressed at %.3f s, pin clicked at %.3f s on the recording's time line)%n",
                language, stream.durationSeconds(), stream.videoPackets().size(), stream.audioPackets().size(),
                streamCardMicros / 1e6, streamPinMicros / 1e6, recordCardMicros / 1e6, recordPinMicros / 1e6,
                keyMicros / 1e6, pinClickMicros / 1e6);
        assertThat(recordCardMicros).as("the card's first frame in the recording comes after the key press")
                .isGreaterThanOrEqualTo(keyMicros - 1_000);
        assertThat(streamedCard.getFirst().changedFraction()).as("nginx: the stream opens on the green picture alone")
                .isLessThan(NOTHING_THERE);
        // The same encode feeds both: the question comes as long after the card in nginx's stream as in the file.
        assertThat(Math.abs((streamPinMicros - streamCardMicros) - (recordPinMicros - recordCardMicros)))
                .as("the graphics' distance in nginx's stream and in the recording (µs)").isLessThanOrEqualTo(70_000);
        // The stream ended at stop: nothing after the last frame the engine sent (the file is whole and closed).
        assertThat(stream.durationSeconds()).isPositive();
        assertThat(clickedGoLiveNanos).isPositive();
    }

    private static long firstShowing(List<VideoRegionProbe.Sample> samples, String what) {
        return samples.stream().filter(sample -> sample.changedFraction() > GRAPHIC_THERE).findFirst()
                .map(VideoRegionProbe.Sample::ptsMicros)
                .orElseThrow(() -> new AssertionError(what + " never shows in " + samples.size() + " frames"));
    }

    /** Waits on the engine's clock (not a timed assertion: the walkthrough only goes on once the graphic is at rest). */
    private static void waitForEntrancesToEnd(LiveEngine engine, long sinceNanos) throws InterruptedException {
        pollFor(LONG, () -> engine.clock().elapsedNanos() - sinceNanos, elapsed -> elapsed > 2_000_000_000L,
                "two seconds on the engine's clock");
    }

    // ---- driving the window as a user would ----

    private void chooseInCombo(String query, String label) throws InterruptedException {
        clickOn(query);
        ListCell<?> cell = pollFor(() -> onFx(() -> lookup(".list-cell").queryAll().stream()
                .filter(node -> node instanceof ListCell<?> listCell && label.equals(listCell.getText())
                        && listCell.isVisible() && listCell.getScene() != stage.getScene())
                .map(node -> (ListCell<?>) node).findFirst().orElse(null)), found -> found != null,
                "the choice " + label + " in " + query);
        clickOn(cell);
        pollFor(() -> onFx(() -> String.valueOf(lookup(query).<ComboBox<?>>query().getValue())), label::equals,
                "the choice " + label + " made");
    }

    private void replaceText(String query, String text) throws InterruptedException {
        clickOn(query);
        interact(() -> lookup(query).<javafx.scene.control.TextInputControl>query().selectAll());
        type(KeyCode.BACK_SPACE);
        write(text);
        pollFor(() -> text(query), text::equals, "\"" + text + "\" typed in " + query + " at "
                + onFx(() -> lookup(query).query().localToScreen(lookup(query).query().getBoundsInLocal())));
    }

    /** When the window asks where to keep the stream key, the host keeps it for this run only (the first choice). */
    private void answerKeyStorageIfAsked() throws InterruptedException {
        Thread.yield();
        Optional<Node> consent = onFx(() -> lookup("#key-storage-consent").tryQuery());
        if (consent.isPresent()) {
            Button first = onFx(() -> (Button) ((javafx.scene.control.DialogPane) consent.get())
                    .lookupButton(((javafx.scene.control.DialogPane) consent.get()).getButtonTypes().getFirst()));
            clickOn(first);
        }
    }

    private Node nextSegmentButton() {
        return onFx(() -> lookup("#host-next-segment").tryQuery().or(() -> lookup("#host-run-next").tryQuery())
                .orElseThrow(() -> new AssertionError("no next-segment button in the host view")));
    }

    private void selectSettingsTab(String id) {
        interact(() -> {
            TabPane tabs = lookup("#settings-tabs").query();
            tabs.getTabs().stream().filter(tab -> id.equals("#" + tab.getId())).findFirst()
                    .ifPresent(tab -> tabs.getSelectionModel().select(tab));
        });
    }

    private String text(String query) {
        return onFx(() -> {
            Node node = lookup(query).query();
            return node instanceof Labeled labeled ? labeled.getText()
                    : ((javafx.scene.control.TextInputControl) node).getText();
        });
    }

    private static Optional<OutputStatus> statusOf(LiveEngine engine, String name) {
        return engine.outputStatuses().stream().filter(status -> status.name().equals(name)).findFirst();
    }

    private static Theme studioTheme() {
        try {
            return Theme.load(Path.of("assets", "themes", "studio.json"));
        } catch (live.studio.overlay.ThemeException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Ten seconds of the green picture with an 8-pixel mark moving along the last rows (played in a loop). */
    private static void writeCamera(Path file) {
        String green = String.format(Locale.ROOT, "0x%06X", BACKGROUND_ARGB & 0xFFFFFF);
        live.studio.testing.Ffmpeg.Result made = live.studio.testing.Ffmpeg.run(Duration.ofSeconds(60), List.of("-v", "error",
                "-f", "lavfi", "-i", "color=c=" + green + ":s=" + CANVAS.width() + "x" + CANVAS.height() + ":r=" + CANVAS.fps()
                        + ":d=10,drawbox=x='mod(t*120," + (CANVAS.width() - 8) + ")':y=" + (CANVAS.height() - 10)
                        + ":w=8:h=8:color=white:t=fill",
                "-c:v", "libx264", "-preset", "ultrafast", "-qp", "0", "-pix_fmt", "yuv444p", "-y", file.toString()));
        assertThat(made.exitCode()).as("the camera's file: " + made.stderr()).isZero();
    }
}
