package live.studio.show.file;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import live.studio.catalog.DurationText;

/**
 * Durations in a show file: everything {@link DurationText} reads ({@code 6m}, {@code 90s}, {@code 1h30m},
 * {@code PT6M}) and the clock form producers type in rundown tools, {@code 1:30} (minutes:seconds) or
 * {@code 1:05:00} (hours:minutes:seconds). A bare number is refused: nobody can tell seconds from minutes.
 */
public final class ShowDurations {
    /** The accepted forms, for messages. */
    public static final String FORMS = "6m, 90s, 1m30s, 1:30 or PT6M";
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,4}):(\\d{2})(?::(\\d{2}))?");

    private ShowDurations() {
    }

    /** @throws IllegalArgumentException saying what was written and how to write it */
    public static Duration parse(String text) {
        Matcher clock = CLOCK.matcher(text.strip());
        if (clock.matches()) {
            long first = Long.parseLong(clock.group(1));
            long second = Long.parseLong(clock.group(2));
            if (second >= 60 || (clock.group(3) != null && Long.parseLong(clock.group(3)) >= 60)) {
                throw notADuration(text);
            }
            return clock.group(3) == null
                    ? Duration.ofMinutes(first).plusSeconds(second)
                    : Duration.ofHours(first).plusMinutes(second).plusSeconds(Long.parseLong(clock.group(3)));
        }
        try {
            return DurationText.parse(text);
        } catch (IllegalArgumentException e) {
            throw notADuration(text);
        }
    }

    /** The compact form the writer uses: 6m, 1m30s, 1h5m. */
    public static String format(Duration duration) {
        return DurationText.format(duration);
    }

    private static IllegalArgumentException notADuration(String text) {
        String shown = text.length() > 40 ? text.substring(0, 37) + "..." : text;
        return new IllegalArgumentException("\"" + shown.strip() + "\" is not a duration: write it like " + FORMS);
    }
}
