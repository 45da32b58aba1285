package live.studio.testing;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import live.studio.output.SecretRedactor;
import org.bytedeco.javacpp.Loader;

/**
 * The ffmpeg and ffprobe executables that ship in JavaCV's FFmpeg jar (the same build the studio links), so tests
 * need no system FFmpeg. Everything this class prints or puts in an exception, and every log it writes, goes through
 * {@link SecretRedactor}: stream keys in rtmp(s) URLs never reach the test output.
 */
public final class Ffmpeg {
    private static volatile Path ffmpeg;
    private static volatile Path ffprobe;

    private Ffmpeg() {
    }

    /**
     * What a test needs for the bundled executables: they link FFmpeg's libavdevice, which on Linux loads the
     * system's PulseAudio, ALSA and XCB client libraries (a bare machine may lack libpulse0).
     */
    public static final String REQUIREMENT = "JavaCV's ffmpeg and ffprobe executables, which on Linux need the system "
            + "libraries libpulse0 libasound2 libxcb1 libxcb-shm0 libx11-xcb1 (.ci/run installs them)";
    private static volatile Boolean runnable;

    /** The ffmpeg executable, extracted by JavaCPP into its cache on first use; skips the test (fails it in CI) where it cannot run. */
    public static Path ffmpeg() {
        RequiredTool.assumeAvailableOrFailInCi(runnable(), REQUIREMENT);
        return ffmpegPath();
    }

    /** The ffprobe executable from the same jar; skips the test (fails it in CI) where it cannot run. */
    public static Path ffprobe() {
        RequiredTool.assumeAvailableOrFailInCi(runnable(), REQUIREMENT);
        if (ffprobe == null) {
            ffprobe = Path.of(Loader.load(org.bytedeco.ffmpeg.ffprobe.class));
        }
        return ffprobe;
    }

    private static Path ffmpegPath() {
        if (ffmpeg == null) {
            ffmpeg = Path.of(Loader.load(org.bytedeco.ffmpeg.ffmpeg.class));
        }
        return ffmpeg;
    }

    /** Whether the bundled ffmpeg starts on this machine (its shared libraries all resolve); asked once. */
    public static boolean runnable() {
        if (runnable == null) {
            try {
                Path executable = ffmpegPath();
                ProcessBuilder builder = new ProcessBuilder(executable.toString(), "-hide_banner", "-version").redirectErrorStream(true);
                withLibraryPath(builder);
                Process process = builder.start();
                process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
                runnable = process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS) && process.exitValue() == 0;
            } catch (java.io.IOException | RuntimeException | LinkageError e) {
                // LinkageError: JavaCPP cannot even load the presets the executables come with (libavdevice's
                // system libraries are missing)
                runnable = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                runnable = false;
            }
        }
        return runnable;
    }

    /** What a finished command left: exit code, standard output as bytes, standard error (redacted). */
    public record Result(List<String> command, int exitCode, byte[] stdout, String stderr) {
        public String stdoutText() {
            return new String(stdout, StandardCharsets.UTF_8);
        }

        /** Throws with the (redacted) command and the end of standard error unless the exit code is 0. */
        public Result requireSuccess() {
            if (exitCode != 0) {
                throw new IllegalStateException("exit code " + exitCode + " from " + describe(command) + "\n" + tail(stderr));
            }
            return this;
        }
    }

    /** Runs ffmpeg with {@code -hide_banner -nostdin} and the arguments; kills it when the timeout passes. */
    public static Result run(Duration timeout, String... arguments) {
        return run(timeout, List.of(arguments));
    }

    public static Result run(Duration timeout, List<String> arguments) {
        return execute(ffmpegCommand(arguments), timeout);
    }

    /** Runs ffprobe with the arguments; kills it when the timeout passes. */
    public static Result probe(Duration timeout, List<String> arguments) {
        var command = new ArrayList<String>();
        command.add(ffprobe().toString());
        command.add("-hide_banner");
        command.addAll(arguments);
        return execute(command, timeout);
    }

    /**
     * Starts ffmpeg in the background (for pushers and ingests); its standard error goes, redacted, to the log file,
     * its standard output is discarded. The caller owns the process: destroy it in {@code close()}.
     */
    public static Process start(List<String> arguments, Path logFile) {
        var command = ffmpegCommand(arguments);
        try {
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            var process = withLibraryPath(new ProcessBuilder(command))
                    .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            Writer log = Files.newBufferedWriter(logFile, StandardCharsets.UTF_8);
            log.write("$ " + describe(command) + "\n");
            log.flush();
            Thread.ofVirtual().name("ffmpeg-log-" + process.pid()).start(() -> copyRedacted(process.getErrorStream(), log));
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + describe(command), e);
        }
    }

    /** The command as one line, stream keys masked. */
    public static String describe(List<String> command) {
        return SecretRedactor.redact(String.join(" ", command));
    }

    /** Ends a process for sure: a polite stop first when asked, then kill -9, and waits for it. */
    static void destroy(Process process, Duration politeWait) {
        if (process == null) {
            return;
        }
        try {
            if (process.isAlive() && !politeWait.isZero()) {
                process.destroy();
                process.waitFor(politeWait.toMillis(), TimeUnit.MILLISECONDS);
            }
            if (process.isAlive()) {
                process.destroyForcibly();
            }
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The executables find their direct libraries through RUNPATH $ORIGIN, but not what those load in turn
     * (libavutil needs libva.so.2 from the same directory): put the directory on the loader's search path.
     */
    private static ProcessBuilder withLibraryPath(ProcessBuilder builder) {
        String directory = ffmpegPath().getParent().toString();
        String os = System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT);
        String variable = os.startsWith("windows") ? "PATH" : os.startsWith("mac") ? "DYLD_LIBRARY_PATH" : "LD_LIBRARY_PATH";
        var environment = builder.environment();
        String existing = environment.get(variable);
        environment.put(variable, existing == null || existing.isEmpty()
                ? directory : directory + java.io.File.pathSeparator + existing);
        return builder;
    }

    private static List<String> ffmpegCommand(List<String> arguments) {
        var command = new ArrayList<String>();
        command.add(ffmpeg().toString());
        command.add("-hide_banner");
        command.add("-nostdin");
        command.addAll(arguments);
        return command;
    }

    private static Result execute(List<String> command, Duration timeout) {
        Process process;
        try {
            process = withLibraryPath(new ProcessBuilder(command))
                    .redirectInput(ProcessBuilder.Redirect.from(nullDevice())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + describe(command), e);
        }
        var stdout = new ByteArrayOutputStream();
        var stderr = new ByteArrayOutputStream();
        var outReader = Thread.ofVirtual().start(() -> copy(process.getInputStream(), stdout));
        var errReader = Thread.ofVirtual().start(() -> copy(process.getErrorStream(), stderr));
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                destroy(process, Duration.ZERO);
                outReader.join(Duration.ofSeconds(10));
                errReader.join(Duration.ofSeconds(10));
                throw new IllegalStateException("timed out after " + timeout + ": " + describe(command) + "\n"
                        + tail(SecretRedactor.redact(stderr.toString(StandardCharsets.UTF_8))));
            }
            outReader.join();
            errReader.join();
        } catch (InterruptedException e) {
            destroy(process, Duration.ZERO);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + describe(command), e);
        }
        return new Result(List.copyOf(command), process.exitValue(), stdout.toByteArray(),
                SecretRedactor.redact(stderr.toString(StandardCharsets.UTF_8)));
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        try (in) {
            in.transferTo(out);
        } catch (IOException ignored) {
            // the process was killed: keep what arrived
        }
    }

    private static void copyRedacted(InputStream in, Writer log) {
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)); log) {
            String line;
            while ((line = reader.readLine()) != null) {
                log.write(SecretRedactor.redact(line));
                log.write('\n');
                log.flush();
            }
        } catch (IOException ignored) {
            // the process ended or was killed
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    static String tail(String text) {
        var lines = text.strip().split("\n");
        return String.join("\n", List.of(lines).subList(Math.max(0, lines.length - 20), lines.length));
    }
}
