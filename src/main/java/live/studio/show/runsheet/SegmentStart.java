package live.studio.show.runsheet;

import java.time.LocalTime;

/** When a segment starts: right after the previous one (soft), or at a time of day (hard, e.g. a sale at 20:00). */
public sealed interface SegmentStart {

    /** Starts when the previous segment ends, whenever that is. */
    record FollowsPrevious() implements SegmentStart {
    }

    /** Planned to start at this time of day; the clock shows the gap or the overlap with the segments before it. */
    record AtTimeOfDay(LocalTime timeOfDay) implements SegmentStart {
        public AtTimeOfDay {
            java.util.Objects.requireNonNull(timeOfDay, "timeOfDay");
        }
    }
}
