package live.studio.catalog.document;

import java.util.Objects;

/**
 * Something wrong in a document, found while reading or interpreting it: where it is, the field's path
 * ({@code products[2].prize}) and what to do about it.
 */
public record DocumentProblem(Severity severity, Position position, String field, String message) {
    public DocumentProblem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    /** ERROR: the file must be fixed. WARNING: it can be used as it is, but something is probably not as meant. */
    public enum Severity { ERROR, WARNING }
}
