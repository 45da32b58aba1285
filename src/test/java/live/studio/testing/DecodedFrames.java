package live.studio.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Every video frame of a file that actually decodes, with its time and mean brightness, read by ffprobe through the
 * {@code signalstats} filter. Works on files cut short by a crash or a full disk (it stops at the last whole frame).
 */
public final class DecodedFrames {
    /** One decoded frame: presentation time and mean luma (16 black … 235 white in limited range). */
    public record Frame(double ptsSeconds, double meanLuma) {
    }

    private DecodedFrames() {
    }

    public static List<Frame> of(Path file) {
        String graph = "movie=" + file.toAbsolutePath().toString().replace("\\", "/").replace(":", "\\\\:") + ",signalstats";
        Ffmpeg.Result result = Ffmpeg.probe(Duration.ofMinutes(2), List.of("-v", "error", "-f", "lavfi", "-i", graph,
                "-show_entries", "frame=pts_time:frame_tags=lavfi.signalstats.YAVG", "-of", "csv=p=0"));
        List<Frame> frames = new ArrayList<>();
        for (String line : result.stdoutText().split("\n")) {
            String[] fields = line.strip().split(",");
            if (fields.length == 2 && !fields[0].isEmpty() && !fields[0].equals("N/A")) {
                frames.add(new Frame(Double.parseDouble(fields[0]), Double.parseDouble(fields[1])));
            }
        }
        return frames;
    }
}
