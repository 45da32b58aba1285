package live.studio.catalog;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One problem in a catalog file (or in a product's picture), where it is and what to do. {@link #toString()} is the
 * line {@code studio validate} prints: {@code FILE:LINE:COLUMN: field: message}.
 */
public record CatalogProblem(ProblemSeverity severity, Path file, int line, int column, String field, String message) {
    public CatalogProblem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based, got " + line + ":" + column);
        }
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + field + ": " + message;
    }
}
