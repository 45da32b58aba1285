package live.studio.ui.commerce;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import live.studio.ui.common.Messages;

/**
 * Which key does what: at most one key per action, never one key for two actions. Immutable. The number keys of the
 * keypad count as the digit keys, so "1" is also Numpad 1.
 */
public final class ShortcutMap {
    private static final Messages TEXT = Messages.of(ShortcutMap.class);
    private final Map<ShortcutAction, KeyCombination> keys;

    private ShortcutMap(Map<ShortcutAction, KeyCombination> keys) {
        this.keys = Collections.unmodifiableMap(new EnumMap<>(keys));
    }

    /** The keys {@code docs/shortcuts.md} lists. */
    public static ShortcutMap defaults() {
        Map<ShortcutAction, KeyCombination> keys = new EnumMap<>(ShortcutAction.class);
        for (ShortcutAction action : ShortcutAction.values()) {
            keys.put(action, KeyCombination.valueOf(action.defaultKey()));
        }
        return new ShortcutMap(keys);
    }

    /**
     * The map from these keys (an action left out has no key).
     *
     * @throws IllegalArgumentException when two actions share a key
     */
    public static ShortcutMap of(Map<ShortcutAction, KeyCombination> keys) {
        Map<KeyCombination, ShortcutAction> seen = new HashMap<>();
        keys.forEach((action, key) -> {
            ShortcutAction other = seen.put(key, action);
            if (other != null) {
                throw new IllegalArgumentException(key.getName() + " is the key of both " + other.id() + " and " + action.id());
            }
        });
        return new ShortcutMap(keys.isEmpty() ? new EnumMap<>(ShortcutAction.class) : keys);
    }

    public Optional<KeyCombination> key(ShortcutAction action) {
        return Optional.ofNullable(keys.get(action));
    }

    /** Every action with a key. */
    public Map<ShortcutAction, KeyCombination> keys() {
        return keys;
    }

    /** The action whose key was pressed: a key bound as such first ("Numpad 5"), else as its digit ("5"). */
    public Optional<ShortcutAction> actionFor(KeyEvent pressed) {
        return matching(pressed).or(() -> {
            KeyEvent digit = asDigitKey(pressed);
            return digit == pressed ? Optional.empty() : matching(digit);
        });
    }

    private Optional<ShortcutAction> matching(KeyEvent event) {
        for (Map.Entry<ShortcutAction, KeyCombination> entry : keys.entrySet()) {
            if (entry.getValue().match(event)) {
                return Optional.of(entry.getKey());
            }
        }
        return Optional.empty();
    }

    /** The key as a tooltip shows it ("2", "Shift+C"; in French "Maj+C"); empty without one. */
    public String displayText(ShortcutAction action) {
        return key(action).map(ShortcutMap::keyText).orElse("");
    }

    /**
     * A key combination in the window's language: JavaFX names keys in English ("Space", "Shift+C"), a French
     * keyboard reads "Espace", "Maj+C". Keys without a word of their own ("Ctrl", "F5", "C") stay as JavaFX writes them.
     */
    public static String keyText(KeyCombination combination) {
        return Arrays.stream(combination.getDisplayText().split("\\+(?=.)"))
                .map(ShortcutMap::keyName)
                .collect(Collectors.joining("+"));
    }

    private static String keyName(String english) {
        String key = "key." + english.strip().toLowerCase(Locale.ROOT).replace(' ', '-');
        return TEXT.has(key) ? TEXT.text(key) : english;
    }

    /** "Show the lower third (L)", or the text alone when the action has no key. */
    public String withKey(String text, ShortcutAction action) {
        String key = displayText(action);
        return key.isEmpty() ? text : text + " (" + key + ")";
    }

    private static KeyEvent asDigitKey(KeyEvent event) {
        KeyCode code = event.getCode();
        if (!code.isKeypadKey() || !code.isDigitKey()) {
            return event;
        }
        KeyCode digit = KeyCode.valueOf("DIGIT" + code.name().substring("NUMPAD".length()));
        return new KeyEvent(event.getEventType(), event.getCharacter(), event.getText(), digit, event.isShiftDown(),
                event.isControlDown(), event.isAltDown(), event.isMetaDown());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ShortcutMap map && map.keys.equals(keys);
    }

    @Override
    public int hashCode() {
        return keys.hashCode();
    }

    @Override
    public String toString() {
        return keys.toString();
    }
}
