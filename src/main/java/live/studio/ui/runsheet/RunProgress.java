package live.studio.ui.runsheet;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import live.studio.show.runsheet.RunStatus;

/**
 * Where the show is in its run-sheet, as the views need it: a snapshot read from the cue engine a few times a second.
 *
 * @param phase            not started, running, on hold, or ended
 * @param segmentId        the segment on air (empty before the start and after the end)
 * @param segmentElapsed   how long the segment on air has run
 * @param actualDurations  how long each finished segment ran, by id (the timeline overlays them on the plan)
 * @param firedCueIds      the cues already fired in the segment on air (and before)
 * @param now              the time of day the snapshot was taken, for the expected end
 * @param engine           the cue engine's own snapshot, when one runs: its over/under, expected end, time left and
 *                         next cue are the ones shown (one set of figures for the window, the API and the log)
 */
public record RunProgress(RunPhase phase, Optional<String> segmentId, Duration segmentElapsed,
                          Map<String, Duration> actualDurations, Set<String> firedCueIds, LocalDateTime now,
                          Optional<RunStatus> engine) {

    public enum RunPhase { NOT_STARTED, RUNNING, HOLDING, ENDED }

    public RunProgress {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(segmentId, "segmentId");
        Objects.requireNonNull(segmentElapsed, "segmentElapsed");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(engine, "engine");
        actualDurations = Map.copyOf(actualDurations);
        firedCueIds = Set.copyOf(firedCueIds);
    }

    /** Progress worked out by the window alone (no engine's figures). */
    public RunProgress(RunPhase phase, Optional<String> segmentId, Duration segmentElapsed,
                       Map<String, Duration> actualDurations, Set<String> firedCueIds, LocalDateTime now) {
        this(phase, segmentId, segmentElapsed, actualDurations, firedCueIds, now, Optional.empty());
    }

    public static RunProgress notStarted(LocalDateTime now) {
        return new RunProgress(RunPhase.NOT_STARTED, Optional.empty(), Duration.ZERO, Map.of(), Set.of(), now);
    }

    public boolean onAir() {
        return segmentId.isPresent() && (phase == RunPhase.RUNNING || phase == RunPhase.HOLDING);
    }
}
