package live.studio.ui.commerce;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a key can do in the studio window. {@link #id()} is the name in {@code shortcuts.json}; the defaults are the
 * ones {@code docs/shortcuts.md} lists.
 */
public enum ShortcutAction {
    PRODUCT_1("product1", "1", "Show product 1 (again: hide it)"),
    PRODUCT_2("product2", "2", "Show product 2 (again: hide it)"),
    PRODUCT_3("product3", "3", "Show product 3 (again: hide it)"),
    PRODUCT_4("product4", "4", "Show product 4 (again: hide it)"),
    PRODUCT_5("product5", "5", "Show product 5 (again: hide it)"),
    PRODUCT_6("product6", "6", "Show product 6 (again: hide it)"),
    PRODUCT_7("product7", "7", "Show product 7 (again: hide it)"),
    PRODUCT_8("product8", "8", "Show product 8 (again: hide it)"),
    PRODUCT_9("product9", "9", "Show product 9 (again: hide it)"),
    HIDE_PRODUCT("hideProduct", "0", "Hide the product card"),
    NEXT_PRODUCT("nextProduct", "N", "Show the next product in the catalog"),
    HIDE_ALL("hideAll", "H", "Hide every graphic"),
    START_COUNTDOWN("startCountdown", "C", "Start the countdown set in the panel"),
    STOP_COUNTDOWN("stopCountdown", "Shift+C", "Stop the countdown"),
    TOGGLE_PROMO("togglePromo", "P", "Show the first promo code (again: hide it)"),
    TOGGLE_LOWER_THIRD("toggleLowerThird", "L", "Show or hide the lower third"),
    TOGGLE_BANNER("toggleBanner", "B", "Show or hide the banner"),
    NEXT_CUE("nextCue", "Space", "Fire the run-sheet's next cue (cue.go)"),
    // The window's live actions (handled by the main window, not the show desk).
    GO_LIVE("goLive", "Shortcut+L", "Go live to every ticked destination (again: stop)"),
    RECORD("record", "Shortcut+R", "Record the program to a file (again: stop)"),
    MUTE("mute", "Shortcut+M", "Mute or unmute the program audio"),
    NEXT_SEGMENT("nextSegment", "Shortcut+Right", "End this segment and start the next"),
    PIN_QUESTION("pinQuestion", "Q", "Pin the oldest unanswered viewer question on air"),
    HOST_MODE("hostMode", "F2", "Switch to host mode"),
    PRODUCER_MODE("producerMode", "F3", "Switch to producer mode");

    private final String id;
    private final String defaultKey;
    private final String description;

    ShortcutAction(String id, String defaultKey, String description) {
        this.id = id;
        this.defaultKey = defaultKey;
        this.description = description;
    }

    /** The name in the shortcuts file, e.g. {@code hideAll}. */
    public String id() {
        return id;
    }

    /** The key as the shortcuts file writes it, e.g. {@code Shift+C}. */
    public String defaultKey() {
        return defaultKey;
    }

    public String description() {
        return description;
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
}
