package live.studio.show.runsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import live.studio.show.CommandException;
import live.studio.show.CommandSource;
import live.studio.show.RunMode;
import live.studio.show.ShowCommand;
import live.studio.show.ShowEvent;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * For random run-sheets and random operator actions (next, previous, go to, skip, hold and resume, go, edits during
 * the show, waits), driven on a hand-moved clock the way the engine's thread drives it:
 * <ul>
 *   <li>no cue fires twice, and a skipped cue never fires;</li>
 *   <li>every timed cue fires exactly when the segment clock reaches its offset, so within a run of a segment they
 *       fire in offset order (as written on a tie);</li>
 *   <li>when a segment runs to its planned end, each of its timed cues due by then has fired once or was skipped.</li>
 * </ul>
 */
class CueEnginePropertiesTest {

    sealed interface Action {
    }

    record Wait(long millis) implements Action {
    }

    record Operator(ShowCommand command) implements Action {
    }

    /** An edit of the run-sheet during the show, chosen by {@code kind} and placed by {@code a} and {@code b}. */
    record Edit(int kind, int a, int b) implements Action {
    }

    @Property(tries = 400)
    void everyCueFiresAtMostOnceOnTimeAndInOrder(@ForAll("sheets") RunSheet sheet,
                                                 @ForAll("actions") List<Action> actions,
                                                 @ForAll Staffing staffing) {
        EngineRig rig = new EngineRig(sheet, staffing);
        List<String> problems = new ArrayList<>();
        List<FiredCue> firedCues = new ArrayList<>();
        int[] visit = {0, 0}; // segment runs started, edits made
        rig.controller.subscribe(event -> watch(rig, event, problems, firedCues, visit));
        execute(rig, new ShowCommand.StartRunSheet(RunMode.LIVE));
        int fresh = 0;
        for (Action action : actions) {
            switch (action) {
                case Wait wait -> rig.run(Duration.ofMillis(wait.millis()));
                case Operator operator -> execute(rig, resolve(operator.command(), rig.engine.runSheet()));
                case Edit edit -> {
                    visit[1]++;
                    rig.engine.replaceRunSheet(edited(rig.engine.runSheet(), edit, "new" + fresh++));
                }
            }
        }
        execute(rig, new ShowCommand.ResumeShow());
        rig.run(Duration.ofMinutes(10)); // enough for every automatic (or unattended) segment to end

        assertThat(problems).isEmpty();
        List<String> firedIds = rig.firedIds();
        assertThat(new HashSet<>(firedIds)).as("no cue fired twice: %s", firedIds).hasSize(firedIds.size());
        Set<String> firedAndSkipped = new HashSet<>(firedIds);
        firedAndSkipped.retainAll(rig.engine.status().skippedCueIds());
        assertThat(firedAndSkipped).as("skipped cues that fired").isEmpty();
        for (int i = 1; i < firedCues.size(); i++) {
            FiredCue before = firedCues.get(i - 1);
            FiredCue after = firedCues.get(i);
            if (before.visit() == after.visit() && before.offsetNanos() >= 0 && after.offsetNanos() >= 0) {
                assertThat(after.offsetNanos()).as("offset order within a run of a segment")
                        .isGreaterThanOrEqualTo(before.offsetNanos());
                if (after.offsetNanos() == before.offsetNanos() && after.edits() == before.edits()) {
                    // (an edit at that very moment may put a cue written earlier at the same offset: it fires then)
                    assertThat(after.writtenIndex()).as("written order on a tie").isGreaterThan(before.writtenIndex());
                }
            }
        }
        if (staffing == Staffing.UNATTENDED) {
            assertThat(rig.engine.status().finished()).as("an unattended show ends by itself").isTrue();
        }
    }

    private record FiredCue(String id, int visit, long offsetNanos, int writtenIndex, int edits) {
    }

    /** Checks made at the moment of each event, under the controller's lock, as a listener sees it. */
    private static void watch(EngineRig rig, ShowEvent event, List<String> problems, List<FiredCue> firedCues,
                              int[] visit) {
        switch (event) {
            case ShowEvent.SegmentStarted started -> {
                visit[0]++;
                if (started.entry() == ShowEvent.SegmentEntry.AUTOMATIC && started.index() > 0) {
                    checkRanToItsEnd(rig, rig.engine.runSheet().segment(started.index() - 1), problems);
                }
            }
            case ShowEvent.RunChanged run when run.state().equals("finished") -> {
                RunSheet sheet = rig.engine.runSheet();
                checkRanToItsEnd(rig, sheet.segment(sheet.size() - 1), problems);
            }
            case ShowEvent.CueFired fired -> {
                RunStatus status = rig.engine.status();
                Segment segment = status.segment().orElseThrow();
                int written = indexOf(segment, fired.cueId());
                if (written < 0) {
                    problems.add("cue " + fired.cueId() + " fired outside its segment " + segment.id());
                    return;
                }
                Cue cue = segment.cues().get(written);
                long offset = -1;
                if (cue.trigger() instanceof CueTrigger.AtOffset at) {
                    offset = at.offset().toNanos();
                    if (!status.segmentElapsed().equals(at.offset())) {
                        problems.add("cue " + cue.id() + " at " + at.offset() + " fired at segment time "
                                + status.segmentElapsed());
                    }
                }
                firedCues.add(new FiredCue(cue.id(), visit[0], offset, written, visit[1]));
            }
            default -> {
            }
        }
    }

    private static void checkRanToItsEnd(EngineRig rig, Segment segment, List<String> problems) {
        RunStatus status = rig.engine.status();
        for (Cue cue : segment.cues()) {
            if (cue.trigger() instanceof CueTrigger.AtOffset at && at.offset().compareTo(segment.plannedDuration()) <= 0
                    && !status.firedCueIds().contains(cue.id()) && !status.skippedCueIds().contains(cue.id())) {
                problems.add("segment " + segment.id() + " ran to its end but cue " + cue.id() + " at " + at.offset()
                        + " neither fired nor was skipped");
            }
        }
    }

    private static int indexOf(Segment segment, String cueId) {
        for (int i = 0; i < segment.cues().size(); i++) {
            if (segment.cues().get(i).id().equals(cueId)) {
                return i;
            }
        }
        return -1;
    }

    private static void execute(EngineRig rig, ShowCommand command) {
        try {
            rig.controller.execute(command, CommandSource.WINDOW);
        } catch (CommandException refused) {
            // refusals (go with nothing to go, hold when held ...) change nothing; the properties still hold
        }
    }

    /** A go-to names a segment by its position now (the run-sheet changes under edits). */
    private static ShowCommand resolve(ShowCommand command, RunSheet sheet) {
        if (command instanceof ShowCommand.GoToSegment goTo && !sheet.isEmpty()) {
            return new ShowCommand.GoToSegment(sheet.segment(Math.floorMod(goTo.segment().hashCode(), sheet.size())).id());
        }
        return command;
    }

    static RunSheet edited(RunSheet sheet, Edit edit, String freshId) {
        if (sheet.isEmpty()) {
            return sheet;
        }
        int at = Math.floorMod(edit.a(), sheet.size());
        Segment segment = sheet.segment(at);
        return switch (Math.floorMod(edit.kind(), 5)) {
            case 0 -> sheet.with(at, segment.withPlannedDuration(Duration.ofSeconds(1 + Math.floorMod(edit.b(), 40))));
            case 1 -> {
                if (segment.cues().isEmpty()) {
                    yield sheet;
                }
                List<Cue> cues = new ArrayList<>(segment.cues());
                int which = Math.floorMod(edit.b(), cues.size());
                Cue cue = cues.get(which);
                cues.set(which, new Cue(cue.id(), cue.label(), new CueTrigger.AtOffset(Duration.ofMillis(
                        Math.floorMod(edit.b() * 7919L, 45_000L))), cue.command()));
                yield sheet.with(at, segment.withCues(cues));
            }
            case 2 -> sheet.moved(at, Math.floorMod(edit.b(), sheet.size()));
            case 3 -> sheet.size() > 1 ? sheet.removed(at) : sheet;
            default -> {
                List<Cue> cues = new ArrayList<>(segment.cues());
                cues.add(Math.floorMod(edit.b(), cues.size() + 1), new Cue(freshId, "", new CueTrigger.AtOffset(
                        Duration.ofMillis(Math.floorMod(edit.b() * 104_729L, 45_000L))),
                        new ShowCommand.ShowBanner(freshId)));
                yield sheet.with(at, segment.withCues(cues));
            }
        };
    }

    @Provide
    Arbitrary<RunSheet> sheets() {
        Arbitrary<List<Segment>> segments = segment().list().ofMinSize(1).ofMaxSize(5);
        return segments.map(list -> {
            List<Segment> named = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Segment segment = list.get(i);
                List<Cue> cues = new ArrayList<>();
                for (int j = 0; j < segment.cues().size(); j++) {
                    Cue cue = segment.cues().get(j);
                    String id = "s" + i + "c" + j;
                    cues.add(new Cue(id, "", cue.trigger(), new ShowCommand.ShowBanner(id)));
                }
                named.add(new Segment("s" + i, "Segment " + i, segment.plannedDuration(), segment.start(),
                        segment.advance(), "", List.of(), List.of(), Optional.empty(), cues));
            }
            return new RunSheet(named);
        });
    }

    private Arbitrary<Segment> segment() {
        Arbitrary<CueTrigger> trigger = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.longs().between(0, 45).map(seconds -> (CueTrigger)
                        new CueTrigger.AtOffset(Duration.ofSeconds(seconds)))),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(new CueTrigger.OnGo())));
        Arbitrary<List<Cue>> cues = trigger.map(t -> new Cue("x", "", t, new ShowCommand.HideBanner()))
                .list().ofMaxSize(5);
        return Combinators.combine(Arbitraries.longs().between(1, 40), Arbitraries.of(Advance.class), cues)
                .as((seconds, advance, list) -> new Segment("x", "x", Duration.ofSeconds(seconds),
                        new SegmentStart.FollowsPrevious(), advance, "", List.of(), List.of(), Optional.empty(), list));
    }

    @Provide
    Arbitrary<List<Action>> actions() {
        Arbitrary<Action> wait = Arbitraries.longs().between(0, 30_000).map(Wait::new);
        Arbitrary<Action> operator = Arbitraries.of(new ShowCommand.NextSegment(), new ShowCommand.PreviousSegment(),
                new ShowCommand.GoCue(), new ShowCommand.SkipCue(Optional.empty()), new ShowCommand.HoldShow(),
                new ShowCommand.ResumeShow(), new ShowCommand.GoToSegment("a"), new ShowCommand.GoToSegment("bb"),
                new ShowCommand.GoToSegment("ccc")).map(Operator::new);
        Arbitrary<Action> skipNamed = Arbitraries.integers().between(0, 4).flatMap(segment ->
                Arbitraries.integers().between(0, 4).map(cue -> (Action) new Operator(
                        new ShowCommand.SkipCue(Optional.of("s" + segment + "c" + cue)))));
        Arbitrary<Action> edit = Combinators.combine(Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(0, 1000)).as(Edit::new);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, wait), net.jqwik.api.Tuple.of(4, operator),
                net.jqwik.api.Tuple.of(1, skipNamed), net.jqwik.api.Tuple.of(2, edit)).list().ofMaxSize(30);
    }

    /** Ids the run-sheet has, for messages. */
    static Set<String> cueIds(RunSheet sheet) {
        Set<String> ids = new HashSet<>();
        sheet.segments().forEach(segment -> segment.cues().forEach(cue -> ids.add(cue.id())));
        return ids;
    }
}
