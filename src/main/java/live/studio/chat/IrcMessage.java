package live.studio.chat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One IRC protocol line, split as RFC 1459 and the IRCv3 message-tags specification say:
 * {@code [@tags] [:prefix] COMMAND [params...] [:trailing]}. Tag values are unescaped ({@code \:} → ';', {@code \s} →
 * space, {@code \\} → '\', {@code \r} → CR, {@code \n} → LF, a backslash before any other character is dropped, as is
 * one at the very end).
 */
public record IrcMessage(Map<String, String> tags, String prefix, String command, List<String> params) {

    public IrcMessage {
        tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
        prefix = prefix == null ? "" : prefix;
        params = List.copyOf(params);
    }

    /** Parses a line without its CR LF; empty for a line with no command. */
    public static Optional<IrcMessage> parse(String line) {
        if (line == null) {
            return Optional.empty();
        }
        int position = 0;
        int length = line.length();
        Map<String, String> tags = new LinkedHashMap<>();
        if (position < length && line.charAt(position) == '@') {
            int end = indexOfSpace(line, position);
            parseTags(line.substring(position + 1, end), tags);
            position = skipSpaces(line, end);
        }
        String prefix = "";
        if (position < length && line.charAt(position) == ':') {
            int end = indexOfSpace(line, position);
            prefix = line.substring(position + 1, end);
            position = skipSpaces(line, end);
        }
        int commandEnd = indexOfSpace(line, position);
        String command = line.substring(position, commandEnd);
        if (command.isEmpty()) {
            return Optional.empty();
        }
        position = skipSpaces(line, commandEnd);
        List<String> params = new ArrayList<>();
        while (position < length) {
            if (line.charAt(position) == ':') {
                params.add(line.substring(position + 1));
                break;
            }
            int end = indexOfSpace(line, position);
            params.add(line.substring(position, end));
            position = skipSpaces(line, end);
        }
        return Optional.of(new IrcMessage(tags, prefix, command.toUpperCase(java.util.Locale.ROOT), params));
    }

    /** The nick in a {@code nick!user@host} prefix, or the whole prefix when it is a server name. */
    public String nick() {
        int bang = prefix.indexOf('!');
        return bang >= 0 ? prefix.substring(0, bang) : prefix;
    }

    /** Parameter {@code index}, or "" when there are fewer. */
    public String param(int index) {
        return index < params.size() ? params.get(index) : "";
    }

    /** The last parameter (a PRIVMSG's text), or "". */
    public String trailing() {
        return params.isEmpty() ? "" : params.getLast();
    }

    public String tag(String key) {
        return tags.getOrDefault(key, "");
    }

    private static void parseTags(String raw, Map<String, String> tags) {
        for (String tag : raw.split(";")) {
            if (tag.isEmpty()) {
                continue;
            }
            int equals = tag.indexOf('=');
            String key = equals < 0 ? tag : tag.substring(0, equals);
            String value = equals < 0 ? "" : unescapeTagValue(tag.substring(equals + 1));
            tags.put(key, value); // the specification: a later duplicate key wins
        }
    }

    /** The IRCv3 tag-value unescaping. */
    static String unescapeTagValue(String escaped) {
        if (escaped.indexOf('\\') < 0) {
            return escaped;
        }
        StringBuilder out = new StringBuilder(escaped.length());
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (++i >= escaped.length()) {
                break; // a lone trailing backslash is dropped
            }
            char next = escaped.charAt(i);
            switch (next) {
                case ':' -> out.append(';');
                case 's' -> out.append(' ');
                case '\\' -> out.append('\\');
                case 'r' -> out.append('\r');
                case 'n' -> out.append('\n');
                default -> out.append(next);
            }
        }
        return out.toString();
    }

    private static int indexOfSpace(String line, int from) {
        int space = line.indexOf(' ', from);
        return space < 0 ? line.length() : space;
    }

    private static int skipSpaces(String line, int from) {
        int position = from;
        while (position < line.length() && line.charAt(position) == ' ') {
            position++;
        }
        return position;
    }
}
