package live.studio.catalog.document;

import java.util.List;
import java.util.Optional;

/**
 * What reading a document gave: its tree, unless the text could not be parsed at all, and every problem found on the
 * way (a syntax error, a field given twice, a file too large).
 */
public record LocatedDocument(Optional<LocatedNode> root, List<DocumentProblem> problems) {
    public LocatedDocument {
        problems = List.copyOf(problems);
    }
}
