package live.studio.overlay;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** A theme file that cannot be used; the message has one line per problem, {@code FILE:LINE:COLUMN: field: message}. */
public class ThemeException extends Exception {

    private final transient Path file;
    private final transient List<ThemeProblem> problems;

    public ThemeException(Path file, List<ThemeProblem> problems) {
        super(problems.stream().map(problem -> problem.describe(file.toString())).collect(Collectors.joining("\n")));
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    public Path file() {
        return file;
    }

    public List<ThemeProblem> problems() {
        return problems;
    }
}
