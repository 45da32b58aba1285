package live.studio.show.runsheet;

import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import live.studio.show.CommandException;
import live.studio.show.CommandSource;
import live.studio.show.RunMode;
import live.studio.show.ShowCommand;
import live.studio.show.ShowEvent;
import org.junit.jupiter.api.Test;

/**
 * For random run-sheets and random operator actions (next, previous, go to, skip, hold and resume, go, edits during
 * the show, waits), driven on a hand-moved clock the way the engine's thread drives it:
 * <ul>
 *   <li>no cue fires twice, and a skipped cue never fires;</li>
 *   <li>every timed cue fires exactly when the segment clock reaches its offset, so within a run of a segment they
 *       fire in offset order (as written on a tie);</li>
 *   <li>when a segment runs to its planned end, each of its timed cues due by then has fired once or was skipped.</li>
 * </ul>
 *
 * <p>Each try is generated from its own seed, so a failure names the seed that reproduces it; the failing case is
 * then shrunk (operator actions taken away one by one while it still fails) so the message shows a short story.
 * {@code -Dproperties.seed=N} replays one seed, {@code -Dproperties.tries=N} runs more. (Why not jqwik: ADR 0018.)
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

    private static final long FIRST_SEED = 0x5EED_C0E5L;
    private static final int DEFAULT_TRIES = 400;

    /** One generated case: a run-sheet, what the operator does, and who runs the show. */
    record Case(RunSheet sheet, List<Action> actions, Staffing staffing) {
        Case withActions(List<Action> fewer) {
            return new Case(sheet, fewer, staffing);
        }
    }

    @Test
    void everyCueFiresAtMostOnceOnTimeAndInOrder() {
        String replay = System.getProperty("properties.seed");
        int tries = Integer.getInteger("properties.tries", DEFAULT_TRIES);
        long firstSeed = replay == null ? FIRST_SEED : Long.parseLong(replay);
        for (int attempt = 0; attempt < (replay == null ? tries : 1); attempt++) {
            long seed = firstSeed + attempt;
            Case generated = generate(new SplittableRandom(seed));
            List<String> problems = check(generated);
            if (!problems.isEmpty()) {
                Case smallest = shrink(generated);
                fail("seed %d (replay with -Dproperties.seed=%d), try %d of %d:%n  staffing %s%n  run-sheet %s%n"
                                + "  actions (shrunk from %d) %s%n  problems %s",
                        seed, seed, attempt + 1, tries, smallest.staffing(), describe(smallest.sheet()),
                        generated.actions().size(), smallest.actions(), check(smallest));
            }
        }
    }

    /** The case with as few actions as still fail, taking them away one at a time until none can go. */
    private static Case shrink(Case failing) {
        Case smallest = failing;
        boolean shrunk = true;
        while (shrunk) {
            shrunk = false;
            for (int index = 0; index < smallest.actions().size(); index++) {
                List<Action> fewer = new ArrayList<>(smallest.actions());
                fewer.remove(index);
                Case candidate = smallest.withActions(fewer);
                if (!check(candidate).isEmpty()) {
                    smallest = candidate;
                    shrunk = true;
                    break;
                }
            }
        }
        return smallest;
    }

    /** Runs one case and lists what went against the properties (empty when they all hold). */
    static List<String> check(Case generated) {
        List<String> problems = new ArrayList<>();
        try {
            checkInto(generated, problems);
        } catch (RuntimeException | AssertionError thrown) {
            problems.add("threw " + thrown);
        }
        return problems;
    }

    private static void checkInto(Case generated, List<String> problems) {
        EngineRig rig = new EngineRig(generated.sheet(), generated.staffing());
        List<FiredCue> firedCues = new ArrayList<>();
        int[] visit = {0, 0}; // segment runs started, edits made
        rig.controller.subscribe(event -> watch(rig, event, problems, firedCues, visit));
        execute(rig, new ShowCommand.StartRunSheet(RunMode.LIVE));
        int fresh = 0;
        for (Action action : generated.actions()) {
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

        List<String> firedIds = rig.firedIds();
        if (new HashSet<>(firedIds).size() != firedIds.size()) {
            problems.add("a cue fired twice: " + firedIds);
        }
        Set<String> firedAndSkipped = new HashSet<>(firedIds);
        firedAndSkipped.retainAll(rig.engine.status().skippedCueIds());
        if (!firedAndSkipped.isEmpty()) {
            problems.add("skipped cues that fired: " + firedAndSkipped);
        }
        for (int i = 1; i < firedCues.size(); i++) {
            FiredCue before = firedCues.get(i - 1);
            FiredCue after = firedCues.get(i);
            if (before.visit() == after.visit() && before.offsetNanos() >= 0 && after.offsetNanos() >= 0) {
                if (after.offsetNanos() < before.offsetNanos()) {
                    problems.add("out of offset order within a run of a segment: " + before.id() + " then " + after.id());
                }
                // (an edit at that very moment may put a cue written earlier at the same offset: it fires then)
                if (after.offsetNanos() == before.offsetNanos() && after.edits() == before.edits()
                        && after.writtenIndex() <= before.writtenIndex()) {
                    problems.add("out of written order on a tie: " + before.id() + " then " + after.id());
                }
            }
        }
        if (generated.staffing() == Staffing.UNATTENDED && !rig.engine.status().finished()) {
            problems.add("an unattended show did not end by itself");
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

    /** A random case: 1–5 segments of 1–40 s, up to 5 cues each (4 in 5 at an offset of 0–45 s), up to 30 actions. */
    static Case generate(SplittableRandom random) {
        List<Segment> segments = new ArrayList<>();
        int segmentCount = 1 + random.nextInt(5);
        for (int i = 0; i < segmentCount; i++) {
            List<Cue> cues = new ArrayList<>();
            int cueCount = random.nextInt(6);
            for (int j = 0; j < cueCount; j++) {
                String id = "s" + i + "c" + j;
                CueTrigger trigger = random.nextInt(5) < 4
                        ? new CueTrigger.AtOffset(Duration.ofSeconds(random.nextLong(46)))
                        : new CueTrigger.OnGo();
                cues.add(new Cue(id, "", trigger, new ShowCommand.ShowBanner(id)));
            }
            Advance advance = Advance.values()[random.nextInt(Advance.values().length)];
            segments.add(new Segment("s" + i, "Segment " + i, Duration.ofSeconds(1 + random.nextLong(40)),
                    new SegmentStart.FollowsPrevious(), advance, "", List.of(), List.of(), Optional.empty(), cues));
        }
        List<Action> actions = new ArrayList<>();
        int actionCount = random.nextInt(31);
        for (int k = 0; k < actionCount; k++) {
            actions.add(action(random));
        }
        Staffing staffing = Staffing.values()[random.nextInt(Staffing.values().length)];
        return new Case(new RunSheet(segments), actions, staffing);
    }

    private static final List<ShowCommand> OPERATOR_COMMANDS = List.of(new ShowCommand.NextSegment(),
            new ShowCommand.PreviousSegment(), new ShowCommand.GoCue(), new ShowCommand.SkipCue(Optional.empty()),
            new ShowCommand.HoldShow(), new ShowCommand.ResumeShow(), new ShowCommand.GoToSegment("a"),
            new ShowCommand.GoToSegment("bb"), new ShowCommand.GoToSegment("ccc"));

    /** Waits 5, operator commands 4, a skip by name 1, edits 2 in 12. */
    private static Action action(SplittableRandom random) {
        int pick = random.nextInt(12);
        if (pick < 5) {
            return new Wait(random.nextLong(30_001));
        }
        if (pick < 9) {
            return new Operator(OPERATOR_COMMANDS.get(random.nextInt(OPERATOR_COMMANDS.size())));
        }
        if (pick < 10) {
            return new Operator(new ShowCommand.SkipCue(Optional.of("s" + random.nextInt(5) + "c" + random.nextInt(5))));
        }
        return new Edit(random.nextInt(5), random.nextInt(1001), random.nextInt(1001));
    }

    private static String describe(RunSheet sheet) {
        StringBuilder text = new StringBuilder();
        for (Segment segment : sheet.segments()) {
            text.append(segment.id()).append(' ').append(segment.plannedDuration().toSeconds()).append("s ")
                    .append(segment.advance()).append(' ');
            segment.cues().forEach(cue -> text.append(cue.id()).append('@').append(
                    cue.trigger() instanceof CueTrigger.AtOffset at ? at.offset().toSeconds() + "s" : "go").append(' '));
            text.append("| ");
        }
        return text.toString();
    }

    /** Ids the run-sheet has, for messages. */
    static Set<String> cueIds(RunSheet sheet) {
        Set<String> ids = new HashSet<>();
        sheet.segments().forEach(segment -> segment.cues().forEach(cue -> ids.add(cue.id())));
        return ids;
    }
}
