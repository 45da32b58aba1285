package live.studio.show.runsheet;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import live.studio.show.ShowCommand;

/** Small builders for run-sheets in tests: every cue shows a banner whose text is the cue's id. */
final class RunSheets {
    private RunSheets() {
    }

    static Cue timed(String id, long offsetSeconds) {
        return new Cue(id, "cue " + id, new CueTrigger.AtOffset(Duration.ofSeconds(offsetSeconds)),
                new ShowCommand.ShowBanner(id));
    }

    static Cue onGo(String id) {
        return new Cue(id, "cue " + id, new CueTrigger.OnGo(), new ShowCommand.ShowBanner(id));
    }

    static Segment segment(String id, long plannedSeconds, Advance advance, Cue... cues) {
        return new Segment(id, "Segment " + id, Duration.ofSeconds(plannedSeconds), new SegmentStart.FollowsPrevious(),
                advance, "", List.of(), List.of(), Optional.empty(), List.of(cues));
    }

    static Segment automatic(String id, long plannedSeconds, Cue... cues) {
        return segment(id, plannedSeconds, Advance.AUTOMATIC, cues);
    }

    static Segment manual(String id, long plannedSeconds, Cue... cues) {
        return segment(id, plannedSeconds, Advance.MANUAL, cues);
    }

    static RunSheet sheet(Segment... segments) {
        return new RunSheet(List.of(segments));
    }
}
