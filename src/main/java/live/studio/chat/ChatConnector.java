package live.studio.chat;

/**
 * Reads one chat (a Twitch channel, a YouTube live chat, an IRC channel) on its own named thread, reconnecting on its
 * own, and reports messages and health to a {@link ChatListener}. More platforms plug in by implementing this.
 */
public interface ChatConnector extends AutoCloseable {

    /** The source it reads, e.g. {@code twitch:shop}. */
    String label();

    Platform platform();

    /** Starts the connector's thread; returns at once. A connector starts once. */
    void start(ChatListener listener);

    /** The latest health (also reported to the listener whenever it changes). */
    ConnectorHealth health();

    /** Whether {@link #send} can work: a token or OAuth was given. */
    SendCapability sendCapability();

    /** Sends one line into the chat, cleaned to one line with CR/LF removed, within the platform's rate limit. */
    SendResult send(String text);

    /** Stops the thread and closes the connection; waits briefly for the thread to end. */
    void stop();

    @Override
    default void close() {
        stop();
    }
}
