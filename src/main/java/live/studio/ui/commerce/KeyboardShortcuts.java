package live.studio.ui.commerce;

import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The show's single keys (1-9, H, C, P, ...) on a window. They act on key press, once per press (holding a key does
 * not repeat the action), and never while the operator types in a text field: there "1" is a character, and Esc
 * leaves the field.
 */
public final class KeyboardShortcuts {
    private final Scene scene;
    private final ShortcutMap shortcuts;
    private final Consumer<ShortcutAction> perform;
    private final Set<KeyCode> held = new HashSet<>();
    private final EventHandler<KeyEvent> onPressed = this::pressed;
    private final EventHandler<KeyEvent> onReleased = event -> held.remove(event.getCode());
    private final EventHandler<KeyEvent> onEscape = this::leaveFieldOnEscape;

    private KeyboardShortcuts(Scene scene, ShortcutMap shortcuts, Consumer<ShortcutAction> perform) {
        this.scene = scene;
        this.shortcuts = shortcuts;
        this.perform = perform;
    }

    /**
     * Listens on {@code scene}; a key the focused control used (a space on a button, arrows in a list) does nothing
     * else, as the handler sees only what no control consumed.
     */
    public static KeyboardShortcuts install(Scene scene, ShortcutMap shortcuts, Consumer<ShortcutAction> perform) {
        KeyboardShortcuts installed = new KeyboardShortcuts(Objects.requireNonNull(scene), Objects.requireNonNull(shortcuts),
                Objects.requireNonNull(perform));
        scene.addEventHandler(KeyEvent.KEY_PRESSED, installed.onPressed);
        // A filter: a text field may consume Esc itself.
        scene.addEventFilter(KeyEvent.KEY_PRESSED, installed.onEscape);
        // A filter: a control that consumes the release (a button on Space) must not leave the key held for ever.
        scene.addEventFilter(KeyEvent.KEY_RELEASED, installed.onReleased);
        // A key released while another window had focus never reaches this one.
        scene.windowProperty().addListener((observable, before, window) -> {
            if (window != null) {
                window.focusedProperty().addListener((focus, was, focused) -> installed.held.clear());
            }
        });
        return installed;
    }

    public void uninstall() {
        scene.removeEventHandler(KeyEvent.KEY_PRESSED, onPressed);
        scene.removeEventFilter(KeyEvent.KEY_PRESSED, onEscape);
        scene.removeEventFilter(KeyEvent.KEY_RELEASED, onReleased);
    }

    private void pressed(KeyEvent event) {
        if (typing(scene.getFocusOwner())) {
            return;
        }
        Optional<ShortcutAction> action = shortcuts.actionFor(event);
        if (action.isEmpty()) {
            return;
        }
        event.consume();
        if (held.add(event.getCode())) {
            perform.accept(action.get());
        }
    }

    /** Esc in a text field gives the focus back to the window, so the next key is a shortcut again. */
    private void leaveFieldOnEscape(KeyEvent event) {
        if (event.getCode() == KeyCode.ESCAPE && typing(scene.getFocusOwner()) && scene.getRoot() != null) {
            scene.getRoot().requestFocus();
            event.consume(); // leaving the field is all this Esc does
        }
    }

    /** True when the focused control takes text: a field, an editable combo box or spinner. */
    static boolean typing(Node focusOwner) {
        return switch (focusOwner) {
            case TextInputControl input -> input.isEditable();
            case ComboBoxBase<?> comboBox -> comboBox.isEditable();
            case Spinner<?> spinner -> spinner.isEditable();
            case null, default -> false;
        };
    }
}
