package live.studio.catalog;

import java.util.List;
import java.util.Objects;

/**
 * A read catalog and every problem found, in file order. With errors, the catalog holds what could be read: a product
 * whose id, title or price is unusable is left out, a bad optional field is left empty.
 */
public record CatalogImport(Catalog catalog, List<CatalogProblem> problems) {
    public CatalogImport {
        Objects.requireNonNull(catalog, "catalog");
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(problem -> problem.severity() == ProblemSeverity.ERROR);
    }
}
