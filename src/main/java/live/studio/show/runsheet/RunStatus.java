package live.studio.show.runsheet;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import live.studio.show.RunMode;

/**
 * The run-sheet's run at one moment, as the host and producer views and the API show it. Immutable; take a new one
 * from {@link CueEngine#status()} to move the clocks (a few times a second), and on every change the engine reports.
 *
 * @param phase            not started, running, held, finished
 * @param mode             live or rehearsal (outputs off)
 * @param runSheet         the run-sheet as it is now (edits included)
 * @param segmentIndex     the current segment's index, -1 before the start and after the end
 * @param segmentId        the current segment's id
 * @param segmentElapsed   the segment clock (stops while held)
 * @param segmentRemaining planned duration minus elapsed; negative once the segment runs over
 * @param showClock        time since the run started (holds included)
 * @param overUnder        the show so far against the plan: positive = under (ahead), negative = over (late);
 *                         segments done count with their actual time, the current one only once it runs over
 * @param expectedEnd      when the show ends if the rest runs as planned, from the time of day now
 * @param hardStarts       the hard starts still ahead, with their gap or overlap
 * @param nextCue          the cue that fires next in this segment: the earliest timed one, else the next go cue
 * @param nextGoCue        the cue the space bar fires
 * @param firedCueIds      cues fired in this run, in order
 * @param skippedCueIds    cues that will not fire in this run, in order
 * @param asOf             the time of day of this snapshot
 * @param asOfMediaNanos   the media-clock time of this snapshot (so the run's start on the media clock is
 *                         {@code asOfMediaNanos - showClock})
 */
public record RunStatus(RunPhase phase, RunMode mode, RunSheet runSheet, int segmentIndex, Optional<String> segmentId,
                        Duration segmentElapsed, Duration segmentRemaining, Duration showClock, Duration overUnder,
                        ZonedDateTime expectedEnd, List<HardStart> hardStarts, Optional<NextCue> nextCue,
                        Optional<NextCue> nextGoCue, List<String> firedCueIds, List<String> skippedCueIds,
                        ZonedDateTime asOf, long asOfMediaNanos) {

    public RunStatus {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(mode, "mode");
        hardStarts = List.copyOf(hardStarts);
        firedCueIds = List.copyOf(firedCueIds);
        skippedCueIds = List.copyOf(skippedCueIds);
    }

    public boolean held() {
        return phase == RunPhase.HELD;
    }

    public boolean finished() {
        return phase == RunPhase.FINISHED;
    }

    public Optional<Segment> segment() {
        return segmentIndex < 0 ? Optional.empty() : Optional.of(runSheet.segment(segmentIndex));
    }

    /** The segment after the current one ("what comes next"). */
    public Optional<Segment> nextSegment() {
        int next = segmentIndex + 1;
        return phase == RunPhase.FINISHED || next >= runSheet.size() ? Optional.empty()
                : Optional.of(runSheet.segment(next));
    }

    /**
     * A cue still to fire.
     *
     * @param timeUntil for a timed cue, how long until it fires (frozen while held); empty for a go cue
     */
    public record NextCue(String segmentId, Cue cue, Optional<Duration> timeUntil) {
    }

    /**
     * A segment with a hard start ahead. The engine does not jump to it: at the rate the show goes, it would start at
     * {@code projectedStart}; {@code difference} is the planned start minus that, positive = a gap to fill,
     * negative = an overlap (the show must cut something to make it).
     */
    public record HardStart(String segmentId, LocalTime plannedTimeOfDay, ZonedDateTime plannedStart,
                            ZonedDateTime projectedStart, Duration difference) {
        public boolean isGap() {
            return difference.isPositive();
        }

        public boolean isOverlap() {
            return difference.isNegative();
        }
    }
}
