package live.studio.ui.main;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import live.studio.ui.commerce.KeyboardShortcuts;
import live.studio.ui.commerce.ShortcutAction;
import live.studio.ui.commerce.ShortcutMap;

/**
 * Every key of the window in one place: the show's keys (products, Hide all, countdown, promo, next cue) and the
 * window's own (Go Live, Record, Mute, next segment, pin a question, modes). The map can change while the window is
 * open (the settings' shortcuts tab): the keys and every tooltip follow it. UI thread only.
 */
public final class WindowShortcuts {
    private final ObjectProperty<ShortcutMap> current;
    private final Map<ShortcutAction, Runnable> windowActions = new EnumMap<>(ShortcutAction.class);
    private Consumer<ShortcutAction> showActions = action -> { };
    private Scene scene;
    private KeyboardShortcuts installed;

    public WindowShortcuts(ShortcutMap initial) {
        current = new SimpleObjectProperty<>(this, "shortcuts", Objects.requireNonNull(initial));
        current.addListener((observable, before, after) -> reinstall());
    }

    /** The keys in use; set a new map to change them (tooltips follow). */
    public ObjectProperty<ShortcutMap> currentProperty() {
        return current;
    }

    /** What a window action's key does (Go Live, Record, ...). */
    public void onAction(ShortcutAction action, Runnable perform) {
        windowActions.put(action, Objects.requireNonNull(perform));
    }

    /** Where every other key goes: the show desk's actions. */
    public void onShowAction(Consumer<ShortcutAction> perform) {
        showActions = Objects.requireNonNull(perform);
    }

    /** Listens on {@code scene}; keys do nothing while a text field has focus (there they are characters). */
    public void install(Scene scene) {
        this.scene = Objects.requireNonNull(scene);
        reinstall();
    }

    /** Performs the action as its key would (tests, menus). */
    public void perform(ShortcutAction action) {
        Runnable windowAction = windowActions.get(action);
        if (windowAction != null) {
            windowAction.run();
        } else if (!isWindowAction(action)) {
            showActions.accept(action);
        }
    }

    public void uninstall() {
        if (installed != null) {
            installed.uninstall();
            installed = null;
        }
    }

    private void reinstall() {
        uninstall();
        if (scene != null) {
            installed = KeyboardShortcuts.install(scene, current.get(), this::perform);
        }
    }

    /** "Go live to every ticked destination (Ctrl+L)": the text in the current language with the current key. */
    public String withKey(String text, ShortcutAction action) {
        return current.get().withKey(text, action);
    }

    /** A tooltip whose text is {@code text} followed by the action's current key, kept up to date. */
    public void tooltip(Control control, Supplier<String> text, ShortcutAction action) {
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(Bindings.createStringBinding(() -> withKey(text.get(), action), current));
        control.setTooltip(tooltip);
    }

    static boolean isWindowAction(ShortcutAction action) {
        return switch (action) {
            case GO_LIVE, RECORD, MUTE, NEXT_SEGMENT, PIN_QUESTION, HOST_MODE, PRODUCER_MODE -> true;
            default -> false;
        };
    }
}
