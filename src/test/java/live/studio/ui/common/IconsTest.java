package live.studio.ui.common;

import static live.studio.ui.FxWait.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.testfx.api.FxToolkit;

/** The icon font loads on JavaFX's headless platform and draws a glyph in the button's text colour. */
class IconsTest {

    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void anIconDrawsItsGlyphInTheTextColour() throws Exception {
        WritableImage image = onFx(() -> {
            Button button = Icons.decorate(new Button(), MaterialDesignB.BROADCAST);
            button.setTextFill(Color.RED);
            StackPane root = new StackPane(button);
            root.setStyle("-fx-background-color: black;");
            new Scene(root, 64, 64);
            root.applyCss();
            root.layout();
            return root.snapshot(null, null);
        });
        int red = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color pixel = image.getPixelReader().getColor(x, y);
                if (pixel.getRed() > 0.6 && pixel.getGreen() < 0.3 && pixel.getBlue() < 0.3) {
                    red++;
                }
            }
        }
        assertThat(red).as("red pixels of the glyph").isGreaterThan(20);
    }
}
