package live.studio.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import live.studio.app.Sources;
import live.studio.encode.EncoderSettings;
import live.studio.show.CommandSource;
import live.studio.show.ShowCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Takes {@code docs/screenshots/shelf.png}: the window on the demo catalog mid-show (a card, a countdown, a promo code
 * and a lower third on air). Runs only when asked:
 * {@code ./mvnw test -Dtest=ShelfScreenshot -Dstudio.screenshot=docs/screenshots/shelf.png}. Its name keeps it out of
 * the test run (it is a tool for the docs, not a test).
 */
class ShelfScreenshot extends FxRobot {
    private static final Duration PATIENCE = Duration.ofSeconds(60);

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
    void theWindowMidShow() throws Exception {
        String target = System.getProperty("studio.screenshot", "");
        assumeTrue(!target.isBlank(), "set -Dstudio.screenshot=PATH to take the screenshot");
        Stage stage = FxToolkit.registerPrimaryStage();
        StudioEnvironment environment = new StudioEnvironment(StudioEnvironment.DEFAULT_FORMAT, EncoderSettings.defaults(3000),
                Sources.factory(StudioEnvironment.DEFAULT_FORMAT), StudioEnvironment.NO_DEVICES, folder)
                .withCatalogFile(Path.of("assets", "demo", "catalog.json").toAbsolutePath())
                .withOverlayRenderers(ShelfScreenshot::studioTheme);
        application = (StudioApplication) FxToolkit.setupApplication(() -> new StudioApplication(environment));
        // These parts are the producer's (a first start opens in host mode).
        FxToolkit.setupFixture(() -> application.mainView().setMode(live.studio.ui.main.StudioMode.PRODUCER));
        if (!Boolean.getBoolean("studio.screenshot.screenSize")) {
            // The headless screen is 1000 px wide: grow the window to the size the docs show, and give the show's
            // controls the width they open with on a screen that size.
            interact(() -> {
                stage.setWidth(1600);
                stage.setHeight(900);
            });
            interact(() -> {
                javafx.scene.Node controls = lookup("#show-controls").query();
                javafx.scene.control.SplitPane split = (javafx.scene.control.SplitPane) controls.getParent().getParent();
                // The chat, when docked, is first in the split: it keeps its place, the controls follow it.
                double width = split.getWidth();
                double[] dividers = split.getDividerPositions();
                if (dividers.length == 2) {
                    split.setDividerPositions(dividers[0], dividers[0] + controls.prefWidth(-1) / width);
                } else {
                    split.setDividerPositions(controls.prefWidth(-1) / width);
                }
            });
        }
        waitUntil(() -> lookup("#product-casque-anc").tryQuery().isPresent());

        clickOn("#product-casque-anc");
        clickOn("#countdown-label").write("Vente flash : fin dans");
        clickOn("#countdown-start");
        clickOn("#promo-FLASH20");
        clickOn("#lower-third-name").write("Camille Laurent");
        clickOn("#lower-third-role").write("Présentatrice");
        clickOn("#lower-third-toggle");
        clickOn("#banner-text").write("Livraison offerte ce soir");
        type(KeyCode.ESCAPE);
        application.show().controller().execute(new ShowCommand.SetStock("montre-marine", 4), CommandSource.API);
        // Every thumbnail in, and the countdown a few seconds in.
        waitUntil(() -> lookup(".tile-picture").queryAll().stream()
                .filter(node -> ((javafx.scene.image.ImageView) node).getImage() != null).count() >= 2);
        Thread.sleep(3_000);
        // The test pattern flashes white on each wall-clock second: take the picture half-way between two.
        Thread.sleep(1_500 - System.currentTimeMillis() % 1_000);

        WritableImage snapshot = onFx(() -> {
            Scene scene = stage.getScene();
            return scene.snapshot(null);
        });
        Path file = Path.of(target);
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageIO.write(toBufferedImage(snapshot), "png", file.toFile());
        assertThat(file).isNotEmptyFile();
    }

    /** The graphics as the studio draws them, in the shipped default theme. */
    private static live.studio.overlay.OverlayRenderer studioTheme(live.studio.overlay.Canvas canvas) {
        try {
            return live.studio.overlay.OverlayRenderer.create(
                    live.studio.overlay.Theme.load(Path.of("assets", "themes", "studio.json")), canvas);
        } catch (live.studio.overlay.ThemeException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static BufferedImage toBufferedImage(WritableImage image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        BufferedImage result = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        result.setRGB(0, 0, width, height, pixels, 0, width);
        return result;
    }

    private void waitUntil(Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!onFx(condition)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the window did not get ready in " + PATIENCE.toSeconds() + " s");
            }
            Thread.sleep(100);
        }
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    }
}
