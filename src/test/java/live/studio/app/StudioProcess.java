package live.studio.app;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The {@code studio} command line in a child JVM, with its own environment and standard input; output to a file. */
final class StudioProcess {
    private StudioProcess() {
    }

    record Result(int exitCode, String output) {
    }

    static ProcessBuilder builder(Path log, Map<String, String> environment, List<String> removedVariables, String... args) {
        return builder(Main.class, log, environment, removedVariables, args);
    }

    /** A child JVM running {@code mainClass} from the test class path. */
    static ProcessBuilder builder(Class<?> mainClass, Path log, Map<String, String> environment, List<String> removedVariables,
                                  String... args) {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED",
                "-Dlogback.configurationFile=logback.xml", "-cp", System.getProperty("java.class.path"), mainClass.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        removedVariables.forEach(builder.environment()::remove);
        builder.environment().putAll(environment);
        return builder;
    }

    /** Runs to the end with {@code input} on standard input (closed after it). */
    static Result run(Path log, Map<String, String> environment, List<String> removedVariables, String input, String... args)
            throws IOException, InterruptedException {
        return run(Main.class, log, environment, removedVariables, input, args);
    }

    static Result run(Class<?> mainClass, Path log, Map<String, String> environment, List<String> removedVariables, String input,
                      String... args) throws IOException, InterruptedException {
        Process process = builder(mainClass, log, environment, removedVariables, args).redirectInput(ProcessBuilder.Redirect.PIPE).start();
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(input.getBytes(StandardCharsets.UTF_8));
        }
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                throw new AssertionError("studio " + String.join(" ", args) + " did not finish in 120 s; log: " + log);
            }
        } finally {
            process.destroyForcibly();
        }
        return new Result(process.exitValue(), Files.readString(log));
    }
}
