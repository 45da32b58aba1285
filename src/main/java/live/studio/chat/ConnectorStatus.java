package live.studio.chat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A connector's health as it changes, kept in one place for every kind of connector: its state and reconnect
 * schedule, the messages it delivered and how late they came. Thread-safe; a stopped connector stays stopped.
 */
final class ConnectorStatus {
    private final String label;
    private final Platform platform;
    private ConnectorState state = ConnectorState.CONNECTING;
    private int attempt;
    private Instant nextAttemptAt;
    private Instant lastMessageAt;
    private Duration lag;
    private long messages;
    private String detail = "";

    ConnectorStatus(String label, Platform platform) {
        this.label = label;
        this.platform = platform;
    }

    synchronized ConnectorHealth health() {
        return new ConnectorHealth(label, platform, state, attempt, nextAttemptAt, lastMessageAt, lag, messages, detail);
    }

    synchronized ConnectorState state() {
        return state;
    }

    /** Moves to {@code newState}; the health to report, or empty when the connector was already stopped. */
    synchronized Optional<ConnectorHealth> set(ConnectorState newState, int newAttempt, Instant next, String newDetail) {
        if (state == ConnectorState.STOPPED) {
            return Optional.empty();
        }
        state = newState;
        attempt = newAttempt;
        nextAttemptAt = next;
        detail = newDetail;
        return Optional.of(health());
    }

    /** One more message delivered; {@code messageLag} is empty when the message did not say when it was sent. */
    synchronized void messageReceived(Instant receivedAt, Optional<Duration> messageLag) {
        messages++;
        lastMessageAt = receivedAt;
        messageLag.ifPresent(known -> lag = known);
    }

    /** Replaces the lag from what it is now (null before anything measured it). */
    synchronized void updateLag(UnaryOperator<Duration> update) {
        lag = update.apply(lag);
    }
}
