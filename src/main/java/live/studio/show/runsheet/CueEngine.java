package live.studio.show.runsheet;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import live.studio.compose.Layout;
import live.studio.media.StageThreads;
import live.studio.show.CommandException;
import live.studio.show.CommandSource;
import live.studio.show.RunMode;
import live.studio.show.RunSheetActions;
import live.studio.show.ShowCommand;
import live.studio.show.ShowCommands;
import live.studio.show.ShowController;
import live.studio.show.ShowEvent;
import live.studio.show.ShowTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a {@link RunSheet} on the media clock: starts segments, fires each cue once by sending its command to the
 * {@link ShowController} (source {@link CommandSource#CUE}, the same path as the window and the API), and keeps the
 * producer's clocks ({@link RunStatus}). The operator's commands reach it through the controller
 * ({@link RunSheetActions}).
 *
 * <p>Timing (ADR 0013): a timed cue is due at segment start + its offset + the time the segment was held; the thread
 * {@code cue-engine} sleeps until the earliest due moment on the media clock and fires it then, so the graphic's
 * trigger-to-air is this wake-up plus the director's (at most a frame). An automatic segment ends exactly at its
 * planned end (the next one starts at that moment, not when the thread happened to wake). Cues due at the same moment
 * fire in the order written.
 *
 * <p>Once per run: a cue fires at most once in a run, whatever the operator does (going back to a segment fires only
 * its cues that had not fired); a skipped cue never fires in that run. A hold stops the segment clock: cues keep
 * their offsets from the segment's start and fire that much later. A cue whose moment passes while it cannot fire
 * (edited into the past, due while the studio was down) is skipped, never fired late.
 *
 * <p>Thread safety: every method runs under the controller's lock, shared with the commands, so a cue and an
 * operator's command never interleave; status listeners are called under it and must return at once.
 */
public final class CueEngine implements RunSheetActions, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CueEngine.class);
    private static final long IDLE_WAKE_NANOS = 1_000_000_000L;

    private final ShowController controller;
    private final ShowTime time;
    private final Staffing staffing;
    private final RunStateStore store;
    private final String showName;
    private final List<Consumer<RunStatus>> listeners = new CopyOnWriteArrayList<>();
    private final Set<String> fired = new LinkedHashSet<>();
    private final Set<String> skipped = new LinkedHashSet<>();
    private final Map<String, Layout> showLayouts = new HashMap<>();

    private RunSheet sheet;
    private RunMode mode = RunMode.LIVE;
    private RunPhase phase = RunPhase.NOT_STARTED;
    private int index = -1;
    private long showStartNanos;
    private long finishedNanos;
    private long segmentEnteredNanos;
    private long heldInSegmentNanos;
    private long heldSinceNanos;
    private long overUnderBeforeNanos;
    /** When a resume or an edit last moved the schedule: a segment end before it happens then, not in the past. */
    private long scheduleChangedNanos = Long.MIN_VALUE;
    private volatile boolean running;
    private volatile Thread thread;

    /**
     * @param showName what the saved run state names the show by (its file's path), so a resume never takes another
     *                 show's run
     */
    public CueEngine(ShowController controller, ShowTime time, RunSheet sheet, Staffing staffing, RunStateStore store,
                     String showName) {
        this.controller = controller;
        this.time = time;
        this.sheet = sheet;
        this.staffing = staffing;
        this.store = store;
        this.showName = showName;
    }

    /** Builds an engine, makes the controller delegate the run-sheet's commands to it and starts its thread. */
    public static CueEngine attach(ShowController controller, ShowTime time, RunSheet sheet, Staffing staffing,
                                   RunStateStore store, String showName) {
        CueEngine engine = new CueEngine(controller, time, sheet, staffing, store, showName);
        controller.setRunSheetActions(engine);
        engine.startThread();
        return engine;
    }

    /** The show file's named layouts, which segments may name beside the built-in ones. */
    public void setLayouts(Map<String, Layout> layouts) {
        synchronized (controller) {
            showLayouts.clear();
            showLayouts.putAll(layouts);
        }
    }

    /** Starts the thread {@code cue-engine}, which fires cues and ends segments on time. */
    public void startThread() {
        running = true;
        thread = StageThreads.create("cue-engine", this::run);
        thread.start();
    }

    private void run() {
        while (running) {
            try {
                long nextDue = advance();
                long now = time.nanos();
                long sleepNanos = Math.min(nextDue, now + IDLE_WAKE_NANOS) - now;
                if (sleepNanos > 0) {
                    LockSupport.parkNanos(this, sleepNanos);
                }
            } catch (RuntimeException e) {
                LOG.error("The cue engine failed; it tries again in a second", e);
                LockSupport.parkNanos(this, IDLE_WAKE_NANOS);
            }
        }
    }

    private void wake() {
        Thread owner = thread;
        if (owner != null) {
            LockSupport.unpark(owner);
        }
    }

    /** Called on every change (segment, cue, hold, edit, phase), under the controller's lock: return at once. */
    public void subscribe(Consumer<RunStatus> listener) {
        listeners.add(listener);
    }

    public void unsubscribe(Consumer<RunStatus> listener) {
        listeners.remove(listener);
    }

    public RunSheet runSheet() {
        synchronized (controller) {
            return sheet;
        }
    }

    /**
     * Fires the cues that are due and ends an automatic segment that reached its planned end. Returns the media time
     * of the next thing due, or {@link Long#MAX_VALUE}. The engine's thread calls it; tests call it with their clock.
     */
    public long advance() {
        synchronized (controller) {
            boolean changed = catchUp();
            if (changed) {
                changed();
            }
            return nextDueNanos();
        }
    }

    /** Fires what is due up to now; true when something changed. */
    private boolean catchUp() {
        boolean changed = false;
        running:
        while (phase == RunPhase.RUNNING) {
            long now = time.nanos();
            Segment segment = sheet.segment(index);
            long base = segmentEnteredNanos + heldInSegmentNanos;
            long endsAt = base + segment.plannedDuration().toNanos();
            boolean ends = endsByItself(segment);
            long fireUntil = ends ? Math.min(now, endsAt) : now;
            for (Cue cue : pendingTimedCues(segment)) {
                long due = base + offsetNanos(cue);
                if (due > fireUntil) {
                    break;
                }
                int indexBefore = index;
                long enteredBefore = segmentEnteredNanos;
                long heldBefore = heldInSegmentNanos;
                fire(segment, cue, now - due);
                changed = true;
                if (phase != RunPhase.RUNNING || index != indexBefore || segmentEnteredNanos != enteredBefore
                        || heldInSegmentNanos != heldBefore || sheet.segment(index) != segment) {
                    continue running; // the cue's own command moved the run (segment.next, show.hold ...)
                }
            }
            if (ends && endsAt <= now) {
                // at its planned end, unless a resume or an edit came after that moment: then now
                enter(index + 1, Math.max(endsAt, scheduleChangedNanos), ShowEvent.SegmentEntry.AUTOMATIC);
                changed = true;
                continue;
            }
            break;
        }
        return changed;
    }

    private boolean endsByItself(Segment segment) {
        return segment.advance() == Advance.AUTOMATIC || staffing == Staffing.UNATTENDED;
    }

    private long nextDueNanos() {
        if (phase != RunPhase.RUNNING) {
            return Long.MAX_VALUE;
        }
        Segment segment = sheet.segment(index);
        long base = segmentEnteredNanos + heldInSegmentNanos;
        long next = endsByItself(segment) ? base + segment.plannedDuration().toNanos() : Long.MAX_VALUE;
        List<Cue> pending = pendingTimedCues(segment);
        if (!pending.isEmpty()) {
            next = Math.min(next, base + offsetNanos(pending.getFirst()));
        }
        return next;
    }

    /** The segment's timed cues still to fire, in firing order (offset, then as written). */
    private List<Cue> pendingTimedCues(Segment segment) {
        return segment.cues().stream().filter(cue -> cue.trigger() instanceof CueTrigger.AtOffset)
                .filter(this::pending).sorted(Comparator.comparingLong(CueEngine::offsetNanos)) // stable: as written on a tie
                .toList();
    }

    private boolean pending(Cue cue) {
        return !fired.contains(cue.id()) && !skipped.contains(cue.id());
    }

    private static long offsetNanos(Cue cue) {
        return ((CueTrigger.AtOffset) cue.trigger()).offset().toNanos();
    }

    private void fire(Segment segment, Cue cue, long lateNanos) {
        fired.add(cue.id());
        long lateMillis = Math.max(0, lateNanos) / 1_000_000L;
        controller.publishRunEvent((sequence, epochMillis) -> new ShowEvent.CueFired(sequence, epochMillis,
                segment.id(), cue.id(), cue.label(), lateMillis));
        send(cue.command(), "cue " + cue.id());
    }

    private void send(ShowCommand command, String why) {
        try {
            controller.execute(command, CommandSource.CUE);
        } catch (CommandException refused) {
            LOG.warn("{}: {} refused: {}", why, command.name(), refused.describe());
        }
    }

    private void skip(String segmentId, Cue cue, String reason) {
        skipped.add(cue.id());
        controller.publishRunEvent((sequence, epochMillis) -> new ShowEvent.CueSkipped(sequence, epochMillis,
                segmentId, cue.id(), reason));
    }

    /** Leaves the current segment (if any) at {@code atNanos} and enters {@code newIndex} (past the end: finishes). */
    private void enter(int newIndex, long atNanos, ShowEvent.SegmentEntry entry) {
        if (index >= 0) {
            Segment leaving = sheet.segment(index);
            overUnderBeforeNanos += leaving.plannedDuration().toNanos() - (atNanos - segmentEnteredNanos);
        }
        if (newIndex >= sheet.size()) {
            finish(atNanos, entry == ShowEvent.SegmentEntry.AUTOMATIC ? "finished" : "finished by the operator");
            return;
        }
        phase = RunPhase.RUNNING; // moving on ends a hold: the operator acted, the show goes on
        index = newIndex;
        segmentEnteredNanos = atNanos;
        heldInSegmentNanos = 0;
        Segment segment = sheet.segment(index);
        int enteredIndex = index;
        controller.publishRunEvent((sequence, epochMillis) -> new ShowEvent.SegmentStarted(sequence, epochMillis,
                enteredIndex, segment.id(), segment.title(), entry));
        applyLayout(segment);
    }

    private void applyLayout(Segment segment) {
        if (segment.layout().isEmpty()) {
            return;
        }
        String name = segment.layout().get();
        Layout layout = showLayouts.get(name);
        ShowCommand command;
        if (layout != null) {
            command = new ShowCommand.SetLayout(layout);
        } else {
            try {
                command = ShowCommands.parse("layout.set", Map.of("layout", name));
            } catch (CommandException unknown) {
                LOG.warn("segment {}: layout {}: {}", segment.id(), name, unknown.describe());
                return;
            }
        }
        send(command, "segment " + segment.id());
    }

    private void finish(long atNanos, String how) {
        phase = RunPhase.FINISHED;
        finishedNanos = atNanos;
        index = -1;
        controller.publishRunEvent((sequence, epochMillis) -> new ShowEvent.RunChanged(sequence, epochMillis, mode,
                how));
    }

    private void changed() {
        // Nothing worth keeping before the run starts, and a save then would replace the state a crash left, which the
        // window is still offering to resume.
        if (phase != RunPhase.NOT_STARTED) {
            store.save(persisted());
        }
        if (!listeners.isEmpty()) {
            RunStatus status = statusAt(time.nanos(), time.wallNow());
            for (Consumer<RunStatus> listener : listeners) {
                try {
                    listener.accept(status);
                } catch (RuntimeException e) {
                    LOG.error("A run status listener failed", e);
                }
            }
        }
        wake();
    }

    // ---- the operator's commands (RunSheetActions), called through the controller under its lock ----

    @Override
    public void start(RunMode newMode) throws CommandException {
        synchronized (controller) {
            if (phase.isUnderWay()) {
                throw new CommandException("command", "the run-sheet is already running; stop it first (runSheet.stop)");
            }
            if (sheet.isEmpty()) {
                throw new CommandException("command", "the run-sheet has no segments");
            }
            fired.clear();
            skipped.clear();
            mode = newMode;
            index = -1;
            overUnderBeforeNanos = 0;
            showStartNanos = time.nanos();
            controller.publishRunEvent((sequence, epochMillis) -> new ShowEvent.RunChanged(sequence, epochMillis,
                    newMode, "started"));
            enter(0, showStartNanos, ShowEvent.SegmentEntry.START);
            catchUp();
            changed();
        }
    }

    @Override
    public void stop() throws CommandException {
        synchronized (controller) {
            requireUnderWay();
            catchUp();
            if (phase.isUnderWay()) {
                long now = time.nanos();
                overUnderBeforeNanos += sheet.segment(index).plannedDuration().toNanos() - (now - segmentEnteredNanos);
                finish(now, "stopped");
            }
            changed();
        }
    }

    @Override
    public void go() throws CommandException {
        synchronized (controller) {
            requireUnderWay();
            catchUp();
            requireUnderWay();
            Segment segment = sheet.segment(index);
            Cue cue = segment.cues().stream().filter(c -> c.trigger() instanceof CueTrigger.OnGo)
                    .filter(this::pending).findFirst().orElseThrow(() -> new CommandException("command",
                            "no cue waits for go in segment \"" + segment.title() + "\""));
            fire(segment, cue, 0);
            changed();
        }
    }

    @Override
    public void skip(Optional<String> cueId) throws CommandException {
        synchronized (controller) {
            requireUnderWay();
            catchUp();
            requireUnderWay();
            if (cueId.isEmpty()) {
                RunStatus.NextCue next = nextCue(time.nanos()).orElseThrow(() -> new CommandException("command",
                        "no cue is left to skip in segment \"" + sheet.segment(index).title() + "\""));
                skip(next.segmentId(), next.cue(), "operator");
            } else {
                String id = cueId.get();
                Segment owner = sheet.segments().stream()
                        .filter(segment -> segment.cues().stream().anyMatch(cue -> cue.id().equals(id)))
                        .findFirst().orElseThrow(() -> new CommandException("cue", "no cue \"" + id
                                + "\" in the run-sheet"));
                Cue cue = owner.cues().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
                if (!pending(cue)) {
                    throw new CommandException("cue", "cue \"" + id + "\" has already "
                            + (fired.contains(id) ? "fired" : "been skipped"));
                }
                skip(owner.id(), cue, "operator");
            }
            changed();
        }
    }

    @Override
    public void nextSegment() throws CommandException {
        synchronized (controller) {
            requireUnderWay();
            catchUp();
            requireUnderWay();
            enter(index + 1, time.nanos(), ShowEvent.SegmentEntry.OPERATOR);
            catchUp();
            changed();
        }
    }

    @Override
    public void previousSegment() throws CommandException {
        synchronized (controller) {
            requireUnderWay();
            catchUp();
            requireUnderWay();
            enter(Math.max(0, index - 1), time.nanos(), ShowEvent.SegmentEntry.OPERATOR);
            catchUp();
            changed();
        }
    }

    @Override
    public void goToSegment(String segmentId) throws CommandException {
        synchronized (controller) {
            requireUnderWay();
            int target = sheet.indexOf(segmentId);
            if (target < 0) {
                throw new CommandException("segment", "no segment \"" + segmentId + "\" in the run-sheet; known: "
                        + String.join(", ", sheet.segments().stream().map(Segment::id).toList()));
            }
            catchUp();
            requireUnderWay();
            enter(target, time.nanos(), ShowEvent.SegmentEntry.OPERATOR);
            catchUp();
            changed();
        }
    }

    @Override
    public void hold() throws CommandException {
        synchronized (controller) {
            requireUnderWay();
            catchUp();
            if (phase == RunPhase.RUNNING) {
                phase = RunPhase.HELD;
                heldSinceNanos = time.nanos();
                controller.publishRunEvent((sequence, epochMillis) -> new ShowEvent.RunChanged(sequence, epochMillis,
                        mode, "held"));
                changed();
            }
        }
    }

    @Override
    public void resume() throws CommandException {
        synchronized (controller) {
            requireUnderWay();
            if (phase == RunPhase.HELD) {
                scheduleChangedNanos = time.nanos();
                heldInSegmentNanos += scheduleChangedNanos - heldSinceNanos;
                phase = RunPhase.RUNNING;
                controller.publishRunEvent((sequence, epochMillis) -> new ShowEvent.RunChanged(sequence, epochMillis,
                        mode, "resumed"));
                catchUp();
                changed();
            }
        }
    }

    @Override
    public RunMode mode() {
        synchronized (controller) {
            return phase.isUnderWay() ? mode : RunMode.LIVE;
        }
    }

    private void requireUnderWay() throws CommandException {
        if (!phase.isUnderWay()) {
            throw new CommandException("command", phase == RunPhase.FINISHED
                    ? "the run-sheet has finished; start it again with runSheet.start"
                    : "the run-sheet is not running; start it with runSheet.start");
        }
    }

    // ---- edits and resume ----

    /**
     * Takes an edited run-sheet during the show without a restart: the current segment stays current (found by id;
     * when it was deleted, the segment now at its place goes on with its clock), fired and skipped cues stay so (by
     * id), and the schedule follows the new offsets and durations. A timed cue of the current segment that the edit
     * puts before the segment clock is skipped, not fired late.
     */
    public void replaceRunSheet(RunSheet edited) {
        synchronized (controller) {
            catchUp();
            scheduleChangedNanos = time.nanos();
            if (phase.isUnderWay()) {
                if (edited.isEmpty()) {
                    sheet = edited;
                    finish(time.nanos(), "stopped");
                    changed();
                    return;
                }
                String currentId = sheet.segment(index).id();
                int newIndex = edited.indexOf(currentId);
                sheet = edited;
                index = newIndex >= 0 ? newIndex : Math.min(index, edited.size() - 1);
                Segment segment = sheet.segment(index);
                long elapsed = segmentElapsedNanos(time.nanos());
                for (Cue cue : pendingTimedCues(segment)) {
                    if (offsetNanos(cue) < elapsed) {
                        skip(segment.id(), cue, "edited to a moment already past");
                    }
                }
                if (phase == RunPhase.RUNNING && endsByItself(segment)
                        && elapsed > segment.plannedDuration().toNanos()) {
                    // shortened below its clock: it ends now, not at a moment already past
                    enter(index + 1, time.nanos(), ShowEvent.SegmentEntry.AUTOMATIC);
                }
                catchUp();
            } else {
                sheet = edited;
            }
            changed();
        }
    }

    /** What would be saved now (for tests and the window's "resume" question). */
    public RunState persisted() {
        synchronized (controller) {
            long now = time.nanos();
            Instant wallNow = time.wallNow().toInstant();
            return new RunState(showName, mode, phase, instantOf(showStartNanos, now, wallNow),
                    index < 0 ? Optional.empty() : Optional.of(sheet.segment(index).id()),
                    instantOf(segmentEnteredNanos, now, wallNow), Duration.ofNanos(heldInSegmentNanos),
                    phase == RunPhase.HELD ? Optional.of(instantOf(heldSinceNanos, now, wallNow)) : Optional.empty(),
                    Duration.ofNanos(overUnderBeforeNanos), List.copyOf(fired), List.copyOf(skipped), wallNow);
        }
    }

    private static Instant instantOf(long nanos, long nowNanos, Instant wallNow) {
        return wallNow.minusNanos(nowNanos - nanos);
    }

    private static long nanosOf(Instant instant, long nowNanos, Instant wallNow) {
        return nowNanos - Duration.between(instant, wallNow).toNanos();
    }

    /**
     * Resumes a run saved before a crash: the same segment, with its clock as if the studio had never stopped (the
     * time it was down counts), its fired and skipped cues kept. Cues whose moment passed while the studio was down
     * are skipped, and automatic segments that ended meanwhile are passed over, so nothing fires late in a burst.
     * The segment's layout is set again.
     */
    public void resumeFrom(RunState saved) throws CommandException {
        synchronized (controller) {
            if (phase.isUnderWay()) {
                throw new CommandException("command", "the run-sheet is already running");
            }
            if (!saved.resumable()) {
                throw new CommandException("command", "the saved run was not under way (" + saved.phase()
                        .name().toLowerCase(java.util.Locale.ROOT) + "): nothing to resume");
            }
            if (!saved.show().equals(showName)) {
                throw new CommandException("show", "the saved run is of another show (" + saved.show() + ")");
            }
            int savedIndex = sheet.indexOf(saved.segmentId().orElseThrow());
            if (savedIndex < 0) {
                throw new CommandException("segment", "the saved run was in segment \"" + saved.segmentId().get()
                        + "\", which this run-sheet no longer has");
            }
            long now = time.nanos();
            Instant wallNow = time.wallNow().toInstant();
            mode = saved.mode();
            fired.clear();
            fired.addAll(saved.firedCueIds());
            skipped.clear();
            skipped.addAll(saved.skippedCueIds());
            showStartNanos = nanosOf(saved.showStartedAt(), now, wallNow);
            segmentEnteredNanos = nanosOf(saved.segmentStartedAt(), now, wallNow);
            heldInSegmentNanos = saved.heldInSegment().toNanos();
            overUnderBeforeNanos = saved.overUnderBefore().toNanos();
            index = savedIndex;
            if (saved.heldSince().isPresent()) {
                phase = RunPhase.HELD;
                heldSinceNanos = nanosOf(saved.heldSince().get(), now, wallNow);
            } else {
                phase = RunPhase.RUNNING;
                passOverWhatWasMissed(now);
            }
            controller.publishRunEvent((sequence, epochMillis) -> new ShowEvent.RunChanged(sequence, epochMillis,
                    mode, "resumed after a stop"));
            if (phase.isUnderWay()) {
                Segment segment = sheet.segment(index);
                int resumedIndex = index;
                controller.publishRunEvent((sequence, epochMillis) -> new ShowEvent.SegmentStarted(sequence,
                        epochMillis, resumedIndex, segment.id(), segment.title(), ShowEvent.SegmentEntry.RESUMED));
                applyLayout(segment);
            }
            catchUp();
            changed();
        }
    }

    private void passOverWhatWasMissed(long now) {
        while (phase == RunPhase.RUNNING) {
            Segment segment = sheet.segment(index);
            long base = segmentEnteredNanos + heldInSegmentNanos;
            long endsAt = base + segment.plannedDuration().toNanos();
            boolean ends = endsByItself(segment) && endsAt <= now;
            long missedUntil = ends ? endsAt : now;
            for (Cue cue : pendingTimedCues(segment)) {
                if (base + offsetNanos(cue) <= missedUntil) {
                    skip(segment.id(), cue, "due while the studio was down");
                }
            }
            if (!ends) {
                return;
            }
            overUnderBeforeNanos += segment.plannedDuration().toNanos() - (endsAt - segmentEnteredNanos);
            if (index + 1 >= sheet.size()) {
                finish(endsAt, "finished");
                return;
            }
            index++;
            segmentEnteredNanos = endsAt;
            heldInSegmentNanos = 0;
        }
    }

    // ---- the clocks ----

    /** The run now. */
    public RunStatus status() {
        synchronized (controller) {
            return statusAt(time.nanos(), time.wallNow());
        }
    }

    private long segmentElapsedNanos(long now) {
        if (!phase.isUnderWay()) {
            return 0;
        }
        long clockAt = phase == RunPhase.HELD ? heldSinceNanos : now;
        return clockAt - segmentEnteredNanos - heldInSegmentNanos;
    }

    private RunStatus statusAt(long now, ZonedDateTime wallNow) {
        boolean underWay = phase.isUnderWay();
        Optional<Segment> segment = underWay ? Optional.of(sheet.segment(index)) : Optional.empty();
        long elapsed = segmentElapsedNanos(now);
        long planned = segment.map(s -> s.plannedDuration().toNanos()).orElse(0L);
        long remaining = planned - elapsed;
        long showClock = switch (phase) {
            case NOT_STARTED -> 0;
            case RUNNING, HELD -> now - showStartNanos;
            case FINISHED -> finishedNanos - showStartNanos;
        };
        long overUnder = overUnderBeforeNanos;
        if (underWay) {
            overUnder += Math.min(0, planned - (now - segmentEnteredNanos));
        }
        // the rest of the show, from now, if it runs as planned
        int firstAhead = switch (phase) {
            case NOT_STARTED -> 0;
            case RUNNING, HELD -> index + 1;
            case FINISHED -> sheet.size();
        };
        long aheadNanos = underWay ? Math.max(0, remaining) : 0;
        List<RunStatus.HardStart> hardStarts = new ArrayList<>();
        for (int k = firstAhead; k < sheet.size(); k++) {
            Segment ahead = sheet.segment(k);
            if (ahead.start() instanceof SegmentStart.AtTimeOfDay hard) {
                ZonedDateTime projected = wallNow.plusNanos(aheadNanos);
                ZonedDateTime plannedStart = nearest(hard.timeOfDay(), projected);
                hardStarts.add(new RunStatus.HardStart(ahead.id(), hard.timeOfDay(), plannedStart, projected,
                        Duration.between(projected, plannedStart)));
            }
            aheadNanos += ahead.plannedDuration().toNanos();
        }
        ZonedDateTime expectedEnd = phase == RunPhase.FINISHED ? wallNow.minusNanos(now - finishedNanos)
                : wallNow.plusNanos(aheadNanos);
        return new RunStatus(phase, mode, sheet, underWay ? index : -1, segment.map(Segment::id),
                Duration.ofNanos(elapsed), Duration.ofNanos(remaining), Duration.ofNanos(showClock),
                Duration.ofNanos(overUnder), expectedEnd, hardStarts, underWay ? nextCue(now) : Optional.empty(),
                underWay ? nextGoCue() : Optional.empty(), List.copyOf(fired), List.copyOf(skipped), wallNow, now);
    }

    /** The time of day on the day (before, of, after) that is nearest to {@code around}. */
    private static ZonedDateTime nearest(LocalTime timeOfDay, ZonedDateTime around) {
        ZonedDateTime sameDay = around.with(timeOfDay);
        ZonedDateTime best = sameDay;
        for (ZonedDateTime candidate : List.of(sameDay.minusDays(1), sameDay.plusDays(1))) {
            if (Duration.between(candidate, around).abs().compareTo(Duration.between(best, around).abs()) < 0) {
                best = candidate;
            }
        }
        return best;
    }

    private Optional<RunStatus.NextCue> nextCue(long now) {
        Segment segment = sheet.segment(index);
        List<Cue> timed = pendingTimedCues(segment);
        if (!timed.isEmpty()) {
            Cue cue = timed.getFirst();
            long until = offsetNanos(cue) - segmentElapsedNanos(now);
            return Optional.of(new RunStatus.NextCue(segment.id(), cue, Optional.of(Duration.ofNanos(Math.max(0, until)))));
        }
        return nextGoCue();
    }

    private Optional<RunStatus.NextCue> nextGoCue() {
        Segment segment = sheet.segment(index);
        return segment.cues().stream().filter(cue -> cue.trigger() instanceof CueTrigger.OnGo).filter(this::pending)
                .findFirst().map(cue -> new RunStatus.NextCue(segment.id(), cue, Optional.empty()));
    }

    @Override
    public void close() {
        running = false;
        wake();
        Thread owner = thread;
        if (owner != null) {
            StageThreads.stop(owner, StageThreads.DEFAULT_JOIN_TIMEOUT_MILLIS);
        }
    }
}
