package live.studio.chat;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns IRC PRIVMSG lines into {@link ChatMessage}s: Twitch's IRCv3 tags (display-name, color, badges, emotes,
 * first-msg, id, tmi-sent-ts) when the line comes from Twitch, the nick and the standard {@code time} and
 * {@code msgid} tags from any other server. {@code /me} actions (CTCP ACTION) become their text.
 */
final class IrcChatMessages {
    private static final String ACTION_START = "\u0001ACTION ";

    private IrcChatMessages() {
    }

    static ChatMessage fromTwitch(IrcMessage line, String source, Instant receivedAt) {
        String login = line.nick();
        String displayName = line.tag("display-name");
        ChatAuthor author = new ChatAuthor(displayName.isBlank() ? login : displayName, login,
                AuthorColor.of(line.tag("color"), login), badgeNames(line.tag("badges")));
        Instant sentAt = epochMillis(line.tag("tmi-sent-ts"));
        MessageOrigin origin = "1".equals(line.tag("first-msg")) ? MessageOrigin.FIRST_IN_CHANNEL : MessageOrigin.REGULAR;
        return new ChatMessage(Platform.TWITCH, source, line.tag("id"), author, text(line), sentAt, receivedAt, origin,
                emotes(line.tag("emotes")));
    }

    static ChatMessage fromIrc(IrcMessage line, String source, Instant receivedAt) {
        ChatAuthor author = ChatAuthor.named(line.nick());
        Instant sentAt = isoInstant(line.tag("time"));
        return new ChatMessage(Platform.IRC, source, line.tag("msgid"), author, text(line), sentAt, receivedAt,
                MessageOrigin.REGULAR, List.of());
    }

    /**
     * Twitch's moderation lines: {@code CLEARMSG} (one message, by {@code target-msg-id}) and {@code CLEARCHAT} (a
     * viewer's messages when it names a login, else the whole chat).
     */
    static ModerationEvent twitchModeration(IrcMessage line, String source) {
        if (line.command().equals("CLEARMSG")) {
            return new ModerationEvent(Platform.TWITCH, source, ModerationEvent.Kind.MESSAGE_REMOVED, line.tag("target-msg-id"), "");
        }
        String login = line.params().size() > 1 ? line.trailing() : "";
        return login.isBlank()
                ? new ModerationEvent(Platform.TWITCH, source, ModerationEvent.Kind.CHAT_CLEARED, "", "")
                : new ModerationEvent(Platform.TWITCH, source, ModerationEvent.Kind.AUTHOR_REMOVED, "", login);
    }

    /** The message's text, a {@code /me} action's without its CTCP markers. */
    static String text(IrcMessage line) {
        String text = line.trailing();
        if (text.startsWith(ACTION_START)) {
            text = text.substring(ACTION_START.length());
            return text.endsWith("\u0001") ? text.substring(0, text.length() - 1) : text;
        }
        return text;
    }

    /** {@code broadcaster/1,subscriber/12} → [broadcaster, subscriber]. */
    static List<String> badgeNames(String badges) {
        List<String> names = new ArrayList<>();
        if (badges.isBlank()) {
            return names;
        }
        for (String badge : badges.split(",")) {
            int slash = badge.indexOf('/');
            String name = slash >= 0 ? badge.substring(0, slash) : badge;
            if (!name.isBlank()) {
                names.add(name);
            }
        }
        return names;
    }

    /** {@code 25:0-4,12-16/1902:6-10} → three ranges; malformed parts are skipped. */
    static List<Emote> emotes(String emotes) {
        List<Emote> ranges = new ArrayList<>();
        if (emotes.isBlank()) {
            return ranges;
        }
        for (String emote : emotes.split("/")) {
            int colon = emote.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String id = emote.substring(0, colon);
            for (String range : emote.substring(colon + 1).split(",")) {
                int dash = range.indexOf('-');
                try {
                    int start = Integer.parseInt(range.substring(0, dash));
                    int end = Integer.parseInt(range.substring(dash + 1));
                    if (start >= 0 && end >= start) {
                        ranges.add(new Emote(id, start, end));
                    }
                } catch (NumberFormatException | IndexOutOfBoundsException malformed) {
                    // a broken range is left out, the message is kept
                }
            }
        }
        return ranges;
    }

    private static Instant epochMillis(String millis) {
        try {
            return millis.isBlank() ? null : Instant.ofEpochMilli(Long.parseLong(millis));
        } catch (NumberFormatException malformed) {
            return null;
        }
    }

    private static Instant isoInstant(String time) {
        try {
            return time.isBlank() ? null : Instant.parse(time);
        } catch (DateTimeParseException malformed) {
            return null;
        }
    }
}
