package live.studio.show;

import java.time.ZonedDateTime;
import live.studio.media.MediaClock;

/** The show's two clocks: media time for what is on air, the wall clock for "until 21:30". */
public interface ShowTime {

    /** Monotonic nanoseconds, the same clock the frame clock stamps frames with. */
    long nanos();

    ZonedDateTime wallNow();

    static ShowTime of(MediaClock clock) {
        return new ShowTime() {
            @Override
            public long nanos() {
                return clock.elapsedNanos();
            }

            @Override
            public ZonedDateTime wallNow() {
                return ZonedDateTime.now();
            }
        };
    }
}
