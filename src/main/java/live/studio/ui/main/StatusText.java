package live.studio.ui.main;

import java.time.Duration;
import java.util.Locale;
import java.util.stream.Collectors;
import live.studio.engine.EngineStats;
import live.studio.output.OutputStatus;
import live.studio.ui.common.Messages;

/** The status bar's words, from one second of {@link EngineStats}, in the window's language. */
public final class StatusText {
    private static final Messages TEXT = Messages.of(StatusText.class);
    private static final double CONGESTION_SHOWN_FROM = 0.05;

    private StatusText() {
    }

    /** "Off air · not recording". */
    static String noOutputs() {
        return TEXT.text("status.no-outputs");
    }

    /** What the frame clock and the encoder did, e.g. "30.0 fps · dropped 0 · repeated 2 · encoder queue 1/8 · video 2987 kbps". */
    public static String engineLine(EngineStats stats) {
        String pipeline = TEXT.text("status.pipeline", String.format(Locale.ROOT, "%.1f", stats.framesPerSecond()),
                Long.toString(stats.droppedFrames()), Long.toString(stats.repeatedFrames()));
        if (!stats.encoderFailure().isEmpty()) {
            return TEXT.text("status.encoder-failed", stats.encoderFailure()) + " · " + pipeline;
        }
        if (stats.outputs().isEmpty()) {
            return pipeline + " · " + TEXT.text("status.encoder-idle");
        }
        return pipeline + " · " + TEXT.text("status.encoder", Integer.toString(stats.encoderQueueDepth()),
                Integer.toString(stats.encoderQueueCapacity()), String.format(Locale.ROOT, "%.0f", stats.videoBitrateKbps()));
    }

    /** Every destination and the recording, e.g. "YouTube: live 4500 kbps · Recording: live 4510 kbps". */
    public static String outputsLine(EngineStats stats) {
        if (stats.outputs().isEmpty()) {
            return noOutputs();
        }
        return stats.outputs().stream().map(StatusText::outputSummary).collect(Collectors.joining(" · "));
    }

    public static String outputSummary(OutputStatus status) {
        String summary = status.name() + ": " + state(status);
        if (status.congestion() > CONGESTION_SHOWN_FROM) {
            summary += " " + TEXT.text("status.congested", String.format(Locale.ROOT, "%.0f", status.congestion() * 100));
        }
        if (status.droppedVideoPackets() > 0) {
            summary += ", " + TEXT.text("status.video-dropped", Long.toString(status.droppedVideoPackets()));
        }
        return summary;
    }

    /** The summary without the name, for a row that already shows it: "live 4500 kbps". */
    public static String stateOf(OutputStatus status) {
        String summary = outputSummary(status);
        String prefix = status.name() + ": ";
        return summary.startsWith(prefix) ? summary.substring(prefix.length()) : summary;
    }

    /** The output's state alone: "live 4500 kbps", "reconnecting in 3 s (attempt 2)", "failed: why (advice)". */
    static String state(OutputStatus status) {
        return switch (status.state()) {
            case RECONNECTING -> TEXT.text("output.reconnecting", Long.toString(reconnectSeconds(status)),
                    Integer.toString(status.reconnectAttempt()));
            case FAILED -> TEXT.text("output.failed", status.stopReason().description()
                    + (status.stopReason().advice().isEmpty() ? "" : " (" + status.stopReason().advice() + ")"));
            case LIVE -> TEXT.text("output.live", Long.toString(Math.round(status.bitrateKbps())))
                    + (status.warning().isEmpty() ? "" : " — " + status.warning());
            case IDLE -> TEXT.text("output.idle");
            case CONNECTING -> TEXT.text("output.connecting");
            case STOPPED -> TEXT.text("output.stopped");
        };
    }

    /** Seconds to the next attempt, at least 1 (a countdown that shows 0 looks stuck). */
    static long reconnectSeconds(OutputStatus status) {
        return Math.max(1, Math.round(status.nextRetryMillis() / 1000.0));
    }

    /** A running time as H:MM:SS. */
    public static String elapsed(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        return String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
}
