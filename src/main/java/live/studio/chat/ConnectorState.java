package live.studio.chat;

/** Where a chat connector is in its life. */
public enum ConnectorState {
    /** First connection under way. */
    CONNECTING,
    /** Joined and reading. */
    CONNECTED,
    /** Lost or refused; the next attempt is scheduled ({@link ConnectorHealth#attempt()}, {@link ConnectorHealth#nextAttemptAt()}). */
    RECONNECTING,
    /** Cannot work as configured (wrong token or key, no such video or channel): not retried. */
    FAILED,
    /** The chat is over (YouTube says the live chat has ended). */
    ENDED,
    /** Stopped by the studio. */
    STOPPED;

    public boolean isActive() {
        return this == CONNECTING || this == CONNECTED || this == RECONNECTING;
    }
}
