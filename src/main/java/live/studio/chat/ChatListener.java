package live.studio.chat;

/**
 * What a connector reports, called on the connector's own thread: keep it quick (hand messages on, never block).
 */
public interface ChatListener {
    void onMessage(ChatMessage message);

    void onHealth(ConnectorHealth health);

    /** The platform's moderators removed a message, a viewer's messages or the whole chat. */
    default void onModeration(ModerationEvent event) {
    }
}
