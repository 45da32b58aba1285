package live.studio.ui.settings;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import live.studio.ui.commerce.ShortcutAction;
import live.studio.ui.commerce.ShortcutFile;
import live.studio.ui.commerce.ShortcutMap;
import live.studio.ui.common.Messages;

/**
 * The shortcuts page: every action with its key; a key changes by pressing it while the action waits for one, a key
 * that another action has is refused with a message naming it, and the result is saved in {@code shortcuts.json}
 * through {@link ShortcutFile} (read at start: a change applies at the next start). UI thread only.
 */
public final class ShortcutsViewModel {
    private static final Messages TEXT = Messages.of(ShortcutsViewModel.class);

    private final Optional<Path> file;
    private final Executor writer;
    private final Consumer<Runnable> ui;
    private final Map<ShortcutAction, ObjectProperty<KeyCombination>> keys = new EnumMap<>(ShortcutAction.class);
    private final ReadOnlyObjectWrapper<ShortcutAction> waitingForKey = new ReadOnlyObjectWrapper<>(this, "waitingForKey");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    /**
     * @param current        the keys in use now
     * @param settingsFolder where {@code shortcuts.json} is; empty: changes last for this run of the settings only
     * @param writer         where the file is written (off the FX thread)
     * @param ui             the FX thread, where the result comes back
     */
    public ShortcutsViewModel(ShortcutMap current, Optional<Path> settingsFolder, Executor writer, Consumer<Runnable> ui) {
        this.file = settingsFolder.map(folder -> folder.resolve(ShortcutFile.FILE_NAME));
        this.writer = writer;
        this.ui = ui;
        for (ShortcutAction action : ShortcutAction.values()) {
            keys.put(action, new SimpleObjectProperty<>(this, action.id(), current.key(action).orElse(null)));
        }
    }

    /** The action's key; null when it has none. */
    public ReadOnlyObjectProperty<KeyCombination> keyProperty(ShortcutAction action) {
        return keys.get(action);
    }

    /** What the action does, in the window's language. */
    public static String description(ShortcutAction action) {
        String key = "shortcut.action." + action.id();
        return TEXT.has(key) ? TEXT.text(key) : action.description();
    }

    /** The action waiting for its new key, or null. */
    public ReadOnlyObjectProperty<ShortcutAction> waitingForKeyProperty() {
        return waitingForKey.getReadOnlyProperty();
    }

    /** A refusal, or what was saved. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The next key pressed becomes {@code action}'s (Escape cancels, Backspace or Delete leaves it without one). */
    public void waitForKey(ShortcutAction action) {
        waitingForKey.set(action);
        message.set(TEXT.text("shortcut.press-key", description(action)));
    }

    /** A key pressed while an action waits for one; true when it was taken (consume the event then). */
    public boolean keyPressed(KeyEvent event) {
        ShortcutAction action = waitingForKey.get();
        if (action == null || event.getCode().isModifierKey() || event.getCode() == KeyCode.UNDEFINED) {
            return false;
        }
        if (event.getCode() == KeyCode.ESCAPE) {
            waitingForKey.set(null);
            message.set("");
            return true;
        }
        if (event.getCode() == KeyCode.BACK_SPACE || event.getCode() == KeyCode.DELETE) {
            assign(action, null);
            return true;
        }
        KeyCombination.ModifierValue shift = event.isShiftDown() ? KeyCombination.ModifierValue.DOWN : KeyCombination.ModifierValue.UP;
        KeyCombination.ModifierValue control = event.isControlDown() ? KeyCombination.ModifierValue.DOWN : KeyCombination.ModifierValue.UP;
        KeyCombination.ModifierValue alt = event.isAltDown() ? KeyCombination.ModifierValue.DOWN : KeyCombination.ModifierValue.UP;
        KeyCombination.ModifierValue meta = event.isMetaDown() ? KeyCombination.ModifierValue.DOWN : KeyCombination.ModifierValue.UP;
        assign(action, new KeyCodeCombination(event.getCode(), shift, control, alt, meta, KeyCombination.ModifierValue.UP));
        return true;
    }

    /**
     * Gives {@code action} the key {@code key} (null: none) and saves; refused, with a message naming the other
     * action, when another action has that key.
     */
    public boolean assign(ShortcutAction action, KeyCombination key) {
        if (key != null) {
            for (Map.Entry<ShortcutAction, ObjectProperty<KeyCombination>> other : keys.entrySet()) {
                if (other.getKey() != action && key.equals(other.getValue().get())) {
                    message.set(TEXT.text("shortcut.conflict", key.getDisplayText(), description(other.getKey()),
                            description(action)));
                    return false;
                }
            }
        }
        keys.get(action).set(key);
        waitingForKey.set(null);
        save(action, key);
        return true;
    }

    /** Every action back to its default key. */
    public void restoreDefaults() {
        ShortcutMap defaults = ShortcutMap.defaults();
        for (ShortcutAction action : ShortcutAction.values()) {
            keys.get(action).set(defaults.key(action).orElse(null));
        }
        waitingForKey.set(null);
        save(null, null);
    }

    /** The keys as the page shows them now. */
    public ShortcutMap shortcuts() {
        Map<ShortcutAction, KeyCombination> chosen = new EnumMap<>(ShortcutAction.class);
        keys.forEach((action, key) -> {
            if (key.get() != null) {
                chosen.put(action, key.get());
            }
        });
        return ShortcutMap.of(chosen);
    }

    private void save(ShortcutAction changed, KeyCombination key) {
        ShortcutMap map = shortcuts();
        String done = changed == null ? TEXT.text("shortcut.defaults-restored")
                : key == null ? TEXT.text("shortcut.cleared", description(changed))
                : TEXT.text("shortcut.changed", description(changed), key.getDisplayText());
        if (file.isEmpty()) {
            message.set(done);
            return;
        }
        Path target = file.get();
        writer.execute(() -> {
            String result;
            try {
                ShortcutFile.save(target, map);
                result = done + " " + TEXT.text("shortcut.next-start");
            } catch (IOException | RuntimeException e) {
                result = TEXT.text("shortcut.not-saved", target.toString(), String.valueOf(e.getMessage()));
            }
            String shown = result;
            ui.accept(() -> message.set(shown));
        });
    }
}
