package live.studio.ui.commerce;

import java.time.Duration;
import java.util.Optional;
import live.studio.ui.common.Messages;

/** How the operator sets a countdown: one of the usual flash-sale lengths, a length of their own, or a time of day. */
public enum CountdownLength {
    ONE_MINUTE("one-minute", Duration.ofMinutes(1)),
    THREE_MINUTES("three-minutes", Duration.ofMinutes(3)),
    FIVE_MINUTES("five-minutes", Duration.ofMinutes(5)),
    TEN_MINUTES("ten-minutes", Duration.ofMinutes(10)),
    CUSTOM("custom", null),
    UNTIL_TIME("until", null);

    private final String key;
    private final Duration preset;

    CountdownLength(String key, Duration preset) {
        this.key = key;
        this.preset = preset;
    }

    /** The button's text in the window's language. */
    public String label() {
        String textKey = "countdown.length." + key;
        return Words.TEXT.text(textKey);
    }

    /** The fixed length of a preset; empty for {@link #CUSTOM} and {@link #UNTIL_TIME}. */
    public Optional<Duration> preset() {
        return Optional.ofNullable(preset);
    }

    private static final class Words {
        private static final Messages TEXT = Messages.of(CountdownLength.class);
    }
}
