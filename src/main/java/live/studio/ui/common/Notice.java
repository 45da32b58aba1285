package live.studio.ui.common;

import java.util.Objects;
import live.studio.output.SecretRedactor;

/**
 * A message for the operator in the window's notification area. The text is redacted on the way in, so an error
 * that quotes an ingest URL never shows a stream key.
 */
public record Notice(Severity severity, String message) {
    public enum Severity { INFO, WARNING, ERROR }

    public Notice {
        Objects.requireNonNull(severity);
        message = SecretRedactor.redact(Objects.requireNonNull(message));
    }

    public static Notice info(String message) {
        return new Notice(Severity.INFO, message);
    }

    public static Notice warning(String message) {
        return new Notice(Severity.WARNING, message);
    }

    public static Notice error(String message) {
        return new Notice(Severity.ERROR, message);
    }
}
