package live.studio.ui.commerce;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import live.studio.catalog.DurationText;
import live.studio.ui.common.Messages;

/** Times as the operator reads and types them: "4:59", "1:02:03"; "2:30", "90s" or "2m30s" for a length. */
public final class ClockText {
    private static final Messages TEXT = Messages.of(ClockText.class);
    private static final Pattern MINUTES_SECONDS = Pattern.compile("(?:(\\d{1,2}):)?(\\d{1,3}):(\\d{2})");

    private ClockText() {
    }

    /** "0:07", "4:59", "1:00:00". */
    public static String remaining(long seconds) {
        long clamped = Math.max(0, seconds);
        long hours = clamped / 3600;
        long minutes = clamped % 3600 / 60;
        long rest = clamped % 60;
        return hours > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, rest)
                : String.format(Locale.ROOT, "%d:%02d", minutes, rest);
    }

    /** A length for a label: "90 s", "15 min", "1 h 30 min". */
    public static String describe(Duration length) {
        long seconds = length.toSeconds();
        if (seconds < 60 || seconds % 60 != 0 && seconds < 600) {
            return seconds < 60 ? seconds + " s" : remaining(seconds);
        }
        long hours = seconds / 3600;
        long minutes = seconds % 3600 / 60;
        if (hours == 0) {
            return minutes + " min";
        }
        return minutes == 0 ? hours + " h" : hours + " h " + minutes + " min";
    }

    /**
     * A length typed by the operator: "2:30" (minutes:seconds), "1:00:00", or the show files' forms
     * ({@value DurationText#FORMS}).
     *
     * @throws IllegalArgumentException with a sentence that says how to write it
     */
    public static Duration length(String text) {
        String trimmed = text.strip();
        Matcher clock = MINUTES_SECONDS.matcher(trimmed);
        if (clock.matches()) {
            long hours = clock.group(1) == null ? 0 : Long.parseLong(clock.group(1));
            long seconds = Long.parseLong(clock.group(3));
            if (seconds > 59) {
                throw new IllegalArgumentException(TEXT.text("length.too-many-seconds", trimmed, seconds));
            }
            return Duration.ofHours(hours).plusMinutes(Long.parseLong(clock.group(2))).plusSeconds(seconds);
        }
        if (trimmed.matches("\\d+")) {
            throw new IllegalArgumentException(TEXT.text("length.no-unit", trimmed));
        }
        try {
            return DurationText.parse(trimmed);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(TEXT.text("length.unreadable", trimmed), e);
        }
    }
}
