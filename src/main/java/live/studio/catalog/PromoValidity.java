package live.studio.catalog;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/** How long a promo code holds once it is revealed: for a duration, until a time of day, or for the whole show. */
public sealed interface PromoValidity {
    /** Valid for {@code duration} from the moment it is shown on air. */
    record ForDuration(Duration duration) implements PromoValidity {
        public ForDuration {
            Objects.requireNonNull(duration, "duration");
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("a promo code's duration must be longer than zero, got " + duration);
            }
        }
    }

    /** Valid until this time of day (local time of the studio's machine). */
    record Until(LocalTime timeOfDay) implements PromoValidity {
        public Until {
            Objects.requireNonNull(timeOfDay, "timeOfDay");
        }
    }

    /** No expiry. */
    record Always() implements PromoValidity {
    }
}
