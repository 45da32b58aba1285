package live.studio.capture;

import static live.studio.capture.TestMedia.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import live.studio.media.MediaClock;
import live.studio.media.VideoFrame;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** x11grab against an Xvfb started here; in CI a missing Xvfb fails the test instead of skipping it. */
class ScreenSourceTest {

    private static Optional<Path> xvfb() {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(directory -> Path.of(directory, "Xvfb"))
                .filter(Files::isExecutable)
                .findFirst();
    }

    private static Path requireXvfb() {
        Optional<Path> xvfb = xvfb();
        if (xvfb.isEmpty()) {
            if ("true".equals(System.getenv("CI"))) {
                fail("Xvfb is not on the PATH, and CI=true: install it (Debian: apt-get install xvfb) so screen capture is tested");
            }
            Assumptions.abort("Xvfb is not on the PATH; install xvfb to test screen capture");
        }
        return xvfb.get();
    }

    private static int freeDisplayNumber() {
        for (int number = 90; number < 400; number++) {
            if (!Files.exists(Path.of("/tmp/.X11-unix/X" + number)) && !Files.exists(Path.of("/tmp/.X" + number + "-lock"))) {
                return number;
            }
        }
        throw new IllegalStateException("no free X display number between :90 and :399");
    }

    @Test
    void capturesTheScreenOfAnXServerScaledToTheRequestedSize() throws Exception {
        TestMedia.assumeFfmpegDevicesLoad();
        Path xvfb = requireXvfb();
        int number = freeDisplayNumber();
        Process server = new ProcessBuilder(xvfb.toString(), ":" + number, "-screen", "0", "1280x720x24", "-nolisten", "tcp")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            assertThat(eventually(() -> Files.exists(Path.of("/tmp/.X11-unix/X" + number)))).as("Xvfb :%d is up", number).isTrue();
            try (ScreenSource screen = new ScreenSource(Optional.of(":" + number), 30)) {
                screen.start(MediaClock.start(), 640, 360);

                assertThat(eventually(() -> screen.stats().capturedCount() >= 5)).isTrue();
                VideoFrame frame = screen.latest();
                assertThat(frame.width()).isEqualTo(640);
                assertThat(frame.height()).isEqualTo(360);
                // x11grab delivers bgr0 with a zero padding byte: the frame must still be opaque
                assertThat(Arrays.stream(frame.pixels()).allMatch(p -> TestMedia.alpha(p) == 0xFF)).isTrue();
                assertThat(screen.stats().errorCount()).isZero();
            }
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    @Test
    void screenThatDoesNotExistIsNamedWithTheScreensThatDo() {
        TestMedia.assumeFfmpegDevicesLoad();
        int number = freeDisplayNumber();
        ScreenSource screen = new ScreenSource(Optional.of(":" + number), 30);

        assertThatThrownBy(() -> screen.start(MediaClock.start(), 640, 360))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith("screen ':" + number + "' cannot be captured (FFmpeg: ")
                .hasMessageContaining("screens on this machine: ")
                .hasMessageContaining("--video screen:DISPLAY");
    }
}
