package live.studio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import live.studio.testing.NginxRtmpServer;
import live.studio.testing.Probe;
import live.studio.testing.RequiredTool;
import live.studio.testing.TestOutput;
import org.junit.jupiter.api.Test;

/**
 * A live stream whose ingest dies comes back by itself when the ingest returns, on a fresh keyframe, live (not
 * replaying the seconds it was away), while the recording never notices.
 *
 * <p>The ingest is nginx-rtmp, killed and started again on its port: while its port refuses connections the output
 * knocks on it (a bare TCP connect), which a single-client {@code ffmpeg -listen 1} would take as its one client.
 */
class ReconnectIT {

    @Test
    void aStreamReconnectsWhenItsIngestComesBackAndReturnsToLive() throws Exception {
        RequiredTool.assumeAvailableOrFailInCi(NginxRtmpServer.isAvailable(), NginxRtmpServer.REQUIREMENT);
        Path directory = TestOutput.newDirectory("reconnect");
        Path recording = directory.resolve("show.mkv");
        String key = "reconnect-key";
        long[] returnedAtNanos = new long[1];
        try (NginxRtmpServer nginx = NginxRtmpServer.builder().named("reconnect-nginx").start()) {
            Thread outage = Thread.ofPlatform().start(() -> {
                try {
                    Thread.sleep(4000);
                    nginx.kill();
                    Thread.sleep(5000);
                    nginx.restart();
                    returnedAtNanos[0] = System.nanoTime();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            StudioCommand run = StudioCommand.run("live", "--headless", "--size", "640x360", "--stats",
                    "--output", nginx.url(key), "--record", recording.toString(), "--duration", "18");
            long endedAtNanos = System.nanoTime();
            outage.join();
            double secondsBackOnAir = (endedAtNanos - returnedAtNanos[0]) / 1e9;
            assertThat(run.err()).contains("destination 1 lost").contains("reconnecting");
            assertThat(run.out()).containsPattern("destination 1: reconnecting in \\d+ s \\(attempt \\d+\\)");
            assertThat(run.err().lastIndexOf("destination 1 is live")).as(run.err())
                    .isGreaterThan(run.err().indexOf("destination 1 lost"));
            assertThat(run.exitCode()).as(run.err()).isZero();

            // nginx starts its recording afresh on each publish: this is the stream after the ingest's return
            Probe back = Probe.of(nginx.recordedFile(key));
            // Back within about a second of the ingest's return (it is knocked on every 0.5 s), and live from there:
            // at most the time the ingest was back plus one keyframe interval (the stream restarts on the newest
            // keyframe, up to 2 s old). Replaying the queued backlog would add the ~4 s the queue holds.
            assertThat(back.durationSeconds()).isBetween(secondsBackOnAir - 4.0, secondsBackOnAir + 2.1);
            assertThat(back.keyframeTimesSeconds().getFirst()).isLessThan(0.05);
        }
        assertThat(Probe.of(recording).durationSeconds()).isGreaterThan(16.5);
        assertThat(Files.size(recording)).isPositive();
    }
}
