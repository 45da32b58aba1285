package live.studio.show.runsheet;

import java.time.Duration;

/** What fires a cue. */
public sealed interface CueTrigger {

    /** At this offset from the start of its segment (on the media clock, so on the frame it is due). */
    record AtOffset(Duration offset) implements CueTrigger {
        public AtOffset {
            if (offset.isNegative()) {
                throw new IllegalArgumentException("a cue's offset cannot be negative: " + offset);
            }
        }
    }

    /** When the operator says "go" (the space bar, the API's cue.go), in the order the cues are written. */
    record OnGo() implements CueTrigger {
    }
}
