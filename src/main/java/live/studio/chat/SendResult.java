package live.studio.chat;

/** What became of a message the studio tried to send into a chat. */
public enum SendResult {
    SENT,
    /** Reading only: no token, no OAuth, or the source cannot send. */
    NOT_CONFIGURED,
    /** Not connected at the moment. */
    NOT_CONNECTED,
    /** The platform's rate limit would be exceeded: not sent. */
    RATE_LIMITED,
    /** Empty after cleaning, or the write failed. */
    REJECTED
}
