package live.studio.output;

/** A muxer that could not open or write, classified for the state machine. */
public class MuxerException extends Exception {
    private final StopReason reason;

    public MuxerException(StopReason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public StopReason reason() {
        return reason;
    }
}
