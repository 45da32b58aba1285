package live.studio.chat;

/**
 * What a connector reports, called on the connector's own thread: keep it quick (hand messages on, never block).
 */
public interface ChatListener {
    void onMessage(ChatMessage message);

    void onHealth(ConnectorHealth health);
}
