package live.studio.chat;

import java.util.List;
import java.util.Objects;
import live.studio.text.SafeText;

/**
 * Who wrote a message, cleaned: the name as shown, the platform's stable id (login, channel id, nick) for hiding a
 * user, the name colour and the badges (broadcaster, moderator, subscriber...).
 */
public record ChatAuthor(String displayName, String id, AuthorColor color, List<String> badges) {
    public static final int MAX_NAME_GRAPHEMES = 40;
    public static final int MAX_ID_LENGTH = 64;
    public static final int MAX_BADGES = 6;
    private static final int MAX_BADGE_GRAPHEMES = 24;

    public ChatAuthor {
        String cleanId = SafeText.singleLine(id, MAX_ID_LENGTH);
        String cleanName = SafeText.singleLine(displayName, MAX_NAME_GRAPHEMES);
        displayName = cleanName.isEmpty() ? (cleanId.isEmpty() ? "anonymous" : SafeText.singleLine(cleanId, MAX_NAME_GRAPHEMES)) : cleanName;
        id = cleanId.isEmpty() ? displayName : cleanId;
        color = color == null ? AuthorColor.forName(displayName) : color;
        badges = badges == null ? List.of() : badges.stream().filter(Objects::nonNull)
                .map(badge -> SafeText.singleLine(badge, MAX_BADGE_GRAPHEMES)).filter(badge -> !badge.isEmpty())
                .limit(MAX_BADGES).toList();
    }

    /** An author known only by a name (IRC nick, YouTube display name) with the name's colour. */
    public static ChatAuthor named(String name) {
        return new ChatAuthor(name, name, null, List.of());
    }
}
