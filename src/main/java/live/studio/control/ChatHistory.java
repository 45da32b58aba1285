package live.studio.control;

import java.util.List;

/**
 * The chat messages the studio has received, for {@code GET /api/v1/chat/messages}. The chat feed implements it; with
 * none connected the API answers an empty list and {@code "chat": "not connected"}.
 */
public interface ChatHistory {

    /** Up to {@code limit} messages with an id above {@code afterId}, oldest first. */
    List<ChatMessage> messagesAfter(long afterId, int limit);
}
