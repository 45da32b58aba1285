package live.studio.ui.runsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import live.studio.show.ShowCommand;
import live.studio.show.runsheet.Cue;
import live.studio.show.runsheet.CueTrigger;
import live.studio.show.runsheet.RunSheet;
import live.studio.show.runsheet.Segment;
import live.studio.show.runsheet.SegmentStart;
import org.junit.jupiter.api.Test;

class RunTimingTest {
    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 21, 20, 10, 0);

    static RunSheet show() {
        return new RunSheet(List.of(
                Segment.of("opening", "Opening", Duration.ofMinutes(2)),
                Segment.of("demo", "Sneaker demo", Duration.ofMinutes(6)).withCues(List.of(
                        new Cue("card", "Sneaker card", new CueTrigger.AtOffset(Duration.ofSeconds(30)),
                                new ShowCommand.ShowProduct("sneaker")),
                        new Cue("promo", "", new CueTrigger.OnGo(), new ShowCommand.ShowPromo("LIVE20")))),
                Segment.of("sale", "Flash sale", Duration.ofMinutes(3))
                        .withStart(new SegmentStart.AtTimeOfDay(LocalTime.of(20, 30)))));
    }

    static RunProgress running(String segment, Duration elapsed, Map<String, Duration> actual, Set<String> fired) {
        return new RunProgress(RunProgress.RunPhase.RUNNING, Optional.of(segment), elapsed, actual, fired, NOW);
    }

    @Test
    void aSegmentThatRunsOverMakesTheShowLateAndItsTimeLeftNegative() {
        RunTiming timing = new RunTiming(show(), running("demo", Duration.ofSeconds(400),
                Map.of("opening", Duration.ofSeconds(150)), Set.of("card")));

        assertThat(timing.current()).map(Segment::id).contains("demo");
        assertThat(timing.next()).map(Segment::id).contains("sale");
        assertThat(timing.segmentLeft()).contains(Duration.ofSeconds(-40));
        // 30 s late in the opening, 40 s over in the demo so far
        assertThat(timing.overUnder()).isEqualTo(Duration.ofSeconds(-70));
        assertThat(timing.nextCue()).map(next -> next.cue().id()).contains("promo");
        assertThat(timing.nextCue().orElseThrow().firesIn()).isEmpty();
    }

    @Test
    void aSegmentUnderItsPlanIsNotEarlyYetButAFinishedShortOneIs() {
        RunTiming timing = new RunTiming(show(), running("demo", Duration.ofSeconds(10),
                Map.of("opening", Duration.ofSeconds(100)), Set.of()));

        assertThat(timing.overUnder()).isEqualTo(Duration.ofSeconds(20));
        assertThat(timing.nextCue().orElseThrow().firesIn()).contains(Duration.ofSeconds(20));
        assertThat(timing.blocks()).extracting(RunTiming.Block::state).containsExactly(
                RunTiming.BlockState.DONE, RunTiming.BlockState.ON_AIR, RunTiming.BlockState.TO_COME);
        assertThat(timing.blocks().get(0).actual()).contains(Duration.ofSeconds(100));
        assertThat(timing.blocks().get(1).actual()).contains(Duration.ofSeconds(10));
    }

    @Test
    void theExpectedEndCountsTheRestOfTheSegmentAndWaitsForAHardStart() {
        // 20:10 + 5:50 left = 20:15:50; the sale's hard start at 20:30, + 3 min
        RunTiming timing = new RunTiming(show(), running("demo", Duration.ofSeconds(10), Map.of(), Set.of()));
        assertThat(timing.expectedEnd()).isEqualTo(LocalDateTime.of(2026, 11, 21, 20, 33, 0));

        RunSheet soft = show().with(2, show().segment(2).withStart(new SegmentStart.FollowsPrevious()));
        assertThat(new RunTiming(soft, RunProgress.notStarted(NOW)).expectedEnd())
                .isEqualTo(NOW.plusMinutes(11));
    }

    @Test
    void beforeTheStartNothingIsOnAirAndTheFirstSegmentComesNext() {
        RunTiming timing = new RunTiming(show(), RunProgress.notStarted(NOW));

        assertThat(timing.current()).isEmpty();
        assertThat(timing.next()).map(Segment::id).contains("opening");
        assertThat(timing.overUnder()).isZero();
        assertThat(timing.nextCue()).isEmpty();
    }
}
