package live.studio.ui.preflight;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import live.studio.app.Sources;
import live.studio.capture.AudioSourceSpec;
import live.studio.capture.VideoSourceSpec;
import live.studio.encode.EncoderSettings;
import live.studio.engine.LiveEngine;
import live.studio.media.VideoFormat;
import live.studio.preflight.DestinationProbe;
import live.studio.preflight.PreflightRun;
import live.studio.preflight.VideoSignalProbe;
import live.studio.testing.NginxRtmpServer;
import live.studio.testing.Ports;
import live.studio.testing.RequiredTool;
import live.studio.ui.common.Language;
import live.studio.ui.common.Messages;
import live.studio.ui.common.UiThread;
import live.studio.ui.destinations.DestinationEntry;
import live.studio.ui.destinations.DestinationsViewModel;
import live.studio.ui.destinations.PlatformPreset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The pre-flight window on JavaFX's headless platform with real parts: a running engine (test pattern and tone),
 * nginx-rtmp as the good destination, a closed port as the bad one, the real encoder estimate and disk. Rows fill in
 * as checks finish; a failed destination keeps Go Live disabled and offers to go live to the others, which unticks it;
 * Escape cancels; Enter goes live; the words are French when French is chosen.
 */
class PreflightDialogIT extends FxRobot {
    private static final VideoFormat FORMAT = new VideoFormat(320, 180, 30);
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    static {
        System.setProperty("testfx.headless", "false");
    }

    @TempDir
    Path folder;

    private NginxRtmpServer nginx;
    private LiveEngine engine;
    private final VideoSignalProbe videoSignals = new VideoSignalProbe();
    private DestinationsViewModel destinations;
    private PreflightDialog dialog;
    private PreflightViewModel model;
    private final AtomicInteger wentLive = new AtomicInteger();
    private final AtomicInteger cancelled = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        RequiredTool.assumeAvailableOrFailInCi(NginxRtmpServer.isAvailable(), NginxRtmpServer.REQUIREMENT);
        nginx = NginxRtmpServer.builder().named("preflight-dialog").start();
        engine = new LiveEngine(FORMAT, EncoderSettings.defaults(800), videoSignals.watch(Sources.factory(FORMAT)));
        engine.start();
        engine.setVideoSource(0, new VideoSourceSpec.TestPattern());
        engine.setAudioSource(new AudioSourceSpec.TestTone());
        FxToolkit.registerPrimaryStage();
        WaitForAsyncUtils.asyncFx(() -> destinations = new DestinationsViewModel()).get();
    }

    @AfterEach
    void stop() throws Exception {
        if (dialog != null) {
            WaitForAsyncUtils.asyncFx(dialog::close).get();
        }
        FxToolkit.cleanupStages();
        Messages.use(Language.ENGLISH);
        if (engine != null) {
            engine.close();
        }
        if (nginx != null) {
            nginx.close();
        }
    }

    private void addDestination(String name, String serverUrl) throws Exception {
        addDestination(PlatformPreset.CUSTOM, name, serverUrl);
    }

    private void addDestination(PlatformPreset preset, String name, String serverUrl) throws Exception {
        onFx(() -> {
            destinations.presetProperty().set(preset);
            destinations.nameProperty().set(name);
            destinations.serverUrlProperty().set(serverUrl);
            destinations.streamKeyProperty().set("dialog-test-key-" + name.length());
            return destinations.add().orElseThrow();
        });
    }

    private String goodServer() {
        return "rtmp://127.0.0.1:" + nginx.port() + "/live";
    }

    private String closedServer() {
        return "rtmp://127.0.0.1:" + Ports.freeLoopbackPort() + "/live";
    }

    private void openDialog() throws Exception {
        openDialog(null);
    }

    /** @param platformFormat when given, the encode is also compared with each platform's rules at this size */
    private void openDialog(VideoFormat platformFormat) throws Exception {
        PreflightInputs inputs = new PreflightInputs(engine, videoSignals, AudioSourceSpec.TestTone::new,
                EncoderSettings.defaults(800), folder, () -> Duration.ofMinutes(30));
        onFx(() -> {
            model = new PreflightViewModel(destinations, new DestinationProbe(), inputs::checks,
                    PreflightRun.DEFAULT_DEADLINE, UiThread.javafx());
            dialog = new PreflightDialog(model, new PreflightDialog.Choice() {
                @Override
                public void goLive() {
                    wentLive.incrementAndGet();
                }

                @Override
                public void cancelled() {
                    cancelled.incrementAndGet();
                }
            });
            if (platformFormat != null) {
                model.checkPlatformsAgainst(EncoderSettings.defaults(800), platformFormat);
            }
            Stage owner = FxToolkit.toolkitContext().getRegisteredStage();
            dialog.show(owner);
            return null;
        });
    }

    private List<String> styleClasses(String id) throws Exception {
        return onFx(() -> List.copyOf(lookup(id).query().getStyleClass()));
    }

    private boolean finished() throws Exception {
        return onFx(() -> model.finishedProperty().get());
    }

    private void awaitFinished() throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!finished()) {
            assertThat(System.nanoTime()).as("the pre-flight finishes").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    @Test
    void rowsFillInAndGoLiveIsAllowedWhenNothingFailedAndEnterGoesLive() throws Exception {
        addDestination("Shop", goodServer());
        openDialog();

        // the camera watches its source for a second and a half: until then its row shows a spinner
        assertThat(styleClasses("#preflight-camera")).contains("check-running");
        assertThat(onFx(() -> lookup("#preflight-camera .preflight-status").queryLabeled().getGraphic()))
                .isInstanceOf(javafx.scene.control.ProgressIndicator.class);
        assertThat(onFx(() -> lookup("#preflight-go-live").queryButton().isDisabled())).isTrue();

        awaitFinished();

        for (String row : List.of("#preflight-destination-1", "#preflight-stream-key", "#preflight-camera",
                "#preflight-microphone", "#preflight-encoder", "#preflight-disk")) {
            assertThat(styleClasses(row)).as(row).doesNotContain("check-running", "check-failed");
        }
        assertThat(styleClasses("#preflight-destination-1")).contains("check-ok");
        assertThat(onFx(() -> lookup("#preflight-camera .preflight-status").queryLabeled().getGraphic()))
                .isInstanceOf(org.kordamp.ikonli.javafx.FontIcon.class);
        assertThat(onFx(() -> model.row("camera").orElseThrow().messageProperty().get())).contains("test pattern");
        assertThat(onFx(() -> model.row("stream-key").orElseThrow().messageProperty().get()))
                .contains("****").doesNotContain("dialog-test-key");
        assertThat(onFx(() -> model.row("encoder").orElseThrow().messageProperty().get())).contains("× real time");
        assertThat(onFx(() -> lookup("#preflight-go-live").queryButton().isDisabled())).isFalse();
        assertThat(onFx(() -> lookup("#preflight-go-live-others").query().isVisible())).isFalse();
        assertThat(model.lastElapsed()).isLessThan(PreflightRun.DEFAULT_DEADLINE.plusSeconds(1));

        push(KeyCode.ENTER);

        WaitForAsyncUtils.waitForFxEvents();
        assertThat(wentLive.get()).isEqualTo(1);
        assertThat(onFx(dialog::isShowing)).isFalse();
    }

    @Test
    void aFailedDestinationDisablesGoLiveAndGoingLiveToTheOthersUnticksIt() throws Exception {
        addDestination("Shop", goodServer());
        addDestination("Broken", closedServer());
        addDestination("Backup", goodServer());
        openDialog();
        awaitFinished();

        assertThat(styleClasses("#preflight-destination-2")).contains("check-failed");
        assertThat(onFx(() -> model.row("destination-2").orElseThrow().messageProperty().get())).contains("refuses");
        assertThat(styleClasses("#preflight-destination-1")).contains("check-ok");
        assertThat(styleClasses("#preflight-destination-3")).contains("check-ok");
        assertThat(onFx(() -> lookup("#preflight-go-live").queryButton().isDisabled())).isTrue();
        Button others = onFx(() -> lookup("#preflight-go-live-others").queryButton());
        assertThat(onFx(others::isVisible)).isTrue();
        assertThat(onFx(others::getText)).isEqualTo("Go live to 2 of 3");

        // Enter does not go live while something failed
        push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(wentLive.get()).isZero();

        clickOn("#preflight-go-live-others");

        WaitForAsyncUtils.waitForFxEvents();
        assertThat(wentLive.get()).isEqualTo(1);
        assertThat(onFx(() -> destinations.enabledEntries().stream().map(DestinationEntry::name).toList()))
                .containsExactly("Shop", "Backup");
    }

    @Test
    void escapeCancelsAndStopsTheChecks() throws Exception {
        addDestination("Shop", goodServer());
        openDialog();

        push(KeyCode.ESCAPE);

        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cancelled.get()).isEqualTo(1);
        assertThat(wentLive.get()).isZero();
        assertThat(onFx(dialog::isShowing)).isFalse();
        assertThat(onFx(() -> model.currentRun() == null)).as("the run was cancelled").isTrue();
    }

    @Test
    void checkAgainRunsEveryCheckAgain() throws Exception {
        addDestination("Broken", closedServer());
        openDialog();
        awaitFinished();
        assertThat(styleClasses("#preflight-destination-1")).contains("check-failed");
        assertThat(onFx(() -> lookup("#preflight-go-live-others").query().isVisible())).as("no other to go live to").isFalse();

        clickOn("#preflight-check-again");

        assertThat(finished()).isFalse();
        awaitFinished();
        assertThat(styleClasses("#preflight-destination-1")).contains("check-failed");
    }

    @Test
    void anEncodeThatDoesNotSuitAPlatformIsAWarningThatSaysWhy() throws Exception {
        // a YouTube destination (served here by nginx) and a portrait picture, where YouTube's rules are landscape
        addDestination(PlatformPreset.YOUTUBE, "YouTube", goodServer());
        openDialog(new VideoFormat(180, 320, 30));
        awaitFinished();

        assertThat(styleClasses("#preflight-platform-settings")).contains("check-warning");
        assertThat(onFx(() -> model.row("platform-settings").orElseThrow().messageProperty().get())).contains("YouTube");
        assertThat(onFx(() -> lookup("#preflight-go-live").queryButton().isDisabled())).as("a warning lets Go Live").isFalse();
    }

    @Test
    void inFrenchEveryWordIsFrench() throws Exception {
        Messages.use(Language.FRENCH);
        addDestination("Boutique", goodServer());
        openDialog();
        awaitFinished();

        assertThat(onFx(() -> lookup("#preflight-go-live").queryButton().getText())).isEqualTo("Lancer le direct");
        assertThat(onFx(() -> lookup("#preflight-cancel").queryButton().getText())).isEqualTo("Annuler");
        assertThat(onFx(() -> model.row("camera").orElseThrow().messageProperty().get())).startsWith("Pas de caméra");
        assertThat(onFx(() -> model.row("encoder").orElseThrow().messageProperty().get())).contains("fois le temps réel");
        assertThat(onFx(() -> model.summaryProperty().get())).startsWith("Tout est vérifié en");
    }

    private static <T> T onFx(Callable<T> query) throws Exception {
        return WaitForAsyncUtils.asyncFx(query).get();
    }

}
