package live.studio.show.runsheet;

import java.util.List;
import java.util.Objects;
import live.studio.catalog.CatalogProblem;
import live.studio.catalog.ProblemSeverity;

/**
 * A run-sheet read from a file and every problem found, in file order, each printed as
 * {@code FILE:LINE:COLUMN: field: message}. With errors the run-sheet holds the segments that could be read.
 */
public record RunSheetImport(RunSheet runSheet, List<CatalogProblem> problems) {
    public RunSheetImport {
        Objects.requireNonNull(runSheet, "runSheet");
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(problem -> problem.severity() == ProblemSeverity.ERROR);
    }
}
