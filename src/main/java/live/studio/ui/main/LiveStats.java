package live.studio.ui.main;

import java.util.List;
import java.util.Locale;
import live.studio.engine.EngineStats;
import live.studio.output.OutputStatus;

/**
 * The stats bar's five figures from one second of {@link EngineStats} and the process's CPU load, each with how it
 * should look. The thresholds are where a viewer starts to notice (frames) or a stream starts to suffer (network).
 *
 * @param framesPerSecond  frames the clock produced over the last second
 * @param droppedFrames    frames the encoder could not take, since start
 * @param cpuLoad          0 to 1 for the whole process, -1 unknown
 * @param bitrateKbps      what every destination sent over the last second, summed (the recording left out)
 * @param worstCongestion  the most congested destination, 0 to 1
 */
public record LiveStats(double framesPerSecond, StatLevel framesLevel, long droppedFrames, StatLevel droppedLevel,
                        double cpuLoad, StatLevel cpuLevel, double bitrateKbps, double worstCongestion,
                        StatLevel congestionLevel) {
    /** The name the engine gives the recording's output. */
    static final String RECORDING_OUTPUT = "Recording";

    public static LiveStats of(EngineStats stats, double targetFps, long droppedBefore, double cpuLoad) {
        List<OutputStatus> destinations = stats.outputs().stream()
                .filter(output -> !output.name().equals(RECORDING_OUTPUT)).toList();
        double bitrate = destinations.stream().filter(output -> output.state().isActive())
                .mapToDouble(OutputStatus::bitrateKbps).sum();
        double congestion = destinations.stream().filter(output -> output.state().isActive())
                .mapToDouble(OutputStatus::congestion).max().orElse(0);
        double fps = stats.framesPerSecond();
        StatLevel framesLevel = fps < targetFps * 0.8 ? StatLevel.BAD : fps < targetFps * 0.95 ? StatLevel.WARNING : StatLevel.OK;
        // Dropping now is a problem; having dropped a few earlier is worth a glance.
        StatLevel droppedLevel = stats.droppedFrames() > droppedBefore ? StatLevel.BAD
                : stats.droppedFrames() > 0 ? StatLevel.WARNING : StatLevel.OK;
        StatLevel cpuLevel = cpuLoad >= 0.9 ? StatLevel.BAD : cpuLoad >= 0.7 ? StatLevel.WARNING : StatLevel.OK;
        StatLevel congestionLevel = congestion >= 0.6 ? StatLevel.BAD : congestion >= 0.25 ? StatLevel.WARNING : StatLevel.OK;
        return new LiveStats(fps, framesLevel, stats.droppedFrames(), droppedLevel, cpuLoad, cpuLevel, bitrate,
                congestion, congestionLevel);
    }

    public String framesText() {
        return String.format(Locale.ROOT, "%.1f fps", framesPerSecond);
    }

    public String bitrateText() {
        return String.format(Locale.ROOT, "%.0f kbps", bitrateKbps);
    }

    /** "43 %"; "–" when unknown. */
    public String cpuText() {
        return cpuLoad < 0 ? "–" : String.format(Locale.ROOT, "%.0f %%", cpuLoad * 100);
    }

    public String congestionText() {
        return String.format(Locale.ROOT, "%.0f %%", worstCongestion * 100);
    }
}
