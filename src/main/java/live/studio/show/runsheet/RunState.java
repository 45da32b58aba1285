package live.studio.show.runsheet;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import live.studio.show.RunMode;

/**
 * What is saved of a run each time it changes, so that after a crash the studio can resume at the segment it was in
 * without firing a cue twice. Times are instants (the time of day), since the media clock starts again with the
 * process.
 *
 * @param show             which show this run is of (the show file's path, or a name), so another show's state is
 *                         never resumed
 * @param segmentId        the current segment (empty before the start)
 * @param segmentStartedAt when the current segment started
 * @param heldInSegment    how long the current segment was held before the last hold, if any
 * @param heldSince        when the current hold started, when held
 * @param overUnderBefore  over/under of the segments done (positive = under)
 */
public record RunState(String show, RunMode mode, RunPhase phase, Instant showStartedAt, Optional<String> segmentId,
                       Instant segmentStartedAt, Duration heldInSegment, Optional<Instant> heldSince,
                       Duration overUnderBefore, List<String> firedCueIds, List<String> skippedCueIds,
                       Instant savedAt) {
    public RunState {
        Objects.requireNonNull(show, "show");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(showStartedAt, "showStartedAt");
        Objects.requireNonNull(segmentId, "segmentId");
        Objects.requireNonNull(segmentStartedAt, "segmentStartedAt");
        Objects.requireNonNull(heldInSegment, "heldInSegment");
        Objects.requireNonNull(heldSince, "heldSince");
        Objects.requireNonNull(overUnderBefore, "overUnderBefore");
        Objects.requireNonNull(savedAt, "savedAt");
        firedCueIds = List.copyOf(firedCueIds);
        skippedCueIds = List.copyOf(skippedCueIds);
    }

    /** A run that was under way when it was saved (the studio stopped without finishing it): offer to resume it. */
    public boolean resumable() {
        return phase.isUnderWay() && segmentId.isPresent();
    }
}
