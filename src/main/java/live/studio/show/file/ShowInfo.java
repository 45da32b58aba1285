package live.studio.show.file;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The show's metadata.
 *
 * @param language the show's language, for captions and number formats (e.g. {@code fr})
 * @param date     the day it airs, when planned; hard starts are times of day on that day (today when empty)
 */
public record ShowInfo(String title, String host, Locale language, Optional<LocalDate> date) {
    public ShowInfo {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(date, "date");
    }
}
