package live.studio.testing;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.ShortBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures A/V sync in a recording of the studio's test source, which once a second shows one full white frame and
 * starts a loud 1 kHz beep of 50 ms at the same moment. Finds the start of every flash (first frame whose mean luma is
 * near white after one that is not) and of every beep (first sample above half full scale after at least
 * {@value #QUIET_BEFORE_BEEP_MS} ms below it), pairs each flash with the nearest beep within half a second, and
 * reports the offsets.
 *
 * <p>Offset sign: beep time minus flash time, so a positive offset means the sound comes late. Both decodes use the
 * file's own timestamps ({@code -copyts}), and the audio is placed on that time line from 0 ({@code aresample
 * first_pts=0}), so the results hold whatever the streams' start times.
 */
public final class AvSyncAnalyzer {
    /** Mean luma (0-255) above which a frame counts as white: limited-range white is 235, the pattern stays far below. */
    static final double WHITE_LUMA = 200;
    /** |sample| above this fraction of full scale is the beep; the quiet 440 Hz tone under it is far below. */
    static final double BEEP_LEVEL = 0.5;
    static final int QUIET_BEFORE_BEEP_MS = 200;
    static final double PAIRING_WINDOW_MS = 500;
    private static final int SAMPLE_RATE = 48_000;
    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    private AvSyncAnalyzer() {
    }

    /**
     * @param offsetsMs      one offset per flash that had a beep within half a second, in time order
     * @param medianOffsetMs the median of those (NaN when there are none)
     * @param maxAbsOffsetMs the largest absolute offset (NaN when there are none)
     */
    public record AvSyncReport(List<Double> offsetsMs, double medianOffsetMs, double maxAbsOffsetMs, int flashCount,
                               int beepCount) {
    }

    public static AvSyncReport analyze(Path file) {
        List<Double> flashes = flashTimesSeconds(file);
        List<Double> beeps = beepTimesSeconds(file);
        return report(flashes, beeps);
    }

    static AvSyncReport report(List<Double> flashes, List<Double> beeps) {
        var offsets = new ArrayList<Double>();
        for (double flash : flashes) {
            double best = Double.NaN;
            for (double beep : beeps) {
                double offsetMs = (beep - flash) * 1000;
                if (Math.abs(offsetMs) <= PAIRING_WINDOW_MS && (Double.isNaN(best) || Math.abs(offsetMs) < Math.abs(best))) {
                    best = offsetMs;
                }
            }
            if (!Double.isNaN(best)) {
                offsets.add(best);
            }
        }
        double median = Double.NaN;
        double maxAbs = Double.NaN;
        if (!offsets.isEmpty()) {
            var sorted = offsets.stream().sorted().toList();
            int middle = sorted.size() / 2;
            median = sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
            maxAbs = offsets.stream().mapToDouble(Math::abs).max().orElseThrow();
        }
        return new AvSyncReport(List.copyOf(offsets), median, maxAbs, flashes.size(), beeps.size());
    }

    /** Start times of the white flashes, in the file's time line. */
    public static List<Double> flashTimesSeconds(Path file) {
        // metadata=print:file=- writes "frame:N pts:P pts_time:T" then "lavfi.signalstats.YAVG=V" per frame.
        var result = Ffmpeg.run(TIMEOUT, "-v", "error", "-copyts", "-i", file.toString(), "-an", "-sn",
                "-vf", "scale=160:90,signalstats,metadata=mode=print:key=lavfi.signalstats.YAVG:file=-",
                "-f", "null", "-").requireSuccess();
        var flashes = new ArrayList<Double>();
        double frameTime = Double.NaN;
        boolean previousWhite = false;
        for (String line : result.stdoutText().split("\n")) {
            line = line.strip();
            if (line.startsWith("frame:")) {
                int at = line.indexOf("pts_time:");
                frameTime = at < 0 ? Double.NaN : Double.parseDouble(line.substring(at + "pts_time:".length()).strip());
            } else if (line.startsWith("lavfi.signalstats.YAVG=")) {
                double luma = Double.parseDouble(line.substring(line.indexOf('=') + 1));
                boolean white = luma > WHITE_LUMA;
                if (white && !previousWhite && !Double.isNaN(frameTime)) {
                    flashes.add(frameTime);
                }
                previousWhite = white;
            }
        }
        return List.copyOf(flashes);
    }

    /** Start times of the loud beeps, in the file's time line. */
    public static List<Double> beepTimesSeconds(Path file) {
        var result = Ffmpeg.run(TIMEOUT, "-v", "error", "-copyts", "-i", file.toString(), "-vn", "-sn",
                "-af", "aresample=" + SAMPLE_RATE + ":first_pts=0", "-ac", "1", "-ar", String.valueOf(SAMPLE_RATE),
                "-f", "s16le", "-acodec", "pcm_s16le", "-").requireSuccess();
        ShortBuffer samples = ByteBuffer.wrap(result.stdout()).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer();
        int threshold = (int) (BEEP_LEVEL * Short.MAX_VALUE);
        int quietNeeded = SAMPLE_RATE * QUIET_BEFORE_BEEP_MS / 1000;
        int quietRun = quietNeeded; // the file's start counts as quiet
        var beeps = new ArrayList<Double>();
        for (int i = 0; i < samples.limit(); i++) {
            if (Math.abs(samples.get(i)) > threshold) {
                if (quietRun >= quietNeeded) {
                    beeps.add((double) i / SAMPLE_RATE);
                }
                quietRun = 0;
            } else {
                quietRun++;
            }
        }
        return List.copyOf(beeps);
    }
}
