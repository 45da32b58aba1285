package live.studio.chat;

import java.util.Objects;

/**
 * A message in the feed: its feed id (increasing from 1, the cursor of {@link ChatFeed#after}), the message and
 * what the studio noticed in it.
 */
public record FeedMessage(long id, ChatMessage message, MessageSignals signals) {
    public FeedMessage {
        if (id < 1) {
            throw new IllegalArgumentException("feed ids start at 1: " + id);
        }
        Objects.requireNonNull(message);
        Objects.requireNonNull(signals);
    }
}
