package live.studio.show.file;

import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;
import live.studio.catalog.CatalogProblem;
import live.studio.catalog.ProblemSeverity;
import live.studio.catalog.document.DocumentProblem;

/**
 * One problem in a show file, or in a catalog file it refers to: which file, where, which field and what to do.
 * {@link #toString()} is the line {@code studio validate} prints, {@code FILE:LINE:COLUMN: field: message}; a warning's
 * message starts with "warning: ". Text quoted from the file is kept on one line, without bidirectional overrides.
 */
public record ShowProblem(ProblemSeverity severity, Path file, int line, int column, String field, String message) {
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final Pattern BIDI_CONTROL = Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069\\u200E\\u200F\\u061C]");

    public ShowProblem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        field = oneLine(Objects.requireNonNull(field, "field"));
        message = oneLine(Objects.requireNonNull(message, "message"));
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based, got " + line + ":" + column);
        }
    }

    static ShowProblem of(Path file, DocumentProblem problem) {
        return new ShowProblem(problem.severity() == DocumentProblem.Severity.ERROR ? ProblemSeverity.ERROR
                : ProblemSeverity.WARNING, file, problem.position().line(), problem.position().column(),
                problem.field(), problem.message());
    }

    static ShowProblem of(CatalogProblem problem) {
        return new ShowProblem(problem.severity(), problem.file(), problem.line(), problem.column(), problem.field(),
                problem.message());
    }

    public boolean isError() {
        return severity == ProblemSeverity.ERROR;
    }

    private static String oneLine(String text) {
        return BIDI_CONTROL.matcher(CONTROL.matcher(text).replaceAll(" ")).replaceAll("");
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + field + ": "
                + (severity == ProblemSeverity.WARNING ? "warning: " : "") + message;
    }
}
