package live.studio.capture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.bytedeco.javacpp.Loader;

/** Real media made with the FFmpeg executable shipped in JavaCV's jar, and a patient wait for asynchronous results. */
final class TestMedia {
    static final Duration PATIENCE = Duration.ofSeconds(10);

    private TestMedia() {
    }

    static void ffmpeg(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        Path executable = Path.of(Loader.load(org.bytedeco.ffmpeg.ffmpeg.class));
        command.add(executable.toString());
        command.addAll(List.of("-hide_banner", "-loglevel", "error", "-y"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        // The executable finds its libraries (libavcodec, and libva which Debian may lack) next to itself only
        // through the loader's search path.
        String libraryPathVariable = switch (OperatingSystem.current()) {
            case LINUX -> "LD_LIBRARY_PATH";
            case MACOS -> "DYLD_LIBRARY_PATH";
            case WINDOWS -> "PATH";
        };
        String libraries = executable.getParent().toString();
        builder.environment().merge(libraryPathVariable, libraries, (old, added) -> added + java.io.File.pathSeparator + old);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException("ffmpeg " + String.join(" ", arguments) + " failed: " + output);
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
