package live.studio.ui.chat;

import java.time.Duration;
import java.time.Instant;
import live.studio.chat.ConnectorHealth;
import live.studio.chat.ConnectorState;
import live.studio.ui.common.Messages;

/**
 * A chat connector's health in the window's language: {@code twitch:shop connected, 120 msgs, lag 0.4 s}. The
 * connector's own detail (the last error) comes from the network and is shown as it is.
 */
final class HealthText {
    private static final Messages TEXT = Messages.of(HealthText.class);
    private static final long QUIET_AFTER_SECONDS = 60;

    private HealthText() {
    }

    static String of(ConnectorHealth health, Instant now) {
        String state = switch (health.state()) {
            case CONNECTING -> TEXT.text("health.connecting");
            case CONNECTED -> TEXT.text("health.connected");
            case RECONNECTING -> health.nextAttemptAt() == null
                    ? TEXT.text("health.reconnecting", health.attempt())
                    : TEXT.text("health.reconnecting-in", health.attempt(),
                            Math.max(0, Duration.between(now, health.nextAttemptAt()).toSeconds()));
            case FAILED -> TEXT.text("health.failed");
            case ENDED -> TEXT.text("health.ended");
            case STOPPED -> TEXT.text("health.stopped");
        };
        StringBuilder text = new StringBuilder(TEXT.text("health.summary", health.source(), state, health.messages()));
        health.lagIfKnown().ifPresent(lag -> text.append(TEXT.text("health.lag", lag.toMillis() / 1000.0)));
        if (health.lastMessageAt() != null && health.state() == ConnectorState.CONNECTED) {
            long quietSeconds = Duration.between(health.lastMessageAt(), now).toSeconds();
            if (quietSeconds >= QUIET_AFTER_SECONDS) {
                text.append(TEXT.text("health.quiet", quietSeconds / 60));
            }
        }
        if (!health.detail().isEmpty() && health.state() != ConnectorState.CONNECTED) {
            text.append(TEXT.text("health.detail", health.detail()));
        }
        return text.toString();
    }
}
