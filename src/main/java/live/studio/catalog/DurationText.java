package live.studio.catalog;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as people write them in show files: {@code 15m}, {@code 90s}, {@code 1h30m}, {@code 1h 30m 15s}, or
 * ISO 8601 {@code PT15M}. Units are h, m, s, largest first, each at most once; a bare number is refused because
 * nobody can tell whether it means seconds or minutes.
 */
public final class DurationText {
    private static final Pattern COMPACT = Pattern.compile(
            "(?:(\\d{1,6})\\s*h)?\\s*(?:(\\d{1,6})\\s*m(?:in)?)?\\s*(?:(\\d{1,7})\\s*s)?", Pattern.CASE_INSENSITIVE);
    /** The accepted forms, for messages. */
    public static final String FORMS = "15m, 90s, 1h30m or PT15M";

    private DurationText() {
    }

    /**
     * Parses a duration of zero or more.
     *
     * @throws IllegalArgumentException naming the text and the accepted forms
     */
    public static Duration parse(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("a duration is empty: write it like " + FORMS);
        }
        if (trimmed.regionMatches(true, 0, "PT", 0, 2) || trimmed.regionMatches(true, 0, "P", 0, 1)) {
            try {
                Duration duration = Duration.parse(trimmed.toUpperCase(Locale.ROOT));
                if (duration.isNegative()) {
                    throw new IllegalArgumentException("\"" + text + "\" is negative: a duration is 0 or more");
                }
                return duration;
            } catch (DateTimeParseException e) {
                throw notADuration(text);
            }
        }
        Matcher matcher = COMPACT.matcher(trimmed);
        if (!matcher.matches() || (matcher.group(1) == null && matcher.group(2) == null && matcher.group(3) == null)) {
            throw notADuration(text);
        }
        return Duration.ofHours(number(matcher.group(1)))
                .plusMinutes(number(matcher.group(2)))
                .plusSeconds(number(matcher.group(3)));
    }

    /** The shortest compact form: 1h30m, 15m, 90 s as 1m30s, 0s. Sub-second parts are dropped. */
    public static String format(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds == 0) {
            return "0s";
        }
        StringBuilder text = new StringBuilder();
        if (seconds < 0) {
            text.append('-');
            seconds = -seconds;
        }
        long hours = seconds / 3600;
        long minutes = seconds % 3600 / 60;
        long remainingSeconds = seconds % 60;
        if (hours > 0) {
            text.append(hours).append('h');
        }
        if (minutes > 0) {
            text.append(minutes).append('m');
        }
        if (remainingSeconds > 0) {
            text.append(remainingSeconds).append('s');
        }
        return text.toString();
    }

    private static long number(String digits) {
        return digits == null ? 0 : Long.parseLong(digits);
    }

    private static IllegalArgumentException notADuration(String text) {
        String shown = text.length() > 40 ? text.substring(0, 37) + "..." : text;
        return new IllegalArgumentException("\"" + shown + "\" is not a duration: write it like " + FORMS);
    }
}
