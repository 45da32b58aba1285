package live.studio.show;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What happens when a flash-sale countdown reaches zero (it reads "Deal over" for a moment in every case). */
public enum EndAction {
    HIDE("hide"),
    NEXT_PRODUCT("nextProduct"),
    REVEAL_PROMO("revealPromo");

    private final String commandName;

    EndAction(String commandName) {
        this.commandName = commandName;
    }

    /** The name commands and show files use. */
    public String commandName() {
        return commandName;
    }

    public static Optional<EndAction> byCommandName(String name) {
        return Arrays.stream(values()).filter(action -> action.commandName.equals(name)).findFirst();
    }

    public static List<String> commandNames() {
        return Arrays.stream(values()).map(EndAction::commandName).toList();
    }
}
