package live.studio.ui;

import static live.studio.ui.FxWait.onFx;
import static live.studio.ui.FxWait.pollFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Map;
import javafx.stage.Stage;
import live.studio.app.Sources;
import live.studio.encode.EncoderSettings;
import live.studio.show.CommandSource;
import live.studio.show.ShowCommand;
import live.studio.ui.main.StudioMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Screenshots of the two modes on the demo show, for the docs: {@code -Dstudio.screenshot.folder=DIR} writes
 * {@code host-mode.png} (1280 × 720, the smallest screen a shop's laptop has) and {@code producer-mode.png}
 * (1600 × 900, on the event log). Skipped without the property.
 */
class ModesScreenshot extends FxRobot {
    static {
        System.setProperty("testfx.headless", "false");
    }

    @TempDir
    Path folder;

    private StudioApplication application;

    @AfterEach
    void closeWindow() throws Exception {
        if (application != null) {
            FxToolkit.cleanupApplication(application);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void bothModesOnTheDemoShow() throws Exception {
        String target = System.getProperty("studio.screenshot.folder", "");
        assumeTrue(!target.isBlank(), "set -Dstudio.screenshot.folder=DIR to take the screenshots");
        Stage stage = FxToolkit.registerPrimaryStage();
        StudioEnvironment environment = new StudioEnvironment(StudioEnvironment.DEFAULT_FORMAT, EncoderSettings.defaults(3000),
                Sources.factory(StudioEnvironment.DEFAULT_FORMAT), StudioEnvironment.NO_DEVICES, folder)
                .withSettingsFolder(folder.resolve("settings"));
        application = (StudioApplication) FxToolkit.setupApplication(() -> new StudioApplication(environment));
        pollFor(() -> onFx(() -> lookup("#product-casque-anc").tryQuery().isPresent()), shown -> shown, "the demo catalog");
        interact(() -> {
            application.mainView().setMode(StudioMode.HOST);
            stage.setWidth(1280);
            stage.setHeight(720);
        });
        application.show().controller().execute(new ShowCommand.ShowProduct("casque-anc"), CommandSource.API);
        interact(() -> application.runSheet().host().send("runSheet.start", Map.of("mode", "rehearsal"), CommandSource.WINDOW));
        Thread.sleep(2_500);
        save(stage, Path.of(target, "host-mode.png"));

        interact(() -> {
            application.mainView().setMode(StudioMode.PRODUCER);
            stage.setWidth(1600);
            stage.setHeight(900);
        });
        clickOn("#tab-event-log");
        Thread.sleep(1_500);
        save(stage, Path.of(target, "producer-mode.png"));
    }

    /**
     * The pre-flight before Go Live ({@code preflight.png}): two destinations, YouTube (a made-up key: its server does
     * not answer here) and a local nginx that does; the host mode in French behind it ({@code host-mode-fr.png}).
     */
    @Test
    void preflightAndFrenchHostMode() throws Exception {
        String target = System.getProperty("studio.screenshot.folder", "");
        assumeTrue(!target.isBlank(), "set -Dstudio.screenshot.folder=DIR to take the screenshots");
        live.studio.ui.common.Language before = live.studio.ui.common.Messages.language();
        live.studio.ui.common.Messages.use(live.studio.ui.common.Language.FRENCH);
        try (live.studio.testing.NginxRtmpServer nginx = live.studio.testing.NginxRtmpServer.start()) {
            Stage stage = FxToolkit.registerPrimaryStage();
            StudioEnvironment environment = new StudioEnvironment(StudioEnvironment.DEFAULT_FORMAT, EncoderSettings.defaults(3000),
                    Sources.factory(StudioEnvironment.DEFAULT_FORMAT), StudioEnvironment.NO_DEVICES, folder)
                    .withSettingsFolder(folder.resolve("settings"));
            application = (StudioApplication) FxToolkit.setupApplication(() -> new StudioApplication(environment));
            pollFor(() -> onFx(() -> lookup("#product-casque-anc").tryQuery().isPresent()), shown -> shown, "the demo catalog");
            interact(() -> {
                stage.setWidth(1600);
                stage.setHeight(900);
                var destinations = application.mainViewModel().destinations();
                destinations.presetProperty().set(live.studio.ui.destinations.PlatformPreset.CUSTOM);
                destinations.nameProperty().set("Boutique (nginx)");
                destinations.serverUrlProperty().set(nginx.url("boutique").replace("/boutique", ""));
                destinations.streamKeyProperty().set("boutique");
                destinations.add();
            });
            application.show().controller().execute(new ShowCommand.ShowProduct("casque-anc"), CommandSource.API);
            Thread.sleep(2_500);
            save(stage, Path.of(target, "host-mode-fr.png"));
            live.studio.ui.common.Messages.use(live.studio.ui.common.Language.ENGLISH);
            clickOn("#go-live");
            pollFor(java.time.Duration.ofSeconds(30), () -> onFx(() -> lookup("#preflight-go-live").tryQuery()
                    .map(node -> !node.isDisabled()).orElse(false)), allowed -> allowed, "every check answered");
            Stage preflight = onFx(() -> (Stage) lookup("#preflight").query().getScene().getWindow());
            save(preflight, Path.of(target, "preflight.png"));
            clickOn("#preflight-cancel");
        } finally {
            live.studio.ui.common.Messages.use(before);
        }
    }

    private static void save(Stage stage, Path file) throws Exception {
        // The test pattern flashes white on each wall-clock second: take the picture half-way between two.
        Thread.sleep(1_500 - System.currentTimeMillis() % 1_000);
        Screenshots.save(stage, file);
    }
}
