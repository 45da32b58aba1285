package live.studio.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.nio.file.Path;
import java.util.List;
import live.studio.testing.AvSyncAnalyzer;
import live.studio.testing.FfmpegRtmpIngest;
import live.studio.testing.NginxRtmpServer;
import live.studio.testing.Probe;
import live.studio.testing.RequiredTool;
import live.studio.testing.TestOutput;
import org.junit.jupiter.api.Test;

/**
 * {@code studio live --headless} against real RTMP ingests started on loopback: FFmpeg's single-client listener
 * (works anywhere) and nginx with the RTMP module (CI installs it). What arrived is checked with ffprobe.
 */
class LiveStreamIT {
    private static final int FPS = 30;

    /** Checks the contract's stream: H.264 at the size and 30 fps, a keyframe every 2 s, AAC 48 kHz stereo. */
    private static void assertContractStream(Path file, int width, int height, double expectedSeconds) {
        Probe probe = Probe.of(file);
        Probe.Stream video = probe.video().orElseThrow();
        assertThat(video.codecName()).isEqualTo("h264");
        assertThat(video.profile()).isIn("High", "Main");
        assertThat(video.width()).isEqualTo(width);
        assertThat(video.height()).isEqualTo(height);
        assertThat(video.averageFramesPerSecond()).isCloseTo(FPS, offset(0.5));
        Probe.Stream audio = probe.audio().orElseThrow();
        assertThat(audio.codecName()).isEqualTo("aac");
        assertThat(audio.sampleRate()).isEqualTo(48_000);
        assertThat(audio.channels()).isEqualTo(2);
        assertThat(probe.durationSeconds()).isCloseTo(expectedSeconds, offset(1.0));
        List<Double> keyframes = probe.keyframeTimesSeconds();
        assertThat(keyframes).hasSizeGreaterThanOrEqualTo((int) (expectedSeconds / 2) - 1);
        for (int i = 1; i < keyframes.size(); i++) {
            assertThat(keyframes.get(i) - keyframes.get(i - 1)).as("keyframe interval").isCloseTo(2.0, offset(1.0 / FPS + 0.002));
        }
        // every frame there, none twice: the frame count matches the duration
        List<Probe.Packet> packets = probe.videoPackets();
        double span = packets.getLast().ptsTimeSeconds() - packets.getFirst().ptsTimeSeconds();
        assertThat(packets.size()).isCloseTo((int) Math.round(span * FPS) + 1, offset(2));
    }

    @Test
    void streamsTheTestSourceToAnFfmpegIngestAsContracted() {
        Path directory = TestOutput.newDirectory("live-ffmpeg");
        try (FfmpegRtmpIngest ingest = FfmpegRtmpIngest.start(directory, "key-ffmpeg-1234").awaitListening()) {
            StudioCommand run = StudioCommand.run("live", "--headless", "--video", "test", "--audio", "test", "--size", "1280x720",
                    "--fps", "30", "--video-bitrate-kbps", "2500", "--output", ingest.url(), "--duration", "8");
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.err()).doesNotContain("key-ffmpeg-1234");
            assertContractStream(ingest.stopAndWait(), 1280, 720, 8);
        }
    }

    @Test
    void twoDestinationsAndARecordingFromOneEncode() {
        RequiredTool.assumeAvailableOrFailInCi(NginxRtmpServer.isAvailable(), NginxRtmpServer.REQUIREMENT);
        Path directory = TestOutput.newDirectory("live-two");
        Path recording = directory.resolve("show.mkv");
        try (NginxRtmpServer nginx = NginxRtmpServer.start();
             FfmpegRtmpIngest ingest = FfmpegRtmpIngest.start(directory, "second-key-5678").awaitListening()) {
            StudioCommand run = StudioCommand.run("live", "--headless", "--size", "1280x720", "--fps", "30",
                    "--output", nginx.url("first-key-1234"), "--output", ingest.url(), "--record", recording.toString(),
                    "--duration", "8");
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertContractStream(nginx.recordedFile("first-key-1234"), 1280, 720, 8);
            assertContractStream(ingest.stopAndWait(), 1280, 720, 8);
            assertContractStream(recording, 1280, 720, 8);
        }
    }

    @Test
    void aKilledIngestLeavesTheOtherDestinationAndTheRecordingWhole() throws Exception {
        RequiredTool.assumeAvailableOrFailInCi(NginxRtmpServer.isAvailable(), NginxRtmpServer.REQUIREMENT);
        Path directory = TestOutput.newDirectory("live-killed");
        Path recording = directory.resolve("show.mkv");
        try (NginxRtmpServer nginx = NginxRtmpServer.start();
             FfmpegRtmpIngest doomed = FfmpegRtmpIngest.start(directory, "doomed-key").awaitListening()) {
            Thread killer = Thread.ofPlatform().start(() -> {
                try {
                    Thread.sleep(4000);
                } catch (InterruptedException e) {
                    return;
                }
                doomed.kill();
            });
            StudioCommand run = StudioCommand.run("live", "--headless", "--size", "1280x720", "--fps", "30", "--stats",
                    "--output", doomed.url(), "--output", nginx.url("survivor"), "--record", recording.toString(), "--duration", "10");
            killer.join();
            assertThat(run.out()).contains("reconnecting");
            assertContractStream(nginx.recordedFile("survivor"), 1280, 720, 10);
            assertContractStream(recording, 1280, 720, 10);
            assertThat(run.err()).contains("stopped");
        }
    }

    @Test
    void flashAndBeepArriveInSync() {
        Path directory = TestOutput.newDirectory("live-sync");
        try (FfmpegRtmpIngest ingest = FfmpegRtmpIngest.start(directory, "sync-key").awaitListening()) {
            StudioCommand run = StudioCommand.run("live", "--headless", "--size", "640x360", "--fps", "30",
                    "--output", ingest.url(), "--duration", "8");
            assertThat(run.exitCode()).as(run.err()).isZero();
            AvSyncAnalyzer.AvSyncReport report = AvSyncAnalyzer.analyze(ingest.stopAndWait());
            assertThat(report.flashCount()).isGreaterThanOrEqualTo(6);
            assertThat(report.beepCount()).isGreaterThanOrEqualTo(6);
            assertThat(report.offsetsMs()).hasSizeGreaterThanOrEqualTo(6);
            assertThat(report.maxAbsOffsetMs()).as("A/V offsets %s", report.offsetsMs()).isLessThanOrEqualTo(40.0);
        }
    }

    @Test
    void oddAndVerticalCanvasSizes() {
        Path directory = TestOutput.newDirectory("live-sizes");
        Path wide = directory.resolve("wide.mkv");
        Path vertical = directory.resolve("vertical.mp4");
        StudioCommand first = StudioCommand.run("live", "--headless", "--size", "1366x768", "--record", wide.toString(), "--duration", "4");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertContractStream(wide, 1366, 768, 4);
        StudioCommand second = StudioCommand.run("live", "--headless", "--size", "720x1280", "--record", vertical.toString(), "--duration", "4");
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertContractStream(vertical, 720, 1280, 4);
    }
}
