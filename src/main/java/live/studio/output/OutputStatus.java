package live.studio.output;

/**
 * A snapshot of one output for the stats line, the window and (later) the API.
 *
 * @param name              destination name or "Recording"
 * @param target            redacted URL or file path
 * @param state             where it is in its life
 * @param stopReason        why it stopped or is reconnecting; NONE otherwise
 * @param detail            the error text (redacted), or empty
 * @param bitrateKbps       what it sent over the last second
 * @param congestion        0 (queue empty) to 1 (queue full)
 * @param droppedVideoPackets video packets dropped for congestion since start
 * @param reconnectAttempt  1, 2, ... while reconnecting; 0 otherwise
 * @param nextRetryMillis   time to the next attempt while reconnecting; 0 otherwise
 * @param writtenBytes      total bytes written
 * @param warning           a problem coming that the host should act on while it still works (the recording's disk
 *                          filling up), or empty
 */
public record OutputStatus(String name, String target, OutputState state, StopReason stopReason, String detail,
                           double bitrateKbps, double congestion, long droppedVideoPackets, int reconnectAttempt,
                           long nextRetryMillis, long writtenBytes, String warning) {

    /** A status with no warning. */
    public OutputStatus(String name, String target, OutputState state, StopReason stopReason, String detail,
                        double bitrateKbps, double congestion, long droppedVideoPackets, int reconnectAttempt,
                        long nextRetryMillis, long writtenBytes) {
        this(name, target, state, stopReason, detail, bitrateKbps, congestion, droppedVideoPackets, reconnectAttempt,
                nextRetryMillis, writtenBytes, "");
    }

    public String summary() {
        return switch (state) {
            case RECONNECTING -> name + ": reconnecting in " + Math.max(1, Math.round(nextRetryMillis / 1000.0)) + " s (attempt " + reconnectAttempt + ")";
            case FAILED -> name + ": failed: " + stopReason.description() + (stopReason.advice().isEmpty() ? "" : " (" + stopReason.advice() + ")");
            case LIVE -> name + ": live " + Math.round(bitrateKbps) + " kbps" + (warning.isEmpty() ? "" : " — " + warning);
            default -> name + ": " + state.name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
