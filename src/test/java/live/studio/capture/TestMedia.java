package live.studio.capture;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/** Real media made with the FFmpeg executable shipped in JavaCV's jar, and a patient wait for asynchronous results. */
final class TestMedia {
    static final Duration PATIENCE = Duration.ofSeconds(10);

    private TestMedia() {
    }

    /** Skips the test where FFmpeg's grabbers cannot load (their system libraries are missing); fails it in CI. */
    static void assumeFfmpegDevicesLoad() {
        live.studio.testing.RequiredTool.assumeAvailableOrFailInCi(FfmpegDevices.loadFailure() == null,
                "FFmpeg's capture support (libavdevice), which on Linux needs libpulse0 libasound2 libxcb1 libxcb-shm0 libx11-xcb1");
    }

    /** Runs JavaCV's ffmpeg (through the shared harness: skipped where it cannot run, failed in CI). */
    static void ffmpeg(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("-loglevel", "error", "-y"));
        command.addAll(List.of(arguments));
        live.studio.testing.Ffmpeg.Result result = live.studio.testing.Ffmpeg.run(Duration.ofMinutes(2), command);
        if (result.exitCode() != 0) {
            throw new IOException("ffmpeg " + String.join(" ", arguments) + " failed: " + result.stderr());
        }
    }

    /** Two seconds of a 640x360 30 fps test picture and a 440 Hz tone, H.264 and AAC. */
    static Path testClip(Path directory) throws IOException, InterruptedException {
        Path clip = directory.resolve("clip.mp4");
        ffmpeg("-f", "lavfi", "-i", "testsrc2=size=640x360:rate=30", "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000",
                "-t", "2", "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac", clip.toString());
        return clip;
    }

    /** Polls (never a timed assertion): true as soon as the condition holds, false after {@link #PATIENCE}. */
    static boolean eventually(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(20);
        }
        return condition.getAsBoolean();
    }

    static int red(int argb) {
        return (argb >>> 16) & 0xFF;
    }

    static int green(int argb) {
        return (argb >>> 8) & 0xFF;
    }

    static int blue(int argb) {
        return argb & 0xFF;
    }

    static int alpha(int argb) {
        return argb >>> 24;
    }
}
