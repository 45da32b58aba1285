package live.studio.show.file;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What reading a show file gave: the show when it has no errors (warnings allowed), and every problem found, the
 * show file's own in file order, then those of a catalog file it refers to.
 */
public record ShowFileLoad(Optional<ShowFile> show, List<ShowProblem> problems) {
    public ShowFileLoad {
        Objects.requireNonNull(show, "show");
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(ShowProblem::isError);
    }

    public List<ShowProblem> errors() {
        return problems.stream().filter(ShowProblem::isError).toList();
    }
}
