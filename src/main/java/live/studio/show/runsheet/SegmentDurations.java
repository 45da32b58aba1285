package live.studio.show.runsheet;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import live.studio.catalog.DurationText;

/**
 * Durations as producers type them in the run-sheet: the show file's forms ({@code 6m}, {@code 90s}, {@code 1h30m},
 * {@code PT6M}) and the clock forms rundown tools use ({@code 1:30} is one minute thirty, {@code 1:05:00} one hour
 * five). Written back as a clock: {@code 6:00}, {@code 1:05:00}.
 */
public final class SegmentDurations {
    /** Longer segments are typing mistakes ("600m" meant "60m"). */
    public static final Duration MAX_SEGMENT = Duration.ofHours(12);
    /** The accepted forms, for messages. */
    public static final String FORMS = "6m, 90s, 1h30m, 1:30 (minutes:seconds) or 1:05:00";
    private static final Pattern CLOCK = Pattern.compile("(?:(\\d{1,2}):)?(\\d{1,3}):(\\d{2})");

    private SegmentDurations() {
    }

    /**
     * A planned duration from {@code text}.
     *
     * @throws IllegalArgumentException with a sentence saying what to write instead
     */
    public static Duration parse(String text) {
        String trimmed = text.strip();
        Matcher clock = CLOCK.matcher(trimmed);
        Duration duration;
        if (clock.matches()) {
            long hours = clock.group(1) == null ? 0 : Long.parseLong(clock.group(1));
            long minutes = Long.parseLong(clock.group(2));
            long seconds = Long.parseLong(clock.group(3));
            if (seconds > 59 || (clock.group(1) != null && minutes > 59)) {
                throw new IllegalArgumentException("\"" + shown(trimmed) + "\" is not a clock duration: seconds and "
                        + "minutes go up to 59; write it like " + FORMS);
            }
            duration = Duration.ofHours(hours).plusMinutes(minutes).plusSeconds(seconds);
        } else {
            try {
                duration = DurationText.parse(trimmed);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(trimmed.isEmpty() ? "a duration is empty: write it like " + FORMS
                        : "\"" + shown(trimmed) + "\" is not a duration: write it like " + FORMS);
            }
        }
        if (duration.compareTo(MAX_SEGMENT) > 0) {
            throw new IllegalArgumentException("\"" + shown(trimmed) + "\" is longer than "
                    + MAX_SEGMENT.toHours() + " hours: a segment is shorter");
        }
        return duration;
    }

    /** As a clock, whole seconds: {@code 0:45}, {@code 6:00}, {@code 1:05:00}. */
    public static String format(Duration duration) {
        long seconds = Math.abs(duration.toSeconds());
        String sign = duration.isNegative() && seconds > 0 ? "-" : "";
        long hours = seconds / 3600;
        long minutes = seconds % 3600 / 60;
        long remainder = seconds % 60;
        return hours > 0 ? String.format(java.util.Locale.ROOT, "%s%d:%02d:%02d", sign, hours, minutes, remainder)
                : String.format(java.util.Locale.ROOT, "%s%d:%02d", sign, minutes, remainder);
    }

    /** With its sign always written, for over/under: {@code +1:30} over, {@code -0:45} under, {@code 0:00} on time. */
    public static String signed(Duration duration) {
        return duration.toSeconds() > 0 ? "+" + format(duration) : format(duration);
    }

    private static String shown(String text) {
        return text.length() > 40 ? text.substring(0, 37) + "..." : text;
    }
}
