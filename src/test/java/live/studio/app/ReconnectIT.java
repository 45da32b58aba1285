package live.studio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import live.studio.testing.Ffmpeg;
import live.studio.testing.FfmpegRtmpIngest;
import live.studio.testing.Ports;
import live.studio.testing.Probe;
import live.studio.testing.TestOutput;
import org.junit.jupiter.api.Test;

/**
 * A live stream whose ingest dies comes back by itself when the ingest returns, on a fresh keyframe, live (not
 * replaying the seconds it was away), while the recording never notices.
 */
class ReconnectIT {

    @Test
    void aStreamReconnectsWhenItsIngestComesBackAndReturnsToLive() throws Exception {
        Path directory = TestOutput.newDirectory("reconnect");
        Path recording = directory.resolve("show.mkv");
        Path second = directory.resolve("second.flv");
        FfmpegRtmpIngest first = FfmpegRtmpIngest.start(directory, "reconnect-key").awaitListening();
        int port = first.port();
        Process[] returned = new Process[1];
        double[] secondsBackOnAir = new double[1];
        long[] returnedAtNanos = new long[1];
        Thread outage = Thread.ofPlatform().start(() -> {
            try {
                Thread.sleep(4000);
                first.kill();
                Thread.sleep(5000);
                returned[0] = Ffmpeg.start(List.of("-hide_banner", "-nostdin", "-listen", "1", "-i",
                        "rtmp://127.0.0.1:" + port + "/live/reconnect-key", "-c", "copy", "-f", "flv", "-y", second.toString()),
                        directory.resolve("second.log"));
                Ports.awaitListening(port, Duration.ofSeconds(20), () -> returned[0].isAlive());
                returnedAtNanos[0] = System.nanoTime();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            StudioCommand run = StudioCommand.run("live", "--headless", "--size", "640x360", "--stats",
                    "--output", first.url(), "--record", recording.toString(), "--duration", "18");
            long endedAtNanos = System.nanoTime();
            outage.join();
            secondsBackOnAir[0] = (endedAtNanos - returnedAtNanos[0]) / 1e9;
            assertThat(run.err()).contains("destination 1 lost").contains("reconnecting");
            assertThat(run.out()).contains("reconnecting in");
            assertThat(run.err().lastIndexOf("destination 1 is live")).as(run.err())
                    .isGreaterThan(run.err().indexOf("destination 1 lost"));
            assertThat(run.exitCode()).as(run.err()).isZero();
        } finally {
            first.close();
        }
        Process ingest = returned[0];
        assertThat(ingest.waitFor(30, TimeUnit.SECONDS)).isTrue();
        Probe back = Probe.of(second);
        // Back within a retry of the ingest's return (the schedule reaches about 3.4 s between attempts by then), and
        // live from there: at most the time the ingest was back plus one keyframe interval (the stream restarts on the
        // newest keyframe, up to 2 s old). Replaying the queued backlog would add the ~4 s the queue holds.
        assertThat(back.durationSeconds()).isBetween(secondsBackOnAir[0] - 5.5, secondsBackOnAir[0] + 2.1);
        assertThat(back.keyframeTimesSeconds().getFirst()).isLessThan(0.05);
        assertThat(Probe.of(recording).durationSeconds()).isGreaterThan(16.5);
        assertThat(Files.size(recording)).isPositive();
    }
}
