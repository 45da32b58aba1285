package live.studio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import live.studio.testing.NginxRtmpServer;
import live.studio.testing.Ports;
import live.studio.testing.Probe;
import live.studio.testing.RequiredTool;
import live.studio.testing.TestOutput;
import org.junit.jupiter.api.Test;

/** Wrong input gets a message that says what to fix and the contract's exit code; nothing else is disturbed. */
class BadInputIT {

    @Test
    void urlsThatCannotWorkAreRejectedBeforeAnythingStarts() {
        StudioCommand scheme = StudioCommand.run("live", "--headless", "--output", "http://example.invalid/app/secret-one", "--duration", "1");
        assertThat(scheme.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(scheme.err()).contains("scheme 'http'").contains("rtmp://").doesNotContain("secret-one");

        StudioCommand malformed = StudioCommand.run("live", "--headless", "--output", "rtmp://bad host/app/secret-two", "--duration", "1");
        assertThat(malformed.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(malformed.err()).contains("malformed").doesNotContain("secret-two");

        StudioCommand noKey = StudioCommand.run("live", "--headless", "--output", "rtmp://127.0.0.1/live", "--duration", "1");
        assertThat(noKey.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(noKey.err()).contains("stream key");
    }

    @Test
    void sizesRatesAndBitratesOutOfRangeSayWhatIsAllowed() {
        assertThat(StudioCommand.run("live", "--headless", "--size", "1281x720", "--record", "x.mkv").err()).contains("odd");
        StudioCommand fps = StudioCommand.run("live", "--headless", "--fps", "29", "--record", "x.mkv");
        assertThat(fps.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(fps.err()).contains("24, 25, 30, 50, 60");
        StudioCommand bitrate = StudioCommand.run("live", "--headless", "--video-bitrate-kbps", "5", "--record", "x.mkv");
        assertThat(bitrate.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(bitrate.err()).contains("kbps");
        StudioCommand usage = StudioCommand.run("live", "--headless", "--no-such-option");
        assertThat(usage.exitCode()).isEqualTo(ExitCode.USAGE.code());
        StudioCommand missingShow = StudioCommand.run("live", "--headless", "--show", "no-such-show.json", "--record", "x.mkv");
        assertThat(missingShow.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(missingShow.err()).contains("no-such-show.json");
        assertThat(StudioCommand.run("live", "--headless", "--resume", "--record", "x.mkv").exitCode())
                .as("--resume without --show").isEqualTo(ExitCode.USAGE.code());
    }

    @Test
    void aMissingDeviceOrFileIsARuntimeFailureThatNamesWhatExists() {
        StudioCommand camera = StudioCommand.run("live", "--headless", "--video", "camera:/dev/video9", "--record", "x.mkv", "--duration", "1");
        assertThat(camera.exitCode()).isEqualTo(ExitCode.RUNTIME_FAILURE.code());
        assertThat(camera.err()).contains("/dev/video9").contains("cameras on this machine");
        StudioCommand file = StudioCommand.run("live", "--headless", "--video", "file:/no/such/clip.mp4", "--record", "x.mkv", "--duration", "1");
        assertThat(file.exitCode()).isEqualTo(ExitCode.RUNTIME_FAILURE.code());
        assertThat(file.err()).contains("/no/such/clip.mp4");
    }

    @Test
    void nothingListeningFailsFastWhileTheRecordingGoesOn() throws IOException {
        Path recording = TestOutput.newDirectory("bad-refused").resolve("show.mkv");
        long startNanos = System.nanoTime();
        StudioCommand run = StudioCommand.run("live", "--headless", "--output", "rtmp://127.0.0.1:" + Ports.freeLoopbackPort() + "/live/refused-key",
                "--record", recording.toString(), "--duration", "4");
        assertThat(run.exitCode()).isEqualTo(ExitCode.RUNTIME_FAILURE.code());
        assertThat(run.err()).contains("nothing accepts connections").doesNotContain("refused-key");
        assertThat(Duration.ofNanos(System.nanoTime() - startNanos)).isLessThan(Duration.ofSeconds(30));
        assertThat(Files.size(recording)).isPositive();
        assertThat(Probe.of(recording).durationSeconds()).isGreaterThan(3.0);
    }

    @Test
    void aServerThatNeverAnswersIsReportedWithinTenSecondsNotAHang() throws Exception {
        List<Socket> accepted = new ArrayList<>();
        try (ServerSocket silent = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            Thread acceptor = Thread.ofPlatform().daemon().start(() -> {
                try {
                    while (true) {
                        accepted.add(silent.accept()); // accepts, then never says a word
                    }
                } catch (IOException closed) {
                    // test over
                }
            });
            StudioCommand run = StudioCommand.run("live", "--headless", "--stats", "--output",
                    "rtmp://127.0.0.1:" + silent.getLocalPort() + "/live/silent-key", "--duration", "20");
            assertThat(run.exitCode()).isEqualTo(ExitCode.RUNTIME_FAILURE.code());
            assertThat(run.err()).contains("did not answer in time").doesNotContain("silent-key");
            // failed (and the command ended) within ten seconds of starting: at most ~10 status lines
            assertThat(run.out().lines().count()).isLessThanOrEqualTo(11);
            acceptor.interrupt();
        } finally {
            for (Socket socket : accepted) {
                socket.close();
            }
        }
    }

    @Test
    void aStreamKeyTheServerRefusesIsReportedAsSuchAndTheOtherDestinationGoesOn() {
        RequiredTool.assumeAvailableOrFailInCi(NginxRtmpServer.isAvailable(), NginxRtmpServer.REQUIREMENT);
        try (NginxRtmpServer nginx = NginxRtmpServer.builder().withPublishAuth(Set.of("good-key")).start()) {
            StudioCommand run = StudioCommand.run("live", "--headless", "--output", nginx.url("wrong-key"),
                    "--output", nginx.url("good-key"), "--duration", "6");
            assertThat(run.exitCode()).isEqualTo(ExitCode.RUNTIME_FAILURE.code());
            assertThat(run.err()).contains("destination 1 failed").contains("refused the stream").contains("stream key")
                    .doesNotContain("wrong-key");
            Probe good = Probe.of(nginx.recordedFile("good-key"));
            assertThat(good.durationSeconds()).isGreaterThan(4.5);
        }
    }
}
