package live.studio.ui.main;

import java.time.Instant;
import java.util.Objects;

/** One line of the event log: when, what kind, and what happened in the operator's words. */
public record EventLogEntry(Instant time, EventKind kind, String text) {
    public EventLogEntry {
        Objects.requireNonNull(time);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(text);
    }
}
