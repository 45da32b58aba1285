package live.studio.ui.shelf;

import java.util.Objects;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.util.Duration;
import live.studio.ui.commerce.CommercePanel;
import live.studio.ui.commerce.KeyboardShortcuts;

/**
 * The show's two panels, the product shelf and the commerce controls, with the clock that keeps their times going
 * (countdown, promo codes' time left) and the show's keys on the window.
 */
public final class ShowDeskView {
    /** Often enough for a countdown's second to change on time to the eye. */
    private static final Duration CLOCK_REFRESH = Duration.millis(200);
    private static final String STYLESHEET = Objects.requireNonNull(ShowDeskView.class.getResource("show-desk.css")).toExternalForm();

    private final ShowDesk desk;
    private final ShelfView shelf;
    private final CommercePanel controls;
    private final Timeline clock;
    private KeyboardShortcuts shortcuts;

    public ShowDeskView(ShowDesk desk) {
        this.desk = desk;
        shelf = new ShelfView(desk.shelf());
        controls = new CommercePanel(desk.commerce(), desk.shortcuts());
        for (Node root : new Node[] {shelf.root(), controls.root()}) {
            ((Parent) root).getStylesheets().add(STYLESHEET);
        }
        clock = new Timeline(new KeyFrame(CLOCK_REFRESH, event -> desk.commerce().refresh()));
        clock.setCycleCount(Animation.INDEFINITE);
        clock.play();
    }

    /** The product shelf, for under the preview. */
    public Node shelf() {
        return shelf.root();
    }

    /** The countdown, promo, lower third, banner and Hide all controls, for beside the preview. */
    public Node controls() {
        return controls.root();
    }

    /** The show's keys (1-9, H, C, P, L, B, ...) on {@code scene}; they do nothing while a text field has focus. */
    public void installShortcuts(Scene scene) {
        shortcuts = KeyboardShortcuts.install(scene, desk.shortcuts(), desk::perform);
    }

    public void dispose() {
        clock.stop();
        if (shortcuts != null) {
            shortcuts.uninstall();
        }
    }
}
