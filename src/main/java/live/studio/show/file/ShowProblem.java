package live.studio.show.file;

import java.nio.file.Path;
import live.studio.catalog.CatalogProblem;
import live.studio.catalog.ProblemSeverity;
import live.studio.catalog.document.DocumentProblem;

/**
 * One problem in a show file, or in a catalog file it refers to: which file, where, which field and what to do.
 * {@link #toString()} is the line {@code studio validate} prints, {@code FILE:LINE:COLUMN: field: message}; a warning's
 * message starts with "warning: ". Text quoted from the file is kept on one line, without bidirectional overrides.
 */
public record ShowProblem(ProblemSeverity severity, Path file, int line, int column, String field, String message) {

    public ShowProblem {
        // The catalog's problem checks the location and keeps quoted text on one line, left to right: the same rules.
        CatalogProblem checked = new CatalogProblem(severity, file, line, column, field, message);
        field = checked.field();
        message = checked.message();
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

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + field + ": "
                + (severity == ProblemSeverity.WARNING ? "warning: " : "") + message;
    }
}
