package live.studio.output;

/** Why an output stopped or is reconnecting, with what the host should do about it. */
public enum StopReason {
    NONE("", ""),
    REQUESTED("stopped by the operator", ""),
    HOST_NOT_FOUND("the server's host name does not resolve", "check the server URL"),
    CONNECTION_REFUSED("nothing accepts connections at that address and port", "check the server URL and port; is the server up?"),
    TIMED_OUT("the server did not answer in time", "check the network, or the server may be frozen"),
    REJECTED("the server refused the stream key", "check the stream key (the end of the destination URL) and the application name before it; a refused key is not retried"),
    CONNECTION_LOST("the connection broke", "the studio reconnects by itself"),
    TLS_FAILED("the secure (rtmps) connection could not be set up", "check the URL (rtmps:// and port 443)"),
    DISK_ERROR("the recording could not be written", "check the folder's permissions and that the disk is connected"),
    DISK_FULL("the recording's disk is full",
            "free some space (or choose a recordings folder on another disk) and start recording again; "
                    + "the file recorded so far plays, and the stream goes on"),
    ENCODER_ERROR("the encoder failed", "try another encoder in the settings"),
    UNKNOWN_ERROR("an unexpected error", "see the log");

    private final String description;
    private final String advice;

    StopReason(String description, String advice) {
        this.description = description;
        this.advice = advice;
    }

    public String description() {
        return description;
    }

    public String advice() {
        return advice;
    }

    /** Faults a retry can cure; the others need the operator. */
    public boolean isRetryable() {
        return this == CONNECTION_LOST || this == TIMED_OUT || this == CONNECTION_REFUSED || this == UNKNOWN_ERROR;
    }
}
