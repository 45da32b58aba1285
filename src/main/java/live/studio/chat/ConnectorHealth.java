package live.studio.chat;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * A connector's health at one moment: its state, the reconnect attempt and when the next one starts, when the last
 * message came and how far behind the platform it was, and a short detail (the last error, never a key or token).
 *
 * @param attempt       reconnect attempts since the last successful connection (0 while connected)
 * @param nextAttemptAt when the next attempt starts, while reconnecting; else null
 * @param lastMessageAt when the last message arrived, or null before the first
 * @param lag           the platform-to-studio delay of the last message (or the server's round trip where messages
 *                      carry no time), or null when unknown
 * @param messages      messages received since the connector started
 */
public record ConnectorHealth(String source, Platform platform, ConnectorState state, int attempt, Instant nextAttemptAt,
                              Instant lastMessageAt, Duration lag, long messages, String detail) {

    public ConnectorHealth {
        detail = detail == null ? "" : live.studio.output.SecretRedactor.redact(detail);
    }

    public static ConnectorHealth starting(String source, Platform platform) {
        return new ConnectorHealth(source, platform, ConnectorState.CONNECTING, 0, null, null, null, 0, "");
    }

    public Optional<Duration> lagIfKnown() {
        return Optional.ofNullable(lag);
    }

    /** One short phrase for the status line: {@code twitch:shop connected, 120 msgs, lag 0.4 s}. */
    public String summary(Instant now) {
        StringBuilder text = new StringBuilder(source).append(' ');
        switch (state) {
            case CONNECTING -> text.append("connecting");
            case CONNECTED -> text.append("connected");
            case RECONNECTING -> {
                text.append("reconnecting (attempt ").append(attempt);
                if (nextAttemptAt != null) {
                    long seconds = Math.max(0, Duration.between(now, nextAttemptAt).toSeconds());
                    text.append(", next in ").append(seconds).append(" s");
                }
                text.append(')');
            }
            case FAILED -> text.append("failed");
            case ENDED -> text.append("ended");
            case STOPPED -> text.append("stopped");
        }
        text.append(", ").append(messages).append(messages == 1 ? " msg" : " msgs");
        if (lag != null) {
            text.append(String.format(Locale.ROOT, ", lag %.1f s", lag.toMillis() / 1000.0));
        }
        if (lastMessageAt != null && state == ConnectorState.CONNECTED) {
            long quietSeconds = Duration.between(lastMessageAt, now).toSeconds();
            if (quietSeconds >= 60) {
                text.append(", quiet ").append(quietSeconds / 60).append(" min");
            }
        }
        if (!detail.isEmpty() && state != ConnectorState.CONNECTED) {
            text.append(": ").append(detail);
        }
        return text.toString();
    }
}
