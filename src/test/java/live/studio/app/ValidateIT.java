package live.studio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code studio validate} as a user runs it: the distribution's launcher in its own process, on the demo show it
 * ships, so the exit code is the process's and the demo's catalog and pictures resolve inside the distribution.
 */
class ValidateIT {
    private static final Path DISTRIBUTION = Path.of("target", "studio").toAbsolutePath();

    @TempDir
    Path folder;

    record Finished(int exitCode, String out, String err) {
    }

    private static Finished studio(Path workingDirectory, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(DISTRIBUTION.resolve("bin").resolve("studio").toString());
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
        builder.environment().put("STUDIO_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Path out = Files.createTempFile("validate", ".out");
        Path err = Files.createTempFile("validate", ".err");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("studio validate finished").isTrue();
        return new Finished(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theShippedDemoShowIsValid() throws Exception {
        assertThat(DISTRIBUTION.resolve("bin").resolve("studio")).isExecutable();

        Finished result = studio(DISTRIBUTION, "validate", "assets/demo/show.json");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("assets/demo/show.json: ok (show \"Les immanquables de l'hiver\", 6 segments");
    }

    @Test
    void aBrokenShowExitsOneWithItsProblemsAndNoFileIsAUsageError() throws Exception {
        Files.writeString(folder.resolve("show.yaml"), "show:\n  title: Test\nrunSheet:\n  - title: A\n    duration: 6\n");

        Finished broken = studio(folder, "validate", "show.yaml");
        Finished usage = studio(folder, "validate");

        assertThat(broken.exitCode()).isEqualTo(1);
        assertThat(broken.err()).isEqualTo("show.yaml:5:15: runSheet[0].duration: expected a duration like \"6m\", "
                + "\"90s\" or \"1:30\", found the number 6" + System.lineSeparator());
        assertThat(usage.exitCode()).isEqualTo(2);
    }
}
