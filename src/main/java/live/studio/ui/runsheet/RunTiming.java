package live.studio.ui.runsheet;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import live.studio.show.runsheet.Cue;
import live.studio.show.runsheet.CueTrigger;
import live.studio.show.runsheet.RunSheet;
import live.studio.show.runsheet.RunStatus;
import live.studio.show.runsheet.Segment;
import live.studio.show.runsheet.SegmentStart;

/**
 * The producer's figures from a run-sheet and where the show is in it: over/under so far, the expected end, the time
 * left in the segment, the next cue. Negative over/under means the show runs late (the rundown tools' convention:
 * overrun in red, negative). Plain values, no JavaFX: both views and their tests read them.
 */
public record RunTiming(RunSheet runSheet, RunProgress progress) {

    /** One block of the timeline: the plan, and what actually ran (for finished and current segments). */
    public record Block(String segmentId, String title, Duration planned, Optional<Duration> actual, BlockState state) {
    }

    public enum BlockState { DONE, ON_AIR, TO_COME }

    /** The next cue of the segment on air and when it fires: at an offset (time to go) or on the operator's go. */
    public record NextCue(Cue cue, Optional<Duration> firesIn) {
    }

    /** The index of the segment on air, or -1. */
    public int currentIndex() {
        return progress.segmentId().map(runSheet::indexOf).orElse(-1);
    }

    public Optional<Segment> current() {
        int index = currentIndex();
        return index < 0 || !progress.onAir() ? Optional.empty() : Optional.of(runSheet.segment(index));
    }

    /** The segment after the one on air; before the start, the first one. */
    public Optional<Segment> next() {
        if (progress.phase() == RunProgress.RunPhase.ENDED) {
            return Optional.empty();
        }
        int index = progress.onAir() ? currentIndex() + 1 : 0;
        return index >= 0 && index < runSheet.size() ? Optional.of(runSheet.segment(index)) : Optional.empty();
    }

    /** Planned minus elapsed for the segment on air: negative once it runs over. */
    public Optional<Duration> segmentLeft() {
        if (progress.engine().isPresent() && current().isPresent()) {
            return Optional.of(progress.engine().get().segmentRemaining());
        }
        return current().map(segment -> segment.plannedDuration().minus(progress.segmentElapsed()));
    }

    /**
     * Over/under so far: for each finished segment planned minus actual, and for the one on air only its overrun (a
     * segment that has not reached its planned length is not early yet). Negative: the show is late.
     */
    public Duration overUnder() {
        if (progress.engine().isPresent()) {
            return progress.engine().get().overUnder();
        }
        Duration total = Duration.ZERO;
        int current = progress.onAir() ? currentIndex() : runSheet.size();
        for (int index = 0; index < runSheet.size(); index++) {
            Segment segment = runSheet.segment(index);
            Duration actual = progress.actualDurations().get(segment.id());
            if (index < current && actual != null) {
                total = total.plus(segment.plannedDuration().minus(actual));
            }
        }
        Optional<Duration> left = segmentLeft();
        if (left.isPresent() && left.get().isNegative()) {
            total = total.plus(left.get());
        }
        return total;
    }

    /**
     * When the show will end: from now, the rest of the segment on air (at least nothing) and the planned lengths of
     * the segments after it; a hard start later than the running time waits for it. Before the start: from now.
     */
    public LocalDateTime expectedEnd() {
        if (progress.engine().isPresent() && progress.engine().get().expectedEnd() != null) {
            return progress.engine().get().expectedEnd().toLocalDateTime();
        }
        LocalDateTime time = progress.now();
        int from = 0;
        if (progress.onAir()) {
            Duration left = segmentLeft().orElse(Duration.ZERO);
            time = time.plus(left.isNegative() ? Duration.ZERO : left);
            from = currentIndex() + 1;
        } else if (progress.phase() == RunProgress.RunPhase.ENDED) {
            return time;
        }
        for (int index = from; index < runSheet.size(); index++) {
            Segment segment = runSheet.segment(index);
            if (segment.start() instanceof SegmentStart.AtTimeOfDay hard) {
                LocalDateTime hardStart = time.toLocalDate().atTime(hard.timeOfDay());
                if (hardStart.isAfter(time)) {
                    time = hardStart;
                }
            }
            time = time.plus(segment.plannedDuration());
        }
        return time;
    }

    /** The next cue not yet fired in the segment on air, in the order written. */
    public Optional<NextCue> nextCue() {
        if (progress.engine().isPresent()) {
            return current().isEmpty() ? Optional.empty() : progress.engine().get().nextCue()
                    .map(next -> new NextCue(next.cue(), next.timeUntil()));
        }
        Optional<Segment> segment = current();
        if (segment.isEmpty()) {
            return Optional.empty();
        }
        for (Cue cue : segment.get().cues()) {
            if (progress.firedCueIds().contains(cue.id())) {
                continue;
            }
            return Optional.of(switch (cue.trigger()) {
                case CueTrigger.AtOffset offset -> new NextCue(cue,
                        Optional.of(max(Duration.ZERO, offset.offset().minus(progress.segmentElapsed()))));
                case CueTrigger.OnGo go -> new NextCue(cue, Optional.empty());
            });
        }
        return Optional.empty();
    }

    /** The cue the space bar fires: the next go cue of the segment on air not yet fired. */
    public Optional<Cue> nextGoCue() {
        if (current().isEmpty()) {
            return Optional.empty();
        }
        if (progress.engine().isPresent()) {
            return progress.engine().get().nextGoCue().map(RunStatus.NextCue::cue);
        }
        return current().get().cues().stream()
                .filter(cue -> cue.trigger() instanceof CueTrigger.OnGo && !progress.firedCueIds().contains(cue.id()))
                .findFirst();
    }

    /** The timeline: one block per segment, in running order. */
    public List<Block> blocks() {
        List<Block> blocks = new ArrayList<>();
        int current = progress.onAir() ? currentIndex() : (progress.phase() == RunProgress.RunPhase.ENDED
                ? runSheet.size() : -1);
        for (int index = 0; index < runSheet.size(); index++) {
            Segment segment = runSheet.segment(index);
            BlockState state = current < 0 || index > current ? BlockState.TO_COME
                    : index == current ? BlockState.ON_AIR : BlockState.DONE;
            Optional<Duration> actual = switch (state) {
                case ON_AIR -> Optional.of(progress.segmentElapsed());
                case DONE -> Optional.ofNullable(progress.actualDurations().get(segment.id()));
                case TO_COME -> Optional.empty();
            };
            blocks.add(new Block(segment.id(), segment.title(), segment.plannedDuration(), actual, state));
        }
        return blocks;
    }

    private static Duration max(Duration first, Duration second) {
        return first.compareTo(second) >= 0 ? first : second;
    }
}
