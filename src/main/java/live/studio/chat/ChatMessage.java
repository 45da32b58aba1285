package live.studio.chat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import live.studio.text.SafeText;
import live.studio.text.TextLimits;

/**
 * One viewer message as a connector received it, already safe to show: every text field goes through
 * {@link SafeText} here, in the constructor, so no message can exist uncleaned whichever connector made it.
 *
 * @param platform     where it was written
 * @param source       the {@code --chat} source it came through, e.g. {@code twitch:shop} (the connector's label)
 * @param sourceId     the platform's id for the message (Twitch {@code id}, YouTube id), empty when it has none;
 *                     the feed drops a second message with the same platform and id
 * @param author       who wrote it
 * @param text         the message, one line, at most {@link #MAX_TEXT_GRAPHEMES} graphemes
 * @param sentAt       when the platform says it was sent (its own timestamp), else when it was received
 * @param receivedAt   when the connector read it
 * @param origin       whether it is the viewer's first message in this channel (Twitch {@code first-msg})
 * @param emotes       emote positions within {@code text}, kept only when they fit in it
 */
public record ChatMessage(Platform platform, String source, String sourceId, ChatAuthor author, String text,
                          Instant sentAt, Instant receivedAt, MessageOrigin origin, List<Emote> emotes) {
    public static final int MAX_TEXT_GRAPHEMES = 500;
    /** One line: a chat message is a line, and CR/LF in one (YouTube allows them) must not make it several. */
    public static final TextLimits TEXT_LIMITS = new TextLimits(MAX_TEXT_GRAPHEMES, 1, TextLimits.DEFAULT_COMBINING_MARKS);
    private static final int MAX_SOURCE_ID_LENGTH = 128;
    private static final int MAX_SOURCE_LABEL_LENGTH = 200;

    public ChatMessage {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(receivedAt, "receivedAt");
        source = SafeText.singleLine(source, MAX_SOURCE_LABEL_LENGTH);
        sourceId = SafeText.singleLine(sourceId, MAX_SOURCE_ID_LENGTH);
        text = SafeText.clean(text, TEXT_LIMITS);
        sentAt = sentAt == null ? receivedAt : sentAt;
        origin = origin == null ? MessageOrigin.REGULAR : origin;
        int length = text.codePointCount(0, text.length());
        emotes = emotes == null ? List.of() : emotes.stream().filter(Objects::nonNull).filter(emote -> emote.end() < length).toList();
    }

    /** How long the message took from the platform to the studio; zero when clocks disagree the other way. */
    public Duration lag() {
        Duration lag = Duration.between(sentAt, receivedAt);
        return lag.isNegative() ? Duration.ZERO : lag;
    }

    /** One printable line: {@code [YT youtube:abc] Name: text}. Every part is already clean. */
    public String displayLine() {
        return "[" + platform.badge() + " " + source + "] " + author.displayName() + ": " + text;
    }
}
