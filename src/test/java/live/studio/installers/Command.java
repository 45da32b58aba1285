package live.studio.installers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A system command the installer tests run (build script, dpkg, the installed launcher): its output goes to a log file
 * under target/test-output, which the failure messages quote.
 *
 * @param exitCode the exit code, or -1 when the command was killed at its timeout
 * @param output   standard output and standard error together
 */
record Command(List<String> command, int exitCode, String output) {

    static Command run(List<String> command, Map<String, String> environment, Duration timeout, Path log) {
        Process process = start(command, environment, log);
        try {
            boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
            return new Command(command, finished ? process.exitValue() : -1, Files.readString(log, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the command with the test's environment plus {@code environment}; output to {@code log}. */
    static Process start(List<String> command, Map<String, String> environment, Path log) {
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            builder.environment().putAll(environment);
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
    }

    /** Whether an executable of that name is on the PATH. */
    static boolean onPath(String executable) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String directory : path.split(java.io.File.pathSeparator)) {
            if (!directory.isEmpty() && Files.isExecutable(Path.of(directory, executable))) {
                return true;
            }
        }
        return false;
    }

    /** For assertion messages: the command and what it printed. */
    String describe() {
        return String.join(" ", command) + " exited with " + exitCode + ":\n" + output;
    }
}
