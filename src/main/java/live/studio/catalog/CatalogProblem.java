package live.studio.catalog;

import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One problem in a catalog file (or in a product's picture), where it is and what to do. {@link #toString()} is the
 * line {@code studio validate} prints: {@code FILE:LINE:COLUMN: field: message}. Field and message quote text from
 * the file, so line breaks and other control characters in them become spaces and bidirectional overrides are
 * dropped: one problem is always one line, read left to right.
 */
public record CatalogProblem(ProblemSeverity severity, Path file, int line, int column, String field, String message) {
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final Pattern BIDI_CONTROL = Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069\\u200E\\u200F\\u061C]");

    public CatalogProblem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        field = oneLine(Objects.requireNonNull(field, "field"));
        message = oneLine(Objects.requireNonNull(message, "message"));
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based, got " + line + ":" + column);
        }
    }

    private static String oneLine(String text) {
        return BIDI_CONTROL.matcher(CONTROL.matcher(text).replaceAll(" ")).replaceAll("");
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + field + ": " + message;
    }
}
