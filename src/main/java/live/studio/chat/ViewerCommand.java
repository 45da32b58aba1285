package live.studio.chat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A viewer command found in a message: the kind and the short code it names ({@code !buy 12}, {@code #12}), 0 when
 * it names none. {@code !buy}, {@code !price} and {@code !code} count only at the start of a message; {@code #12}
 * anywhere, once per code per message.
 */
public record ViewerCommand(CommandKind kind, int shortCode) {
    private static final Pattern LEADING = Pattern.compile("^!(buy|price|code)\\b\\s*#?(\\d{1,4})?", Pattern.CASE_INSENSITIVE);
    private static final Pattern SHORT_CODE = Pattern.compile("(?<![\\p{L}\\p{N}&#])#(\\d{1,4})(?![\\p{L}\\p{N}])");

    /** The commands in {@code text} (already cleaned), in order. */
    public static List<ViewerCommand> parse(String text) {
        List<ViewerCommand> commands = new ArrayList<>();
        String trimmed = text.strip();
        int searchFrom = 0;
        Matcher leading = LEADING.matcher(trimmed);
        if (leading.find()) {
            CommandKind kind = CommandKind.valueOf(leading.group(1).toUpperCase(Locale.ROOT));
            int code = leading.group(2) == null ? 0 : Integer.parseInt(leading.group(2));
            commands.add(new ViewerCommand(kind, code));
            searchFrom = leading.end();
        }
        Set<Integer> codes = new LinkedHashSet<>();
        Matcher shortCode = SHORT_CODE.matcher(trimmed);
        while (shortCode.find(searchFrom)) {
            codes.add(Integer.parseInt(shortCode.group(1)));
            searchFrom = shortCode.end();
        }
        for (int code : codes) {
            commands.add(new ViewerCommand(CommandKind.SHORT_CODE, code));
        }
        return commands;
    }
}
