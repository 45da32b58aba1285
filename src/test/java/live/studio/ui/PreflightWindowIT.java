package live.studio.ui;

import static live.studio.ui.FxWait.PATIENCE;
import static live.studio.ui.FxWait.onFx;
import static live.studio.ui.FxWait.pollFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import live.studio.app.Sources;
import live.studio.encode.EncoderSettings;
import live.studio.engine.EngineStats;
import live.studio.engine.LiveEngine;
import live.studio.media.VideoFormat;
import live.studio.output.OutputState;
import live.studio.testing.NginxRtmpServer;
import live.studio.testing.RequiredTool;
import live.studio.ui.destinations.PlatformPreset;
import live.studio.ui.main.BroadcastState;
import live.studio.ui.main.MainViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The real window's Go Live opens the pre-flight check before any stream starts; its Go Live then streams to nginx.
 * Logs how long the check took and whether the preview lost frames meanwhile (figures for docs/benchmarks.md).
 */
class PreflightWindowIT extends FxRobot {
    private static final Logger LOG = LoggerFactory.getLogger(PreflightWindowIT.class);
    private static final VideoFormat CANVAS = new VideoFormat(1280, 720, 30);
    private static final String STREAM_KEY = "preflight_Window_Key_7";

    static {
        System.setProperty("testfx.headless", "false");
    }

    @TempDir
    Path folder;

    private StudioApplication application;
    private NginxRtmpServer nginx;

    @BeforeEach
    void openWindow() throws Exception {
        RequiredTool.assumeAvailableOrFailInCi(NginxRtmpServer.isAvailable(), NginxRtmpServer.REQUIREMENT);
        nginx = NginxRtmpServer.builder().named("preflight-window").start();
        FxToolkit.registerPrimaryStage();
        StudioEnvironment environment = new StudioEnvironment(CANVAS, EncoderSettings.defaults(3000), Sources.factory(CANVAS),
                StudioEnvironment.NO_DEVICES, folder);
        application = (StudioApplication) FxToolkit.setupApplication(() -> new StudioApplication(environment));
    }

    @AfterEach
    void closeWindow() throws Exception {
        if (application != null) {
            FxToolkit.cleanupApplication(application);
        }
        FxToolkit.cleanupStages();
        if (nginx != null) {
            nginx.close();
        }
    }

    @Test
    void goLiveOpensThePreflightBeforeAnyStreamStartsAndItsGoLiveStreams() throws Exception {
        MainViewModel main = application.mainViewModel();
        LiveEngine engine = application.engine();
        onFx(() -> {
            var destinations = main.destinations();
            destinations.presetProperty().set(PlatformPreset.CUSTOM);
            destinations.nameProperty().set("Local");
            destinations.serverUrlProperty().set(nginx.url(STREAM_KEY).replace("/" + STREAM_KEY, ""));
            destinations.streamKeyProperty().set(STREAM_KEY);
            return destinations.add().orElseThrow();
        });
        // the preview runs before the check: its frame clock's counters are the baseline
        pollFor(() -> engine.stats(), stats -> stats != null && stats.renderedFrames() > 60, "the frame clock running");
        EngineStats before = engine.stats();

        clickOn("#go-live");

        pollFor(() -> onFx(() -> lookup("#preflight").tryQuery().isPresent()), shown -> shown, "the pre-flight window");
        long openedNanos = System.nanoTime();
        assertThat(engine.outputStatuses()).as("no stream before the pre-flight is confirmed").isEmpty();
        assertThat(onFx(() -> main.broadcastStateProperty().get())).isEqualTo(BroadcastState.OFF_AIR);

        pollFor(() -> onFx(() -> !lookup("#preflight-go-live").queryButton().isDisabled()), enabled -> enabled,
                "Go Live allowed once every check answered");
        Duration took = Duration.ofNanos(System.nanoTime() - openedNanos);
        // the once-a-second stats after the check: the frames the preview lost (late or skipped) meanwhile
        pollFor(() -> engine.stats(), stats -> stats.uptimeMillis() > before.uptimeMillis() + took.toMillis() + 1000,
                "stats after the check");
        EngineStats after = engine.stats();
        LOG.info("pre-flight at {}: \"{}\"; {} ms from the window seen to Go Live allowed; frame clock meanwhile: {} late ticks, {} dropped; rows: {}",
                CANVAS, onFx(() -> lookup("#preflight-summary").queryLabeled().getText()), took.toMillis(), after.lateTicks() - before.lateTicks(), after.droppedFrames() - before.droppedFrames(),
                onFx(() -> lookup(".preflight-row").queryAll().stream()
                        .map(row -> row.getId() + " " + row.getStyleClass() + " " + lookup("#" + row.getId() + " .preflight-message")
                                .queryLabeled().getText()).toList()));
        assertThat(engine.outputStatuses()).as("still no stream while the pre-flight shows").isEmpty();

        clickOn("#preflight-go-live");

        pollFor(PATIENCE, () -> engine.outputStatuses().stream().anyMatch(output -> output.state() == OutputState.LIVE),
                live -> live, "the destination live after the pre-flight's Go Live");
        assertThat(onFx(() -> lookup("#preflight").tryQuery().isPresent())).as("the pre-flight closed").isFalse();
        onFx(() -> {
            main.stopLive();
            return null;
        });
    }
}
