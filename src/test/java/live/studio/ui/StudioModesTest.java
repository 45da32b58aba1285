package live.studio.ui;

import static live.studio.ui.FxWait.onFx;
import static live.studio.ui.FxWait.pollFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Control;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import live.studio.app.Sources;
import live.studio.compose.MuteState;
import live.studio.encode.EncoderSettings;
import live.studio.media.VideoFormat;
import live.studio.overlay.OverlaySlot;
import live.studio.ui.shelf.ShowFixtures.BoxRenderer;
import live.studio.show.CommandSource;
import live.studio.show.ShowCommand;
import live.studio.testing.Ports;
import live.studio.ui.commerce.ShortcutAction;
import live.studio.ui.commerce.ShortcutMap;
import live.studio.ui.destinations.PlatformPreset;
import live.studio.ui.main.EventKind;
import live.studio.ui.main.EventLogEntry;
import live.studio.ui.main.StudioMode;
import live.studio.ui.preview.ProgramPreview;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The window's two modes on JavaFX's headless platform with the real engine and the demo show: host mode holds
 * exactly the host's parts, switching keeps the shared parts as they were, the event log hears commands, cues and
 * outputs, the keys and their tooltips follow the shortcut map, and the chat stays open and wide in host mode.
 */
class StudioModesTest extends FxRobot {
    private static final VideoFormat CANVAS = new VideoFormat(640, 360, 30);

    static {
        System.setProperty("testfx.headless", "false");
    }

    @TempDir
    Path folder;

    private StudioApplication application;
    private live.studio.ui.settings.PreferencesKeeper preferences;

    private void openWindow() throws Exception {
        FxToolkit.registerPrimaryStage();
        StudioEnvironment environment = new StudioEnvironment(CANVAS, EncoderSettings.defaults(800), Sources.factory(CANVAS),
                StudioEnvironment.NO_DEVICES, folder)
                .withOverlayRenderers(BoxRenderer::new)
                .withSettingsFolder(folder.resolve("settings"));
        application = (StudioApplication) FxToolkit.setupApplication(() -> new StudioApplication(environment));
        preferences = environment.preferences();
        FxToolkit.setupFixture(() -> application.mainView().setMode(StudioMode.HOST));
        pollFor(() -> application.cueEngine().runSheet().size(), size -> size > 0, "the demo show's run-sheet");
        pollFor(() -> exists("#product-montre-marine"), shown -> shown, "the demo catalog's tiles");
    }

    @AfterEach
    void closeWindow() throws Exception {
        if (application != null) {
            FxToolkit.cleanupApplication(application);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void hostModeShowsExactlyTheHostsParts() throws Exception {
        openWindow();

        assertThat(preferences.windowMode()).as("the switch is saved").isEqualTo(live.studio.ui.settings.WindowMode.HOST);
        for (String part : List.of("#host-mode", "#program-preview", "#shelf-search", "#chat-panel", "#chat-questions",
                "#host-view", "#host-go", "#host-next-segment", "#countdown-start", "#countdown-stop", "#promo-FLASH20",
                "#destination-health", "#go-live", "#record", "#hide-all", "#mute", "#level-meter", "#on-air-badge",
                "#mode-host", "#mode-producer", "#open-settings", "#stats-fps", "#stats-dropped", "#stats-cpu",
                "#stats-bitrate", "#stats-congestion")) {
            assertThat(exists(part)).as(part + " in host mode").isTrue();
        }
        for (String producerPart : List.of("#producer-mode", "#main-tabs", "#runsheet-table", "#main-video",
                "#audio-source", "#destination-preset", "#layout-full-frame", "#event-log", "#show-controls",
                "#lower-third-name", "#banner-text")) {
            assertThat(exists(producerPart)).as(producerPart + " is not in host mode").isFalse();
        }
        for (String bigButton : List.of("#go-live", "#record", "#hide-all", "#mute")) {
            assertThat(onFx(() -> lookup(bigButton).<Control>query().getHeight())).as(bigButton + "'s height")
                    .isGreaterThanOrEqualTo(44);
        }

        clickOn("#mode-producer");
        assertThat(preferences.windowMode()).isEqualTo(live.studio.ui.settings.WindowMode.PRODUCER);
        for (String producerPart : List.of("#producer-mode", "#runsheet-table", "#main-video", "#event-log",
                "#show-controls", "#program-preview", "#chat-panel", "#go-live")) {
            assertThat(exists(producerPart)).as(producerPart + " in producer mode").isTrue();
        }
        assertThat(exists("#host-mode")).isFalse();
    }

    @Test
    void switchingModesKeepsThePreviewTheShelfAndTheChatAsTheyWere() throws Exception {
        openWindow();
        ProgramPreview preview = onFx(() -> lookup("#program-preview").<ProgramPreview>query());
        clickOn("#shelf-search").write("montre");
        Node shelfTile = onFx(() -> lookup("#product-montre-marine").<Node>query());
        clickOn("#product-montre-marine");
        pollFor(() -> application.show().controller().state().onAir(OverlaySlot.PRODUCT_CARD).isPresent(), onAir -> onAir, "the card on air");

        press(KeyCode.F3).release(KeyCode.F3);
        pollFor(() -> onFx(() -> application.mainView().mode()), mode -> mode == StudioMode.PRODUCER, "producer mode by F3");

        assertThat(onFx(() -> lookup("#program-preview").<ProgramPreview>query())).as("the same preview").isSameAs(preview);
        assertThat(onFx(() -> lookup("#shelf-search").<TextField>query().getText())).isEqualTo("montre");
        assertThat(onFx(() -> lookup("#product-montre-marine").<Node>query())).as("the same tile").isSameAs(shelfTile);
        assertThat(application.show().controller().state().onAir(OverlaySlot.PRODUCT_CARD).isPresent()).isTrue();

        press(KeyCode.F2).release(KeyCode.F2);
        pollFor(() -> onFx(() -> application.mainView().mode()), mode -> mode == StudioMode.HOST, "host mode by F2");
        assertThat(onFx(() -> lookup("#program-preview").<ProgramPreview>query())).isSameAs(preview);
        assertThat(onFx(() -> lookup("#shelf-search").<TextField>query().getText())).isEqualTo("montre");
    }

    @Test
    void theEventLogHearsACommandACueAndAnOutputsChangeOfState() throws Exception {
        openWindow();
        application.show().controller().execute(new ShowCommand.ShowProduct("mug-gres"), CommandSource.API);
        application.show().controller().execute(new ShowCommand.HideAll(), CommandSource.API);
        interact(() -> application.runSheet().host().send("runSheet.start", Map.of("mode", "rehearsal"), CommandSource.WINDOW));

        // A destination nobody listens on: its output goes from connecting to reconnecting (or failed).
        int closedPort = Ports.freeLoopbackPort();
        interact(() -> {
            var destinations = application.mainViewModel().destinations();
            destinations.presetProperty().set(PlatformPreset.CUSTOM);
            destinations.nameProperty().set("Nobody home");
            destinations.serverUrlProperty().set("rtmp://127.0.0.1:" + closedPort + "/live");
            destinations.streamKeyProperty().set("sk-nobody-123");
            assertThat(destinations.add()).isPresent();
        });
        clickOn("#go-live");
        // The pre-flight finds nobody listening and would not let the operator go live: cancel it, and start the
        // output as the API's stream.start does (no pre-flight), to see its reconnections in the log.
        pollFor(() -> onFx(() -> lookup("#preflight-cancel").tryQuery().isPresent()), shown -> shown, "the pre-flight");
        clickOn("#preflight-cancel");
        interact(() -> application.mainViewModel().goLive());

        // The demo show's first cue fires 5 s into its first segment.
        List<EventLogEntry> log = pollFor(() -> onFx(() -> List.copyOf(application.mainViewModel().eventLog().entries())),
                entries -> entries.stream().anyMatch(entry -> entry.kind() == EventKind.OUTPUT
                        && (entry.text().startsWith("Nobody home: failed") || entry.text().startsWith("Nobody home: reconnecting")))
                        && entries.stream().anyMatch(entry -> entry.kind() == EventKind.CUE),
                "the output's change of state and a cue in the log");
        assertThat(log).anySatisfy(entry -> {
            assertThat(entry.kind()).isEqualTo(EventKind.COMMAND);
            assertThat(entry.text()).contains("product.show").contains("mug-gres").contains("remote API");
        });
        assertThat(log).anySatisfy(entry -> {
            assertThat(entry.kind()).isEqualTo(EventKind.COMMAND);
            assertThat(entry.text()).contains("stream.start").contains("window");
        });
        assertThat(log).anyMatch(entry -> entry.kind() == EventKind.SEGMENT && entry.text().startsWith("Segment 1 started"));
        assertThat(log).anyMatch(entry -> entry.kind() == EventKind.CUE
                && entry.text().startsWith("Cue fired: Nom de l'animatrice (segment ouverture)"));
        assertThat(log).as("no key in the log").noneMatch(entry -> entry.text().contains("sk-nobody-123"));

        clickOn("#mode-producer");
        clickOn("#tab-event-log");
        assertThat(exists("#event-log")).isTrue();
        interact(() -> application.mainViewModel().eventLog().filterProperty().set(Optional.of(EventKind.CUE)));
        assertThat(onFx(() -> List.copyOf(application.mainViewModel().eventLog().shown())))
                .isNotEmpty().allMatch(entry -> entry.kind() == EventKind.CUE);
    }

    @Test
    void tooltipsShowTheCurrentKeyAndFollowAChangedOne() throws Exception {
        openWindow();
        assertThat(tooltip("#go-live")).isEqualTo("Go live to every ticked destination; again to stop (Ctrl+L)");
        assertThat(tooltip("#record")).endsWith("(Ctrl+R)");
        assertThat(tooltip("#mute")).endsWith("(Ctrl+M)");
        assertThat(tooltip("#hide-all")).endsWith("(H)");
        assertThat(tooltip("#mode-producer")).endsWith("(F3)");
        assertThat(tooltip("#countdown-start")).endsWith("(C)");

        Map<ShortcutAction, KeyCombination> keys = new EnumMap<>(ShortcutMap.defaults().keys());
        keys.put(ShortcutAction.GO_LIVE, KeyCombination.valueOf("F9"));
        keys.put(ShortcutAction.HIDE_ALL, KeyCombination.valueOf("Shift+H"));
        interact(() -> application.mainView().shortcuts().currentProperty().set(ShortcutMap.of(keys)));

        assertThat(tooltip("#go-live")).isEqualTo("Go live to every ticked destination; again to stop (F9)");
        assertThat(tooltip("#hide-all")).endsWith("(Shift+H)");
    }

    @Test
    void ctrlMMutesAndUnmutesTheProgram() throws Exception {
        openWindow();
        interact(() -> application.mainView().root().requestFocus());
        press(KeyCode.CONTROL, KeyCode.M).release(KeyCode.M, KeyCode.CONTROL);
        pollFor(() -> onFx(() -> application.mainViewModel().muteStateProperty().get()), state -> state == MuteState.MUTED, "muted");
        assertThat(application.engine().muteState()).isEqualTo(MuteState.MUTED);
        assertThat(onFx(() -> lookup("#mute").<javafx.scene.control.ToggleButton>query().isSelected())).isTrue();
        assertThat(onFx(() -> List.copyOf(application.mainViewModel().eventLog().entries())))
                .anyMatch(entry -> entry.text().contains("audio.mute") && entry.text().contains("keyboard"));

        press(KeyCode.CONTROL, KeyCode.M).release(KeyCode.M, KeyCode.CONTROL);
        pollFor(() -> onFx(() -> application.mainViewModel().muteStateProperty().get()), state -> state == MuteState.LIVE, "unmuted");
    }

    @Test
    void theChatIsOpenAndWideEnoughInHostModeAt1280By720And1600By900() throws Exception {
        openWindow();
        for (double[] size : new double[][] {{1280, 720}, {1600, 900}}) {
            interact(() -> {
                Stage stage = (Stage) application.mainView().root().getScene().getWindow();
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            Bounds chat = pollFor(() -> onFx(() -> {
                Node panel = lookup("#chat-panel").query();
                return panel.isVisible() ? panel.localToScene(panel.getBoundsInLocal()) : null;
            }), bounds -> bounds != null && bounds.getWidth() >= 280, "the chat panel at " + size[0] + " × " + size[1]);
            double sceneWidth = onFx(() -> application.mainView().root().getScene().getWidth());
            double sceneHeight = onFx(() -> application.mainView().root().getScene().getHeight());
            assertThat(chat.getMinX()).isGreaterThanOrEqualTo(0);
            assertThat(chat.getMaxX()).isLessThanOrEqualTo(sceneWidth);
            assertThat(chat.getHeight()).as("the chat's height at " + size[1]).isGreaterThan(sceneHeight / 2);
            Bounds questions = onFx(() -> {
                Node node = lookup("#chat-questions").query();
                return node.localToScene(node.getBoundsInLocal());
            });
            assertThat(questions.getMaxY()).as("the questions queue inside the window").isLessThanOrEqualTo(sceneHeight);
            Bounds goLive = onFx(() -> {
                Node node = lookup("#go-live").query();
                return node.localToScene(node.getBoundsInLocal());
            });
            assertThat(goLive.getMaxX()).as("Go Live inside the window").isLessThanOrEqualTo(sceneWidth);
            assertThat(goLive.getMaxY()).isLessThanOrEqualTo(sceneHeight);
        }
    }

    private boolean exists(String query) {
        return onFx(() -> lookup(query).tryQuery().isPresent());
    }

    private String tooltip(String query) {
        return onFx(() -> lookup(query).<Control>query().getTooltip().getText());
    }
}
