package live.studio.show.runsheet;

import static live.studio.show.runsheet.RunSheets.automatic;
import static live.studio.show.runsheet.RunSheets.manual;
import static live.studio.show.runsheet.RunSheets.onGo;
import static live.studio.show.runsheet.RunSheets.sheet;
import static live.studio.show.runsheet.RunSheets.timed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import live.studio.compose.Layout;
import live.studio.show.CommandException;
import live.studio.show.CommandSource;
import live.studio.show.ProgramActions;
import live.studio.show.RunMode;
import live.studio.show.ShowCommand;
import live.studio.show.ShowEvent;
import org.junit.jupiter.api.Test;

class CueEngineTest {

    private static Duration seconds(long seconds) {
        return Duration.ofSeconds(seconds);
    }

    private static void command(EngineRig rig, ShowCommand command) throws CommandException {
        rig.controller.execute(command, CommandSource.WINDOW);
    }

    @Test
    void timedCuesFireAtTheirMomentInOffsetOrderThenTheSegmentEndsByItself() throws CommandException {
        EngineRig rig = new EngineRig(sheet(automatic("a", 60, timed("late", 40), timed("early", 10),
                timed("also-early", 10)), automatic("b", 30, timed("b0", 0))));
        Map<String, Long> firedAt = new HashMap<>();
        rig.controller.subscribe(event -> {
            if (event instanceof ShowEvent.CueFired cue) {
                firedAt.put(cue.cueId(), rig.time.nanos());
            }
        });
        command(rig, new ShowCommand.StartRunSheet(RunMode.LIVE));
        rig.runSeconds(100);

        assertThat(rig.firedIds()).containsExactly("early", "also-early", "late", "b0");
        assertThat(firedAt).containsEntry("early", seconds(10).toNanos()).containsEntry("late", seconds(40).toNanos())
                .containsEntry("b0", seconds(60).toNanos());
        assertThat(rig.fired()).allSatisfy(cue -> assertThat(cue.lateMillis()).isZero());
        assertThat(rig.segmentsStarted()).containsExactly("a", "b");
        assertThat(rig.engine.status().phase()).isEqualTo(RunPhase.FINISHED);
        assertThat(rig.engine.status().showClock()).isEqualTo(seconds(90));
        assertThat(rig.engine.status().overUnder()).isZero();
    }

    @Test
    void aHoldStopsTheSegmentClockAndTheCuesWaitAsLong() throws CommandException {
        EngineRig rig = new EngineRig(sheet(automatic("a", 60, timed("c", 10))));
        command(rig, new ShowCommand.StartRunSheet(RunMode.LIVE));
        rig.runSeconds(5);
        command(rig, new ShowCommand.HoldShow());
        rig.runSeconds(20);
        assertThat(rig.firedIds()).isEmpty();
        assertThat(rig.engine.status().held()).isTrue();
        assertThat(rig.engine.status().segmentElapsed()).isEqualTo(seconds(5));
        assertThat(rig.engine.status().nextCue().orElseThrow().timeUntil()).contains(seconds(5));

        command(rig, new ShowCommand.ResumeShow());
        rig.runSeconds(4);
        assertThat(rig.firedIds()).isEmpty();
        rig.runSeconds(1);
        assertThat(rig.firedIds()).containsExactly("c");
        // the show is 20 s late: the hold counts against the plan once the segment runs past its planned length
        rig.runSeconds(45);
        assertThat(rig.engine.status().segmentElapsed()).isEqualTo(seconds(55));
        assertThat(rig.engine.status().overUnder()).isEqualTo(seconds(-15));
    }

    @Test
    void aManualSegmentStaysAndShowsItsOverrunUntilTheOperatorMovesOn() throws CommandException {
        EngineRig rig = new EngineRig(sheet(manual("a", 60, timed("after-end", 70)), automatic("b", 60)));
        command(rig, new ShowCommand.StartRunSheet(RunMode.LIVE));
        rig.runSeconds(90);
        RunStatus status = rig.engine.status();
        assertThat(status.segmentId()).contains("a");
        assertThat(status.segmentRemaining()).isEqualTo(seconds(-30));
        assertThat(status.overUnder()).isEqualTo(seconds(-30));
        assertThat(rig.firedIds()).containsExactly("after-end");
        assertThat(status.expectedEnd()).isEqualTo(rig.time.wallNow().plusSeconds(60));

        command(rig, new ShowCommand.NextSegment());
        rig.runSeconds(20);
        assertThat(rig.engine.status().segmentId()).contains("b");
        assertThat(rig.engine.status().overUnder()).isEqualTo(seconds(-30));
        assertThat(rig.engine.status().expectedEnd()).isEqualTo(rig.time.wallNow().plusSeconds(40));
    }

    @Test
    void unattendedManualSegmentsEndAtTheirPlannedDuration() throws CommandException {
        EngineRig rig = new EngineRig(sheet(manual("a", 60), manual("b", 30)), Staffing.UNATTENDED);
        command(rig, new ShowCommand.StartRunSheet(RunMode.LIVE));
        rig.runSeconds(61);
        assertThat(rig.engine.status().segmentId()).contains("b");
        rig.runSeconds(30);
        assertThat(rig.engine.status().finished()).isTrue();
    }

    @Test
    void goFiresTheGoCuesInTheOrderWrittenAndSaysWhenNoneIsLeft() throws CommandException {
        EngineRig rig = new EngineRig(sheet(manual("a", 60, onGo("g1"), timed("t", 30), onGo("g2"))));
        command(rig, new ShowCommand.StartRunSheet(RunMode.LIVE));
        assertThat(rig.engine.status().nextCue().orElseThrow().cue().id()).isEqualTo("t");
        assertThat(rig.engine.status().nextGoCue().orElseThrow().cue().id()).isEqualTo("g1");
        command(rig, new ShowCommand.GoCue());
        command(rig, new ShowCommand.GoCue());
        assertThatThrownBy(() -> command(rig, new ShowCommand.GoCue())).isInstanceOf(CommandException.class)
                .hasMessageContaining("no cue waits for go");
        assertThat(rig.firedIds()).containsExactly("g1", "g2");
        assertThat(rig.events).filteredOn(ShowEvent.CommandExecuted.class::isInstance)
                .map(event -> (ShowEvent.CommandExecuted) event)
                .filteredOn(executed -> executed.source() == CommandSource.CUE)
                .map(executed -> executed.command()).containsExactly(new ShowCommand.ShowBanner("g1"),
                        new ShowCommand.ShowBanner("g2"));
    }

    @Test
    void skipTakesTheNextCueOrTheOneNamedAndASkippedCueNeverFires() throws CommandException {
        EngineRig rig = new EngineRig(sheet(automatic("a", 60, timed("one", 10), timed("two", 20), timed("three", 30))));
        command(rig, new ShowCommand.StartRunSheet(RunMode.LIVE));
        command(rig, new ShowCommand.SkipCue(Optional.empty()));
        command(rig, new ShowCommand.SkipCue(Optional.of("three")));
        assertThatThrownBy(() -> command(rig, new ShowCommand.SkipCue(Optional.of("three"))))
                .isInstanceOf(CommandException.class).hasMessageContaining("already been skipped");
        assertThatThrownBy(() -> command(rig, new ShowCommand.SkipCue(Optional.of("nope"))))
                .isInstanceOf(CommandException.class).hasMessageContaining("no cue \"nope\"");
        rig.runSeconds(60);
        assertThat(rig.firedIds()).containsExactly("two");
        assertThat(rig.engine.status().skippedCueIds()).containsExactly("one", "three");
    }

    @Test
    void goingBackToASegmentFiresOnlyItsCuesThatHadNotFired() throws CommandException {
        EngineRig rig = new EngineRig(sheet(manual("a", 60, timed("a10", 10), timed("a40", 40)), manual("b", 60)));
        command(rig, new ShowCommand.StartRunSheet(RunMode.LIVE));
        rig.runSeconds(20);
        command(rig, new ShowCommand.NextSegment());
        rig.runSeconds(5);
        command(rig, new ShowCommand.PreviousSegment());
        rig.runSeconds(60);
        assertThat(rig.firedIds()).containsExactly("a10", "a40");
        assertThat(rig.segmentsStarted()).containsExactly("a", "b", "a");
        assertThatThrownBy(() -> command(rig, new ShowCommand.GoToSegment("zzz"))).isInstanceOf(CommandException.class)
                .satisfies(e -> assertThat(((CommandException) e).field()).isEqualTo("segment"));
        command(rig, new ShowCommand.GoToSegment("b"));
        assertThat(rig.engine.status().segmentId()).contains("b");
    }

    @Test
    void anEditDuringTheShowKeepsTheSegmentAndTheFiredCuesAndFollowsTheNewTimes() throws CommandException {
        Segment a = automatic("a", 60, timed("a10", 10), timed("a30", 30));
        EngineRig rig = new EngineRig(sheet(automatic("intro", 20), a));
        command(rig, new ShowCommand.StartRunSheet(RunMode.LIVE));
        rig.runSeconds(35); // 15 s into a: a10 fired
        RunSheet edited = sheet(automatic("new-first", 5), automatic("intro", 20),
                a.withPlannedDuration(seconds(90)).withCues(List.of(timed("a10", 50), timed("a30", 12),
                        timed("a45", 45))));
        rig.engine.replaceRunSheet(edited);
        assertThat(rig.engine.status().segmentId()).contains("a");
        assertThat(rig.engine.status().segmentIndex()).isEqualTo(2);
        assertThat(rig.engine.status().skippedCueIds()).containsExactly("a30"); // moved before the segment clock
        rig.runSeconds(80);
        assertThat(rig.firedIds()).containsExactly("a10", "a45"); // a10 is not fired again at its new offset
        assertThat(rig.engine.status().finished()).isTrue();
    }

    @Test
    void overUnderCountsFinishedSegmentsByTheirActualTimeAndTheCurrentOneOnlyWhenItRunsOver() throws CommandException {
        EngineRig rig = new EngineRig(sheet(manual("a", 60), manual("b", 60), automatic("c", 60)));
        command(rig, new ShowCommand.StartRunSheet(RunMode.LIVE));
        rig.runSeconds(45);
        command(rig, new ShowCommand.NextSegment()); // 15 s under
        rig.runSeconds(30);
        assertThat(rig.engine.status().overUnder()).isEqualTo(seconds(15));
        rig.runSeconds(50); // b runs 20 s over
        assertThat(rig.engine.status().overUnder()).isEqualTo(seconds(-5));
        assertThat(rig.engine.status().expectedEnd()).isEqualTo(rig.time.wallNow().plusSeconds(60));
        assertThat(rig.engine.status().showClock()).isEqualTo(seconds(125));
    }

    @Test
    void hardStartsShowTheirGapOrOverlapWithoutJumping() throws CommandException {
        // 20:00 now; a (10 min) then b hard at 20:15 (a 5 min gap), c (10 min) then d hard at 20:20 (5 min overlap)
        Segment hardB = manual("b", 600).withStart(new SegmentStart.AtTimeOfDay(LocalTime.of(20, 15)));
        Segment hardD = manual("d", 600).withStart(new SegmentStart.AtTimeOfDay(LocalTime.of(20, 20)));
        EngineRig rig = new EngineRig(sheet(manual("a", 600), hardB, manual("c", 600), hardD));
        List<RunStatus.HardStart> before = rig.engine.status().hardStarts();
        assertThat(before).extracting(RunStatus.HardStart::segmentId).containsExactly("b", "d");
        assertThat(before.get(0).difference()).isEqualTo(Duration.ofMinutes(5));
        assertThat(before.get(0).isGap()).isTrue();
        assertThat(before.get(1).difference()).isEqualTo(Duration.ofMinutes(-10));
        assertThat(before.get(1).isOverlap()).isTrue();

        command(rig, new ShowCommand.StartRunSheet(RunMode.LIVE));
        rig.run(Duration.ofMinutes(12)); // a runs 2 min over: the gap before b shrinks to 3 min
        List<RunStatus.HardStart> during = rig.engine.status().hardStarts();
        assertThat(during.get(0).difference()).isEqualTo(Duration.ofMinutes(3));
        assertThat(during.get(0).projectedStart().toLocalTime()).isEqualTo(LocalTime.of(20, 12));
        assertThat(rig.engine.status().segmentId()).contains("a"); // no jump
    }

    @Test
    void aSegmentWithALayoutSetsItWhenItStarts() throws CommandException {
        List<Layout> layouts = new ArrayList<>();
        Segment withLayout = new Segment("a", "A", seconds(10), new SegmentStart.FollowsPrevious(),
                Advance.AUTOMATIC, "", List.of(), List.of(), Optional.of("pictureInPicture"), List.of());
        Segment named = new Segment("b", "B", seconds(10), new SegmentStart.FollowsPrevious(),
                Advance.AUTOMATIC, "", List.of(), List.of(), Optional.of("demo-closeup"), List.of());
        EngineRig rig = new EngineRig(sheet(withLayout, named));
        rig.controller.setProgramActions(new RecordingProgram(layouts));
        rig.engine.setLayouts(Map.of("demo-closeup", Layout.SIDE_BY_SIDE));
        command(rig, new ShowCommand.StartRunSheet(RunMode.LIVE));
        rig.runSeconds(15);
        assertThat(layouts).containsExactly(Layout.PICTURE_IN_PICTURE, Layout.SIDE_BY_SIDE);
    }

    @Test
    void aRehearsalKeepsTheOutputsOffWhoeverAsks() throws CommandException {
        List<Layout> layouts = new ArrayList<>();
        RecordingProgram program = new RecordingProgram(layouts);
        Cue goLive = new Cue("go-live", "", new CueTrigger.AtOffset(Duration.ZERO), new ShowCommand.StartStream());
        EngineRig rig = new EngineRig(sheet(automatic("a", 60, goLive, timed("banner", 1))));
        rig.controller.setProgramActions(program);
        command(rig, new ShowCommand.StartRunSheet(RunMode.REHEARSAL));
        rig.runSeconds(2);
        assertThat(program.streamStarts).isZero();
        assertThat(rig.firedIds()).containsExactly("go-live", "banner");
        assertThatThrownBy(() -> command(rig, new ShowCommand.StartRecording())).isInstanceOf(CommandException.class)
                .hasMessageContaining("rehearsal");
        command(rig, new ShowCommand.StopRunSheet());
        command(rig, new ShowCommand.StartStream());
        assertThat(program.streamStarts).isEqualTo(1);
    }

    @Test
    void aResumedRunContinuesInItsSegmentWithoutFiringACueTwiceAndSkipsWhatWasDueWhileDown() throws Exception {
        RunSheet plan = sheet(automatic("a", 30, timed("a5", 5)), manual("b", 120, timed("b10", 10),
                timed("b40", 40), timed("b90", 90)), automatic("c", 30));
        EngineRig first = new EngineRig(plan);
        command(first, new ShowCommand.StartRunSheet(RunMode.LIVE));
        first.runSeconds(45); // 15 s into b: b10 fired
        RunState saved = first.saved.getLast();
        assertThat(saved.segmentId()).contains("b");
        assertThat(saved.firedCueIds()).containsExactly("a5", "b10");
        RunState reread = RunStateFile.load(writeAndRead(saved)).orElseThrow();
        assertThat(reread).isEqualTo(saved);

        // the studio comes back 35 s later: 50 s into b, so b40 was due while it was down
        EngineRig second = new EngineRig(plan);
        second.time.setNanos(first.time.nanos() + seconds(35).toNanos());
        second.engine.resumeFrom(reread);
        second.runSeconds(100);
        assertThat(second.segmentsStarted()).first().isEqualTo("b");
        assertThat(second.firedIds()).containsExactly("b90");
        assertThat(second.engine.status().skippedCueIds()).containsExactly("b40");
        assertThat(second.engine.status().segmentElapsed()).isEqualTo(seconds(150));
    }

    private static java.nio.file.Path writeAndRead(RunState state) throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempDirectory("run-state").resolve(RunStateFile.FILE_NAME);
        live.studio.files.AtomicFiles.writeString(file, RunStateFile.toJson(state));
        return file;
    }

    private static final class RecordingProgram implements ProgramActions {
        private final List<Layout> layouts;
        int streamStarts;

        RecordingProgram(List<Layout> layouts) {
            this.layouts = layouts;
        }

        @Override
        public void startStreaming() {
            streamStarts++;
        }

        @Override
        public void stopStreaming() {
        }

        @Override
        public void startRecording() {
        }

        @Override
        public void stopRecording() {
        }

        @Override
        public void setLayout(Layout layout) {
            layouts.add(layout);
        }
    }
}
