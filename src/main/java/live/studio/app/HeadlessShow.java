package live.studio.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import live.studio.compose.Layout;
import live.studio.show.CommandException;
import live.studio.show.CommandSource;
import live.studio.show.RunMode;
import live.studio.show.ShowCommand;
import live.studio.show.ShowController;
import live.studio.show.ShowEvent;
import live.studio.show.ShowTime;
import live.studio.show.file.ShowFile;
import live.studio.show.file.ShowFileLoad;
import live.studio.show.file.ShowFileReader;
import live.studio.show.file.ShowLayout;
import live.studio.show.file.ShowProblem;
import live.studio.show.runsheet.CueEngine;
import live.studio.show.runsheet.RunState;
import live.studio.show.runsheet.RunStateFile;
import live.studio.show.runsheet.Staffing;

/**
 * {@code studio live --headless --show PATH}: the show's run-sheet run by itself (manual segments end at their
 * planned duration, {@link Staffing#UNATTENDED}), its run state saved as it changes, and one line per segment and cue
 * on the error stream (through the thread {@code show-print}, so the show never waits for a slow terminal).
 */
final class HeadlessShow implements AutoCloseable {
    private static final int PRINT_QUEUE_CAPACITY = 1000;

    private final CueEngine engine;
    private final RunStateFile runState;
    private final BlockingQueue<String> lines = new ArrayBlockingQueue<>(PRINT_QUEUE_CAPACITY);
    private final Thread printer;
    private volatile boolean printing = true;
    private volatile boolean startRefused;

    private HeadlessShow(CueEngine engine, RunStateFile runState, PrintWriter err) {
        this.engine = engine;
        this.runState = runState;
        this.printer = Thread.ofPlatform().name("show-print").daemon().unstarted(() -> print(err));
        printer.start();
    }

    /** The show in {@code file}, or empty after printing its problems (warnings are printed and the show loads). */
    static Optional<ShowFile> load(Path file, PrintWriter err) {
        ShowFileLoad load = ShowFileReader.read(file);
        for (ShowProblem problem : load.problems()) {
            err.println(problem);
        }
        err.flush();
        return load.hasErrors() ? Optional.empty() : load.show();
    }

    /** What the headless command does with a run of this show saved before the studio stopped. */
    enum Resume {
        /** Continue it ({@code --resume}); start from the top when there is none. */
        CONTINUE,
        /** Start from the top, saying that a run was under way. */
        FROM_THE_TOP
    }

    /**
     * Starts the run-sheet of {@code show} on {@code controller}. A saved run of the same show that was under way is
     * resumed with {@link Resume#CONTINUE}, else the show starts from its first segment in {@code mode}.
     */
    static HeadlessShow start(ShowController controller, ShowTime time, ShowFile show, String showName,
                              Path runStateFile, Resume resume, RunMode mode, PrintWriter err) {
        Optional<RunState> saved = Optional.empty();
        try {
            saved = RunStateFile.load(runStateFile).filter(RunState::resumable)
                    .filter(state -> state.show().equals(showName));
        } catch (RunStateFile.RunStateException damaged) {
            err.println("studio live: the saved run state cannot be used (" + damaged.getMessage()
                    + "); the show starts from the top");
        }
        RunStateFile store = RunStateFile.open(runStateFile);
        CueEngine engine = CueEngine.attach(controller, time, show.runSheet(), Staffing.UNATTENDED, store, showName);
        Map<String, Layout> layouts = new LinkedHashMap<>();
        for (ShowLayout layout : show.layouts()) {
            layouts.put(layout.name(), layout.arrangement());
        }
        engine.setLayouts(layouts);
        HeadlessShow headless = new HeadlessShow(engine, store, err);
        controller.subscribe(headless::tell);
        if (saved.isPresent() && resume == Resume.CONTINUE) {
            try {
                engine.resumeFrom(saved.get());
                headless.offer("resuming the run saved at " + saved.get().savedAt() + " in segment "
                        + saved.get().segmentId().orElse("?"));
                return headless;
            } catch (CommandException e) {
                headless.offer("cannot resume the saved run (" + e.describe() + "); starting from the top");
            }
        } else if (saved.isPresent()) {
            headless.offer("a run of this show was under way in segment " + saved.get().segmentId().orElse("?")
                    + " when the studio stopped; starting from the top (add --resume to continue there)");
        }
        try {
            controller.execute(new ShowCommand.StartRunSheet(mode), CommandSource.SHOW);
        } catch (CommandException e) {
            headless.offer("cannot start the run-sheet: " + e.describe());
            headless.startRefused = true;
        }
        return headless;
    }

    /** The run has ended (or could not start): the headless command stops unless --duration says otherwise. */
    boolean finished() {
        return startRefused || engine.status().finished();
    }

    CueEngine engine() {
        return engine;
    }

    private void tell(ShowEvent event) {
        String line = switch (event) {
            case ShowEvent.SegmentStarted started -> "segment " + (started.index() + 1) + "/"
                    + engine.runSheet().size() + " " + started.segmentId() + " started ("
                    + started.entry().name().toLowerCase(java.util.Locale.ROOT) + ")";
            case ShowEvent.CueFired cue -> "cue " + cue.cueId() + " fired in " + cue.segmentId()
                    + (cue.lateMillis() > 0 ? " (" + cue.lateMillis() + " ms late)" : "");
            case ShowEvent.CueSkipped cue -> "cue " + cue.cueId() + " skipped in " + cue.segmentId() + " ("
                    + cue.reason() + ")";
            case ShowEvent.RunChanged run -> "run " + run.state() + " (" + run.mode().commandName() + ")";
            default -> null;
        };
        if (line != null) {
            // ids and titles come from the show file: one line each, whatever they hold
            offer(live.studio.text.SafeText.singleLine(line, 300));
        }
    }

    private void offer(String line) {
        lines.offer("studio live: show: " + line);
    }

    private void print(PrintWriter err) {
        while (printing || !lines.isEmpty()) {
            try {
                String line = lines.poll(100, TimeUnit.MILLISECONDS);
                if (line != null) {
                    err.println(line);
                    err.flush();
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Stops the engine, writes the last run state, prints what is left. */
    @Override
    public void close() {
        engine.close();
        runState.close();
        printing = false;
        try {
            printer.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
