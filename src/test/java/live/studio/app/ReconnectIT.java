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
        Thread outage = Thread.ofPlatform().start(() -> {
            try {
                Thread.sleep(4000);
                first.kill();
                Thread.sleep(2500);
                returned[0] = Ffmpeg.start(List.of("-hide_banner", "-nostdin", "-listen", "1", "-i",
                        "rtmp://127.0.0.1:" + port + "/live/reconnect-key", "-c", "copy", "-f", "flv", "-y", second.toString()),
                        directory.resolve("second.log"));
                Ports.awaitListening(port, Duration.ofSeconds(20), () -> returned[0].isAlive());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            StudioCommand run = StudioCommand.run("live", "--headless", "--size", "640x360", "--stats",
                    "--output", first.url(), "--record", recording.toString(), "--duration", "16");
            outage.join();
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
        // back within a few seconds of the ingest's return, and live from there: about the rest of the run, not more
        assertThat(back.durationSeconds()).isBetween(4.0, 10.0);
        assertThat(back.keyframeTimesSeconds().getFirst()).isLessThan(0.05);
        assertThat(Probe.of(recording).durationSeconds()).isGreaterThan(14.5);
        assertThat(Files.size(recording)).isPositive();
    }
}
