package live.studio.output;

/** The life of one output (a destination or the recording). */
public enum OutputState {
    IDLE, CONNECTING, LIVE, RECONNECTING, STOPPED, FAILED;

    public boolean isActive() {
        return this == CONNECTING || this == LIVE || this == RECONNECTING;
    }
}
