package live.studio.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CatalogProblemTest {
    @Test
    void printsAsFileLineColumnFieldMessage() {
        CatalogProblem problem = new CatalogProblem(ProblemSeverity.ERROR, Path.of("shows", "catalog.json"), 14, 7,
                "products[2].prize", "unknown field (did you mean \"price\"?)");

        assertThat(problem).hasToString(Path.of("shows", "catalog.json") + ":14:7: products[2].prize: unknown field "
                + "(did you mean \"price\"?)");
    }

    @Test
    void textQuotedFromAFileCannotBreakTheLineOrReverseIt() {
        CatalogProblem problem = new CatalogProblem(ProblemSeverity.WARNING, Path.of("c.csv"), 1, 3,
                "pr\nice", "\"evil\u202Etxt.exe\" is\r\nnot a price");

        assertThat(problem.field()).isEqualTo("pr ice");
        assertThat(problem.message()).isEqualTo("\"eviltxt.exe\" is  not a price");
        assertThat(problem.toString()).doesNotContain("\n", "\r", "\u202E");
    }
}
