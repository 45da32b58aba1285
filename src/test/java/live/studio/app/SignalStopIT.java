package live.studio.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import live.studio.testing.Probe;
import live.studio.testing.TestOutput;
import org.junit.jupiter.api.Test;

/** SIGTERM (what a service manager or Ctrl+C in a terminal sends) stops cleanly and finishes the recording. */
class SignalStopIT {

    @Test
    void sigtermFinishesTheRecording() throws Exception {
        Path directory = TestOutput.newDirectory("signal-stop");
        Path recording = directory.resolve("show.mkv");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process studio = new ProcessBuilder(List.of(java, "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "live", "--headless", "--size", "640x360", "--record", recording.toString(), "--stats"))
                .redirectErrorStream(true)
                .redirectOutput(directory.resolve("studio.log").toFile())
                .start();
        try {
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (!Files.readString(directory.resolve("studio.log")).contains("00:00:05") && System.nanoTime() < deadline) {
                assertThat(studio.isAlive()).as(Files.readString(directory.resolve("studio.log"))).isTrue();
                Thread.sleep(100);
            }
            studio.destroy(); // SIGTERM
            assertThat(studio.waitFor(60, TimeUnit.SECONDS)).as("stopped after SIGTERM").isTrue();
        } finally {
            studio.destroyForcibly();
        }
        String log = Files.readString(directory.resolve("studio.log"));
        assertThat(log).contains("stopping (signal)").contains("Recording: stopped");
        Probe probe = Probe.of(recording);
        assertThat(probe.durationSeconds()).as(log).isCloseTo(5.0, offset(1.5));
        assertThat(probe.videoFrameCount()).isGreaterThan(100);
    }
}
