package live.studio.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The test servers themselves: a real publisher (the ffmpeg CLI) into each ingest, read back with ffprobe. */
class IngestHarnessTest {
    private static final Duration GENEROUS = Duration.ofMinutes(2);

    @Test
    void ffmpegIngestReceivesWhatIsPublished() throws Exception {
        var dir = TestOutput.newDirectory("ffmpeg-ingest");
        try (var ingest = FfmpegRtmpIngest.start(dir).awaitListening();
             var publisher = TestPublisher.start(ingest.url(), Duration.ofSeconds(4), dir.resolve("publisher.log"))) {
            assertThat(publisher.awaitExit(GENEROUS)).isZero();
            var received = ingest.stopAndWait();

            assertThat(Files.size(received)).isPositive();
            assertReferenceStream(Probe.of(received), 4);
        }
    }

    @Test
    void killedFfmpegIngestCutsThePublisherOff() {
        var dir = TestOutput.newDirectory("ffmpeg-ingest-killed");
        try (var ingest = FfmpegRtmpIngest.start(dir).awaitListening();
             var publisher = TestPublisher.start(ingest.url(), Duration.ofMinutes(5), dir.resolve("publisher.log"))) {
            awaitFileGrows(ingest.outputFile());
            ingest.kill();

            assertThat(ingest.isAlive()).isFalse();
            assertThat(publisher.awaitExit(GENEROUS)).isNotZero();
        }
    }

    @Test
    void nginxRecordsEveryPublishedStream() {
        RequiredTool.assumeAvailableOrFailInCi(NginxRtmpServer.isAvailable(), NginxRtmpServer.REQUIREMENT);
        var dir = TestOutput.newDirectory("nginx-publish");
        try (var nginx = NginxRtmpServer.builder().named("nginx-record").start();
             var publisher = TestPublisher.start(nginx.url("show"), Duration.ofSeconds(4), dir.resolve("publisher.log"))) {
            assertThat(publisher.awaitExit(GENEROUS)).isZero();
            var recording = nginx.recordedFile("show");

            assertReferenceStream(Probe.of(recording), 4);
        }
    }

    @Test
    void nginxPublishAuthRefusesUnknownKeysAndAcceptsKnownOnes() {
        RequiredTool.assumeAvailableOrFailInCi(NginxRtmpServer.isAvailable(), NginxRtmpServer.REQUIREMENT);
        var dir = TestOutput.newDirectory("nginx-auth");
        try (var nginx = NginxRtmpServer.builder().named("nginx-auth").withPublishAuth(Set.of("good-key")).start()) {
            try (var refused = TestPublisher.start(nginx.url("wrong-key"), Duration.ofSeconds(3), dir.resolve("refused.log"))) {
                assertThat(refused.awaitExit(GENEROUS)).isNotZero();
            }
            try (var accepted = TestPublisher.start(nginx.url("good-key"), Duration.ofSeconds(3), dir.resolve("accepted.log"))) {
                assertThat(accepted.awaitExit(GENEROUS)).isZero();
            }

            assertThat(nginx.publishRequests()).containsExactly("wrong-key", "good-key");
            assertThat(Probe.of(nginx.recordedFile("good-key")).videoFrameCount()).isPositive();
            assertThat(nginx.directory().resolve("rec/wrong-key.flv")).doesNotExist();
        }
    }

    @Test
    void killedNginxCutsThePublisherOff() {
        RequiredTool.assumeAvailableOrFailInCi(NginxRtmpServer.isAvailable(), NginxRtmpServer.REQUIREMENT);
        var dir = TestOutput.newDirectory("nginx-killed");
        try (var nginx = NginxRtmpServer.builder().named("nginx-kill").start();
             var publisher = TestPublisher.start(nginx.url("show"), Duration.ofMinutes(5), dir.resolve("publisher.log"))) {
            awaitFileGrows(nginx.directory().resolve("rec/show.flv"));
            nginx.kill();

            assertThat(nginx.isAlive()).isFalse();
            assertThat(publisher.awaitExit(GENEROUS)).isNotZero();
            assertThat(Probe.of(nginx.recordedFile("show")).videoFrameCount()).isPositive();
        }
    }

    private static void assertReferenceStream(Probe probe, int seconds) {
        var video = probe.video().orElseThrow();
        assertThat(video.codecName()).isEqualTo("h264");
        assertThat(video.width()).isEqualTo(320);
        assertThat(video.height()).isEqualTo(240);
        assertThat(video.averageFramesPerSecond()).isCloseTo(30, within(1.0));
        var audio = probe.audio().orElseThrow();
        assertThat(audio.codecName()).isEqualTo("aac");
        assertThat(audio.sampleRate()).isEqualTo(48_000);
        assertThat(audio.channels()).isEqualTo(2);
        assertThat(probe.audioPackets()).isNotEmpty();
        assertThat(probe.durationSeconds()).isCloseTo(seconds, within(0.5));
        assertThat(probe.videoFrameCount()).isBetween(seconds * 30 - 15, seconds * 30 + 15);
        // A keyframe every second (-g 30), starting with the first frame.
        assertThat(probe.keyframeTimesSeconds()).hasSizeBetween(seconds - 1, seconds + 1);
        assertThat(probe.keyframeTimesSeconds().getFirst()).isCloseTo(probe.videoPackets().getFirst().ptsTimeSeconds(), within(0.001));
    }

    /** Polls until the file exists and has grown past the FLV header: the stream is flowing. */
    private static void awaitFileGrows(java.nio.file.Path file) {
        long deadline = System.nanoTime() + GENEROUS.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (Files.exists(file) && Files.size(file) > 20_000) {
                    return;
                }
            } catch (java.io.IOException ignored) {
                // not there yet
            }
            Ports.sleep(Duration.ofMillis(100));
        }
        throw new AssertionError("no data reached " + file + " within " + GENEROUS);
    }
}
