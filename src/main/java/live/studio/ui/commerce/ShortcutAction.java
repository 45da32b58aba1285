package live.studio.ui.commerce;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;
import live.studio.ui.common.Messages;

/**
 * What a key can do in the studio window. {@link #id()} is the name in {@code shortcuts.json}; the defaults are the
 * ones {@code docs/shortcuts.md} lists.
 */
public enum ShortcutAction {
    PRODUCT_1("product1", "1"),
    PRODUCT_2("product2", "2"),
    PRODUCT_3("product3", "3"),
    PRODUCT_4("product4", "4"),
    PRODUCT_5("product5", "5"),
    PRODUCT_6("product6", "6"),
    PRODUCT_7("product7", "7"),
    PRODUCT_8("product8", "8"),
    PRODUCT_9("product9", "9"),
    HIDE_PRODUCT("hideProduct", "0"),
    NEXT_PRODUCT("nextProduct", "N"),
    HIDE_ALL("hideAll", "H"),
    START_COUNTDOWN("startCountdown", "C"),
    STOP_COUNTDOWN("stopCountdown", "Shift+C"),
    TOGGLE_PROMO("togglePromo", "P"),
    TOGGLE_LOWER_THIRD("toggleLowerThird", "L"),
    TOGGLE_BANNER("toggleBanner", "B"),
    NEXT_CUE("nextCue", "Space"),
    // The window's live actions (handled by the main window, not the show desk).
    GO_LIVE("goLive", "Shortcut+L"),
    RECORD("record", "Shortcut+R"),
    MUTE("mute", "Shortcut+M"),
    NEXT_SEGMENT("nextSegment", "Shortcut+Right"),
    PIN_QUESTION("pinQuestion", "Q"),
    HOST_MODE("hostMode", "F2"),
    PRODUCER_MODE("producerMode", "F3");

    private final String id;
    private final String defaultKey;

    ShortcutAction(String id, String defaultKey) {
        this.id = id;
        this.defaultKey = defaultKey;
    }

    /** The name in the shortcuts file, e.g. {@code hideAll}. */
    public String id() {
        return id;
    }

    /** The key as the shortcuts file writes it, e.g. {@code Shift+C}. */
    public String defaultKey() {
        return defaultKey;
    }

    /** What the key does, in the window's language (the settings' shortcut list shows it). */
    public String description() {
        String key = "action." + id;
        return Words.TEXT.text(key);
    }

    /** 1 to 9 for the product keys. */
    public OptionalInt productPosition() {
        return name().startsWith("PRODUCT_") ? OptionalInt.of(ordinal() - PRODUCT_1.ordinal() + 1) : OptionalInt.empty();
    }

    /** The key of the product at {@code position} (1 to 9). */
    public static Optional<ShortcutAction> forProduct(int position) {
        return position >= 1 && position <= 9 ? Optional.of(values()[PRODUCT_1.ordinal() + position - 1]) : Optional.empty();
    }

    public static Optional<ShortcutAction> byId(String id) {
        return Arrays.stream(values()).filter(action -> action.id.equals(id)).findFirst();
    }

    /** An enum's constants come first: the bundle is held here so that the constants may use it. */
    private static final class Words {
        private static final Messages TEXT = Messages.of(ShortcutAction.class);
    }
}
