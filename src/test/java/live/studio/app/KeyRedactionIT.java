package live.studio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import live.studio.testing.FfmpegRtmpIngest;
import live.studio.testing.Ports;
import live.studio.testing.TestOutput;
import org.junit.jupiter.api.Test;

/**
 * Stream keys never reach the process's output, whatever goes wrong: the whole log (FFmpeg's lines included, at
 * debug level) of a studio process streaming to a live ingest, a closed port and a server that never answers.
 */
class KeyRedactionIT {
    private static final String LIVE_KEY = "live_4242_SecretForTheLiveIngest";
    private static final String REFUSED_KEY = "live_4242_SecretForAClosedPort";
    private static final String SILENT_KEY = "live_4242_SecretForASilentServer";
    private static final String ENVIRONMENT_KEY = "live_4242_SecretFromTheEnvironment";

    @Test
    void noKeyAppearsInAnyLogLineOrMessage() throws Exception {
        Path directory = TestOutput.newDirectory("key-redaction");
        List<Socket> accepted = new ArrayList<>();
        try (FfmpegRtmpIngest ingest = FfmpegRtmpIngest.start(directory, LIVE_KEY).awaitListening();
             ServerSocket silent = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            Thread.ofPlatform().daemon().start(() -> {
                try {
                    while (true) {
                        accepted.add(silent.accept());
                    }
                } catch (IOException closed) {
                    // test over
                }
            });
            String java = ProcessHandle.current().info().command().orElse("java");
            ProcessBuilder builder = new ProcessBuilder(List.of(java, "--enable-native-access=ALL-UNNAMED", "-Dstudio.log.level=DEBUG", "-Dlogback.configurationFile=logback.xml",
                    "-cp", System.getProperty("java.class.path"), Main.class.getName(), "live", "--headless", "--size", "640x360", "--stats",
                    "--output", ingest.url(),
                    "--output", "rtmp://127.0.0.1:" + Ports.freeLoopbackPort() + "/live/" + REFUSED_KEY,
                    "--output", "rtmp://127.0.0.1:" + silent.getLocalPort() + "/live/" + SILENT_KEY,
                    "--output", "rtmp://127.0.0.1:" + Ports.freeLoopbackPort() + "/app/${STUDIO_TEST_KEY}",
                    "--duration", "12"))
                    .redirectErrorStream(true)
                    .redirectOutput(directory.resolve("studio.log").toFile());
            builder.environment().put("STUDIO_TEST_KEY", ENVIRONMENT_KEY);
            Process studio = builder.start();
            try {
                assertThat(studio.waitFor(90, TimeUnit.SECONDS)).isTrue();
            } finally {
                studio.destroyForcibly();
                for (Socket socket : accepted) {
                    socket.close();
                }
            }
            String log = Files.readString(directory.resolve("studio.log"));
            assertThat(log).contains("destination 1 is live").contains("destination 2 failed").contains("destination 3 failed")
                    .contains("rtmp://127.0.0.1:" + silent.getLocalPort() + "/live/****");
            assertThat(log).doesNotContain(LIVE_KEY).doesNotContain(REFUSED_KEY).doesNotContain(SILENT_KEY).doesNotContain(ENVIRONMENT_KEY)
                    .doesNotContain("SecretFor");
            assertThat(Files.readString(ingest.logFile())).doesNotContain(LIVE_KEY);
        }
    }
}
