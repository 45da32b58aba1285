package live.studio.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
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
        save(settings, Path.of(target + "-destinations.png"));
        interact(() -> ((TabPane) settings.getScene().getRoot().lookup("#settings-tabs")).getSelectionModel().select(2));
        save(settings, Path.of(target + "-encoder.png"));
    }

    private void save(Stage stage, Path file) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage snapshot = onFx(() -> {
            Scene scene = stage.getScene();
            return scene.snapshot(null);
        });
        Files.createDirectories(file.toAbsolutePath().getParent());
        int width = (int) snapshot.getWidth();
        int height = (int) snapshot.getHeight();
        int[] pixels = new int[width * height];
        snapshot.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, width, height, pixels, 0, width);
        ImageIO.write(image, "png", file.toFile());
        assertThat(file).isNotEmptyFile();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(30, TimeUnit.SECONDS);
    }
}
