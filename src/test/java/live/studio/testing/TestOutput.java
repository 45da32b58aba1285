package live.studio.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Directories for test files, under target/test-output (the build sets {@code studio.test.output}). */
public final class TestOutput {
    private TestOutput() {
    }

    public static Path root() {
        return Path.of(System.getProperty("studio.test.output", "target/test-output")).toAbsolutePath();
    }

    /** A new, empty directory named after the test, e.g. {@code target/test-output/ingest-123}. */
    public static Path newDirectory(String name) {
        try {
            Files.createDirectories(root());
            return Files.createTempDirectory(root(), name.replaceAll("[^A-Za-z0-9._-]", "_") + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
