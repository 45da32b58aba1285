package live.studio.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import live.studio.catalog.document.DocumentProblem;
import live.studio.catalog.document.DocumentProblem.Severity;

/**
 * The checks across entries that every format shares: duplicate product ids and short codes (the first one wins,
 * the others are reported where they are written), short codes for products that have none (the smallest numbers
 * not taken, in file order), and the conversion of problems to {@link CatalogProblem}s in file order.
 */
final class CatalogAssembly {
    private CatalogAssembly() {
    }

    static List<Product> products(List<ProductEntry> entries, List<DocumentProblem> problems) {
        Map<String, ProductEntry> byId = new HashMap<>();
        Map<String, ProductEntry> byShortCode = new HashMap<>();
        List<ProductEntry> kept = new ArrayList<>();
        for (ProductEntry entry : entries) {
            ProductEntry sameId = byId.putIfAbsent(entry.id(), entry);
            if (sameId != null) {
                problems.add(new DocumentProblem(Severity.ERROR, entry.idPosition(), entry.idField(),
                        "duplicate id \"" + entry.id() + "\" (first used at line " + sameId.idPosition().line()
                                + "): give each product its own id"));
                continue;
            }
            if (entry.shortCode().isPresent()) {
                String normalised = Catalog.normalisedShortCode(entry.shortCode().get());
                ProductEntry sameCode = byShortCode.putIfAbsent(normalised, entry);
                if (sameCode != null) {
                    problems.add(new DocumentProblem(Severity.ERROR, entry.shortCodePosition(), entry.shortCodeField(),
                            "duplicate short code #" + entry.shortCode().get() + " (first used by \"" + sameCode.id()
                                    + "\" at line " + sameCode.shortCodePosition().line()
                                    + "): viewers could not tell them apart"));
                    byId.remove(entry.id());
                    continue;
                }
            }
            kept.add(entry);
        }
        Set<String> taken = new HashSet<>(byShortCode.keySet());
        int next = 1;
        List<Product> products = new ArrayList<>(kept.size());
        for (ProductEntry entry : kept) {
            String shortCode;
            if (entry.shortCode().isPresent()) {
                shortCode = entry.shortCode().get();
            } else {
                while (taken.contains(Integer.toString(next))) {
                    next++;
                }
                shortCode = Integer.toString(next);
                taken.add(shortCode.toUpperCase(Locale.ROOT));
            }
            products.add(entry.toProduct(shortCode));
        }
        return products;
    }

    static List<CatalogProblem> catalogProblems(Path file, List<DocumentProblem> problems) {
        return problems.stream()
                .sorted(Comparator.comparing(DocumentProblem::position))
                .map(problem -> new CatalogProblem(
                        problem.severity() == Severity.ERROR ? ProblemSeverity.ERROR : ProblemSeverity.WARNING,
                        file, problem.position().line(), problem.position().column(), problem.field(),
                        problem.message()))
                .toList();
    }
}
