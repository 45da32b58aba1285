package live.studio.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import live.studio.app.Sources;
import live.studio.encode.EncoderSettings;
import live.studio.ui.destinations.PlatformPreset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Takes {@code docs/screenshots/settings-*.png}: the settings window opened from the real window, on its Destinations
 * tab with Facebook chosen, and on its Encoder tab. Runs only when asked:
 * {@code ./mvnw test -Dtest=SettingsScreenshot -Dstudio.screenshot=docs/screenshots/settings}. Its name keeps it out
 * of the test run (a tool for the docs, not a test).
 */
class SettingsScreenshot extends FxRobot {
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
    void theSettingsWindow() throws Exception {
        String target = System.getProperty("studio.screenshot", "");
        assumeTrue(!target.isBlank(), "set -Dstudio.screenshot=PATH_PREFIX to take the screenshots");
        FxToolkit.registerPrimaryStage();
        StudioEnvironment environment = new StudioEnvironment(StudioEnvironment.DEFAULT_FORMAT, EncoderSettings.defaults(3000),
                Sources.factory(StudioEnvironment.DEFAULT_FORMAT), StudioEnvironment.NO_DEVICES, folder);
        application = (StudioApplication) FxToolkit.setupApplication(() -> new StudioApplication(environment));
        interact(application::openSettings);
        Stage settings = onFx(() -> application.settingsWindow().stage().orElseThrow());
        interact(() -> from(settings.getScene().getRoot()).lookup("#destination-preset").<ComboBox<PlatformPreset>>query()
                .setValue(PlatformPreset.FACEBOOK));
        Screenshots.save(settings, Path.of(target + "-destinations.png"));
        interact(() -> ((TabPane) settings.getScene().getRoot().lookup("#settings-tabs")).getSelectionModel().select(2));
        Screenshots.save(settings, Path.of(target + "-encoder.png"));
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(30, TimeUnit.SECONDS);
    }
}
