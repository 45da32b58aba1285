package live.studio.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Helpers for tests that write real catalog files and check where their problems are reported. */
final class CatalogFiles {
    private CatalogFiles() {
    }

    static Path write(Path folder, String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /**
     * "LINE:COLUMN" of the {@code occurrence}-th (1-based) appearance of {@code token} on line {@code lineNumber} of
     * {@code text} — the position a problem about that token must name. Fails when the token is not on that line.
     */
    static String at(String text, int lineNumber, String token, int occurrence) {
        String line = text.split("\r\n|\n|\r", -1)[lineNumber - 1];
        int index = -1;
        for (int i = 0; i < occurrence; i++) {
            index = line.indexOf(token, index + 1);
            if (index < 0) {
                throw new AssertionError("'" + token + "' is not " + occurrence + " times on line " + lineNumber + ": " + line);
            }
        }
        return lineNumber + ":" + (index + 1);
    }

    static String at(String text, int lineNumber, String token) {
        return at(text, lineNumber, token, 1);
    }

    /** The problems as "LINE:COLUMN: field: message", without the file name. */
    static List<String> located(CatalogImport result) {
        return result.problems().stream().map(CatalogFiles::located).toList();
    }

    static String located(CatalogProblem problem) {
        return problem.line() + ":" + problem.column() + ": " + problem.field() + ": " + problem.message();
    }
}
