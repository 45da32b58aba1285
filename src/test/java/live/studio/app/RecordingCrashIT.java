package live.studio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import live.studio.testing.DecodedFrames;
import live.studio.testing.Probe;
import live.studio.testing.TestOutput;
import org.junit.jupiter.api.Test;

/**
 * The studio killed with SIGKILL while recording, 20 times at random moments: every file is readable and plays up to
 * at most 2 s before the kill.
 *
 * <p>The studio says the wall-clock time of the recording's first frame (its time zero); the last decodable frame's
 * wall time is that plus its timestamp. The test checks that claim against the picture itself: the test pattern
 * flashes white on the first frame of each wall-clock second ({@code TestSignal}), so every flash must sit at a
 * whole second of the wall clock on that timeline (within a tenth of a second: a busy frame clock may show the
 * source's flash a frame or two early or late).
 */
class RecordingCrashIT {
    private static final int KILLS = 20;
    private static final double MAX_SECONDS_LOST = 2.0;
    private static final double WHITE_LUMA = 200;
    private static final long FLASH_TOLERANCE_MILLIS = 100;

    record Kill(int run, double secondsRecorded, double secondsLost, int frames) {
    }

    @Test
    void aKilledStudioLeavesARecordingThatPlaysUpToTwoSecondsBeforeTheKill() throws Exception {
        Path directory = TestOutput.newDirectory("recording-crash");
        long seed = System.nanoTime();
        Random random = new Random(seed);
        List<Kill> kills = new ArrayList<>();
        for (int run = 1; run <= KILLS; run++) {
            long delayMillis = 3000 + random.nextInt(9001);
            kills.add(recordAndKill(directory, run, delayMillis));
            Files.writeString(directory.resolve("kills.txt"), kills.getLast() + "\n", java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        }
        double[] lost = kills.stream().mapToDouble(Kill::secondsLost).sorted().toArray();
        String summary = String.format(Locale.ROOT, "seed %d; seconds lost over %d kills: median %.2f, max %.2f; %s",
                seed, KILLS, lost[lost.length / 2], lost[lost.length - 1], kills);
        System.out.println("RecordingCrashIT: " + summary);
        Files.writeString(directory.resolve("summary.txt"), summary + "\n");
        assertThat(kills).as(summary).allSatisfy(kill -> assertThat(kill.secondsLost()).isLessThanOrEqualTo(MAX_SECONDS_LOST));
    }

    private Kill recordAndKill(Path directory, int run, long delayMillis) throws Exception {
        Path recording = directory.resolve(String.format(Locale.ROOT, "crash-%02d.mkv", run));
        Path log = directory.resolve(String.format(Locale.ROOT, "crash-%02d.log", run));
        String java = ProcessHandle.current().info().command().orElse("java");
        Process studio = new ProcessBuilder(List.of(java, "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "live", "--headless", "--size", "640x360",
                "--record", recording.toString()))
                .redirectErrorStream(true)
                .start();
        CompletableFuture<Long> firstFrameEpochMillis = new CompletableFuture<>();
        Thread reader = Thread.ofVirtual().start(() -> readLog(studio, log, firstFrameEpochMillis));
        long killedAtEpochMillis;
        long origin;
        try {
            origin = firstFrameEpochMillis.get(60, TimeUnit.SECONDS);
            Thread.sleep(Math.max(0, origin + delayMillis - System.currentTimeMillis()));
            killedAtEpochMillis = System.currentTimeMillis();
            studio.destroyForcibly(); // SIGKILL: no shutdown hook, no trailer
            assertThat(studio.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            studio.destroyForcibly();
            reader.join(Duration.ofSeconds(10));
        }
        assertThat(studio.exitValue()).as("killed by SIGKILL: " + Files.readString(log)).isEqualTo(137);

        // Readable: ffprobe lists its streams and packets without an error exit.
        Probe probe = Probe.of(recording);
        assertThat(probe.video()).as(recording.toString()).isPresent();
        assertThat(probe.audio()).as(recording.toString()).isPresent();

        List<DecodedFrames.Frame> frames = DecodedFrames.of(recording);
        assertThat(frames).as("decodable frames in " + recording).hasSizeGreaterThan(30);
        List<Double> flashes = frames.stream().filter(frame -> frame.meanLuma() > WHITE_LUMA)
                .map(DecodedFrames.Frame::ptsSeconds).toList();
        assertThat(flashes).as("white flashes, one a second, in " + recording).isNotEmpty();
        double previousWhite = -1;
        for (double flashPts : flashes) {
            boolean repeated = flashPts - previousWhite < 0.05; // the frame clock showed the white picture twice
            previousWhite = flashPts;
            if (repeated) {
                continue;
            }
            long flashEpochMillis = origin + Math.round(flashPts * 1000);
            long fromTheSecond = Math.floorMod(flashEpochMillis + 500, 1000L) - 500;
            // A busy frame clock may pick the source's flash a frame or two early or late: a tenth of a second.
            assertThat(fromTheSecond).as("the flash at %.3f s of %s sits at a wall-clock second", flashPts, recording)
                    .isBetween(-FLASH_TOLERANCE_MILLIS, FLASH_TOLERANCE_MILLIS);
        }
        double lastFramePts = frames.getLast().ptsSeconds();
        double lost = (killedAtEpochMillis - origin) / 1000.0 - lastFramePts;
        return new Kill(run, Math.round(lastFramePts * 100) / 100.0, Math.round(lost * 100) / 100.0, frames.size());
    }

    /** Keeps the child's output in a file and reads the wall-clock time of the recording's first frame. */
    private static void readLog(Process studio, Path log, CompletableFuture<Long> firstFrameEpochMillis) {
        String said = "Recording's first frame was made at ";
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(studio.getInputStream(), StandardCharsets.UTF_8));
             Writer out = Files.newBufferedWriter(log)) {
            String line;
            while ((line = lines.readLine()) != null) {
                int at = line.indexOf(said);
                if (at >= 0) {
                    firstFrameEpochMillis.complete(Instant.parse(line.substring(at + said.length()).strip()).toEpochMilli());
                }
                out.write(line);
                out.write('\n');
                out.flush();
            }
        } catch (IOException e) {
            // the process was killed
        } finally {
            firstFrameEpochMillis.completeExceptionally(new IllegalStateException("the studio ended before recording: see " + log));
        }
    }
}
