package live.studio.ui;

import static live.studio.ui.FxWait.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** The docs' screenshot tools' one way of writing a window: its scene as JavaFX draws it, to a PNG file. */
final class Screenshots {
    private Screenshots() {
    }

    static void save(Stage stage, Path file) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage snapshot = onFx(() -> stage.getScene().snapshot(null));
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        int width = (int) snapshot.getWidth();
        int height = (int) snapshot.getHeight();
        int[] pixels = new int[width * height];
        snapshot.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, width, height, pixels, 0, width);
        ImageIO.write(image, "png", file.toFile());
        assertThat(file).isNotEmptyFile();
    }
}
