package live.studio.ui.destinations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import javafx.scene.Scene;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The key field on JavaFX's headless platform: masked (what a screenshot of the settings shows), readable only while
 * "Show" is on, masked again once the destination is added; no hidden field keeps the key.
 */
class DestinationsViewTest extends FxRobot {
    private static final String KEY = "live_9090_TypedKeyForTheViewTest";

    static {
        // As in StudioWindowTest: the platform's own headless glass runs these tests, not Monocle.
        System.setProperty("testfx.headless", "false");
    }

    private DestinationsViewModel viewModel;

    @BeforeEach
    void openView() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(window -> {
            viewModel = new DestinationsViewModel();
            window.setScene(new Scene(new javafx.scene.layout.StackPane(new DestinationsView(viewModel).root()), 420, 420));
            window.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void closeView() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void theKeyIsMaskedUnlessShownAndMaskedAgainOnceAdded() throws Exception {
        interact(() -> viewModel.streamKeyProperty().set(KEY));

        PasswordField masked = lookup("#destination-key").query();
        TextField shown = lookup("#destination-key-shown").query();
        ToggleButton show = lookup("#destination-key-show").query();
        assertThat(onFx(masked::isVisible)).isTrue();
        assertThat(onFx(shown::isVisible)).isFalse();
        assertThat((String) onFx(() -> shown.getText())).as("the hidden plain field holds nothing").isEmpty();

        interact(() -> show.setSelected(true));

        assertThat(onFx(shown::isVisible)).isTrue();
        assertThat(onFx(masked::isVisible)).isFalse();
        assertThat((String) onFx(() -> shown.getText())).isEqualTo(KEY);

        interact(() -> {
            viewModel.presetProperty().set(PlatformPreset.TWITCH);
            viewModel.add();
        });

        assertThat(onFx(show::isSelected)).as("hidden again once added").isFalse();
        assertThat(onFx(masked::isVisible)).isTrue();
        assertThat((String) onFx(() -> shown.getText())).isEmpty();
        assertThat((String) onFx(() -> masked.getText())).isEmpty();
    }

    private static <T> T onFx(Callable<T> query) throws Exception {
        return WaitForAsyncUtils.asyncFx(query).get();
    }
}
