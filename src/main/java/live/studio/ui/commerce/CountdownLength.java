package live.studio.ui.commerce;

import java.time.Duration;
import java.util.Optional;

/** How the operator sets a countdown: one of the usual flash-sale lengths, a length of their own, or a time of day. */
public enum CountdownLength {
    ONE_MINUTE("1 min", Duration.ofMinutes(1)),
    THREE_MINUTES("3 min", Duration.ofMinutes(3)),
    FIVE_MINUTES("5 min", Duration.ofMinutes(5)),
    TEN_MINUTES("10 min", Duration.ofMinutes(10)),
    CUSTOM("Custom", null),
    UNTIL_TIME("Until", null);

    private final String label;
    private final Duration preset;

    CountdownLength(String label, Duration preset) {
        this.label = label;
        this.preset = preset;
    }

    public String label() {
        return label;
    }

    /** The fixed length of a preset; empty for {@link #CUSTOM} and {@link #UNTIL_TIME}. */
    public Optional<Duration> preset() {
        return Optional.ofNullable(preset);
    }
}
