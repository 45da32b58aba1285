package live.studio.ui.main;

import java.time.Duration;
import java.util.Locale;
import java.util.stream.Collectors;
import live.studio.engine.EngineStats;
import live.studio.output.OutputStatus;

/** The status bar's words, from one second of {@link EngineStats}. */
public final class StatusText {
    static final String NO_OUTPUTS = "Off air · not recording";
    private static final double CONGESTION_SHOWN_FROM = 0.05;

    private StatusText() {
    }

    /** What the frame clock and the encoder did, e.g. "30.0 fps · dropped 0 · repeated 2 · encoder queue 1/8 · video 2987 kbps". */
    public static String engineLine(EngineStats stats) {
        String pipeline = String.format(Locale.ROOT, "%.1f fps · dropped %d · repeated %d", stats.framesPerSecond(),
                stats.droppedFrames(), stats.repeatedFrames());
        if (!stats.encoderFailure().isEmpty()) {
            return "Encoder failed: " + stats.encoderFailure() + " · " + pipeline;
        }
        if (stats.outputs().isEmpty()) {
            return pipeline + " · encoder idle";
        }
        return pipeline + String.format(Locale.ROOT, " · encoder queue %d/%d · video %.0f kbps",
                stats.encoderQueueDepth(), stats.encoderQueueCapacity(), stats.videoBitrateKbps());
    }

    /** Every destination and the recording, e.g. "YouTube: live 4500 kbps · Recording: live 4510 kbps". */
    public static String outputsLine(EngineStats stats) {
        if (stats.outputs().isEmpty()) {
            return NO_OUTPUTS;
        }
        return stats.outputs().stream().map(StatusText::outputSummary).collect(Collectors.joining(" · "));
    }

    public static String outputSummary(OutputStatus status) {
        String summary = status.summary();
        if (status.congestion() > CONGESTION_SHOWN_FROM) {
            summary += String.format(Locale.ROOT, " (network congested %.0f %%)", status.congestion() * 100);
        }
        if (status.droppedVideoPackets() > 0) {
            summary += ", " + status.droppedVideoPackets() + " video frames dropped";
        }
        return summary;
    }

    /** The summary without the name, for a row that already shows it: "live 4500 kbps". */
    public static String stateOf(OutputStatus status) {
        String summary = outputSummary(status);
        String prefix = status.name() + ": ";
        return summary.startsWith(prefix) ? summary.substring(prefix.length()) : summary;
    }

    /** A running time as H:MM:SS. */
    public static String elapsed(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        return String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
}
