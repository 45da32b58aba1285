package live.studio.chat;

import java.util.Objects;

/**
 * A platform's moderators removed something: one message (Twitch CLEARMSG, YouTube messageDeletedEvent), everything a
 * viewer wrote (Twitch CLEARCHAT for a user, a timeout or ban; YouTube userBannedEvent) or the whole chat (CLEARCHAT).
 * The window hides what was removed, and takes it off the screen if it was pinned.
 *
 * @param messageId the platform's id of the removed message, for {@link Kind#MESSAGE_REMOVED}; else ""
 * @param authorId  the removed viewer's id (Twitch login, YouTube channel id), for {@link Kind#AUTHOR_REMOVED}; else ""
 */
public record ModerationEvent(Platform platform, String source, Kind kind, String messageId, String authorId) {
    public enum Kind {
        MESSAGE_REMOVED, AUTHOR_REMOVED, CHAT_CLEARED
    }

    public ModerationEvent {
        Objects.requireNonNull(platform);
        Objects.requireNonNull(kind);
        source = source == null ? "" : source;
        messageId = messageId == null ? "" : messageId;
        authorId = authorId == null ? "" : authorId;
    }

    /** Whether {@code message} is among what this event removes. */
    public boolean removes(ChatMessage message) {
        if (message.platform() != platform) {
            return false;
        }
        return switch (kind) {
            case MESSAGE_REMOVED -> !messageId.isEmpty() && messageId.equals(message.sourceId());
            case AUTHOR_REMOVED -> !authorId.isEmpty() && authorId.equalsIgnoreCase(message.author().id());
            case CHAT_CLEARED -> source.equals(message.source());
        };
    }
}
