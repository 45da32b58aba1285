package live.studio.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class FfmpegTest {
    @Test
    void jarShipsRunnableFfmpegAndFfprobe() {
        assertThat(Files.isExecutable(Ffmpeg.ffmpeg())).isTrue();
        assertThat(Files.isExecutable(Ffmpeg.ffprobe())).isTrue();
        assertThat(Ffmpeg.run(Duration.ofMinutes(1), "-version").requireSuccess().stdoutText()).startsWith("ffmpeg version");
        assertThat(Ffmpeg.probe(Duration.ofMinutes(1), List.of("-version")).requireSuccess().stdoutText())
                .startsWith("ffprobe version");
    }

    @Test
    void ffmpegHasTheEncodersAndProtocolsTheTestsUse() {
        var encoders = Ffmpeg.run(Duration.ofMinutes(1), "-encoders").requireSuccess().stdoutText();
        assertThat(encoders).contains("libx264").contains(" aac ");
        var protocols = Ffmpeg.run(Duration.ofMinutes(1), "-protocols").requireSuccess().stdoutText();
        assertThat(protocols).contains("rtmp").contains("rtmps");
    }

    @Test
    void streamKeysNeverReachOutputOrErrors() {
        String key = "live_123456789_SECRETkeyVALUE";
        // Nothing listens on this port: ffmpeg fails and prints the URL it tried.
        var url = "rtmp://127.0.0.1:" + Ports.freeLoopbackPort() + "/live2/" + key;
        var result = Ffmpeg.run(Duration.ofMinutes(1), "-v", "info", "-f", "lavfi", "-i", "testsrc2=d=1",
                "-c:v", "libx264", "-f", "flv", url);

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.stderr()).doesNotContain(key);
        assertThat(Ffmpeg.describe(result.command())).doesNotContain(key).contains("/live2/");
        assertThatThrownBy(result::requireSuccess).message().doesNotContain(key);
    }

    @Test
    void aCommandOverItsTimeIsKilledAndReported() {
        Ffmpeg.ffmpeg(); // outside the lambda: where the executable cannot run, the test is skipped, not "thrown"
        assertThatThrownBy(() -> Ffmpeg.run(Duration.ofSeconds(2), "-re", "-f", "lavfi", "-i", "testsrc2",
                "-f", "null", "-"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("timed out");
    }
}
