package live.studio.engine;

import java.util.List;
import java.util.Locale;
import live.studio.media.AudioLevels;
import live.studio.output.OutputStatus;

/**
 * Once a second: what the frame clock, the encoder and each output did.
 *
 * @param uptimeMillis          media time since start
 * @param framesPerSecond       frames the frame clock produced over the last second
 * @param renderedFrames        frames composited since start
 * @param droppedFrames         frames the encoder could not take (its queue was full) since start
 * @param repeatedFrames        ticks at which a source had no new picture, so its last one was shown again
 * @param lateTicks             ticks the frame clock started more than one frame late (the machine was busy)
 * @param encoderQueueDepth     frames waiting for the encoder now
 * @param encoderQueueCapacity  the most that may wait
 * @param encodedFrames         frames the encoder has taken since the encode started
 * @param videoBitrateKbps      what the encoder produced over the last second
 * @param encodeLatencyMillis   mean time from a frame clock tick to its packet leaving the encoder, over the last
 *                              second (what a change on the canvas takes to reach the outputs); -1 when not encoding
 * @param audioLevels           program audio, after gain and mute
 * @param outputs               destinations and the recording
 * @param encoderFailure        why the encoder stopped mid-show (every output then starves), or empty
 */
public record EngineStats(long uptimeMillis, double framesPerSecond, long renderedFrames, long droppedFrames,
                          long repeatedFrames, long lateTicks, int encoderQueueDepth, int encoderQueueCapacity,
                          long encodedFrames, double videoBitrateKbps, double encodeLatencyMillis, AudioLevels audioLevels,
                          List<OutputStatus> outputs, String encoderFailure) {

    /** One line for {@code --stats} and the status bar. */
    public String statusLine() {
        StringBuilder line = new StringBuilder(encoderFailure.isEmpty() ? "" : "ENCODER FAILED: " + encoderFailure + " | ");
        line.append(String.format(Locale.ROOT,
                "%s fps %.1f | dropped %d | repeated %d | late %d | encoder queue %d/%d | video %.0f kbps | audio peak %.0f dBFS",
                formatUptime(uptimeMillis), framesPerSecond, droppedFrames, repeatedFrames, lateTicks,
                encoderQueueDepth, encoderQueueCapacity, videoBitrateKbps, audioLevels.peakDbfs()));
        if (encodeLatencyMillis >= 0) {
            line.append(String.format(Locale.ROOT, " | latency %.0f ms", encodeLatencyMillis));
        }
        for (OutputStatus output : outputs) {
            line.append(" | ").append(output.summary());
            if (output.congestion() > 0.05) {
                line.append(String.format(Locale.ROOT, " congestion %.2f", output.congestion()));
            }
            if (output.droppedVideoPackets() > 0) {
                line.append(" dropped ").append(output.droppedVideoPackets()).append(" video");
            }
        }
        return line.toString();
    }

    static String formatUptime(long millis) {
        long seconds = millis / 1000;
        return String.format(Locale.ROOT, "%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
}
