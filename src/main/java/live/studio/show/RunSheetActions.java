package live.studio.show;

import java.util.Optional;

/**
 * What the run-sheet does on command: the operator's go, skip, next, previous, go to, hold and resume, and starting
 * and stopping a run. The cue engine implements it; the controller delegates the {@code cue.*}, {@code segment.*},
 * {@code show.hold}/{@code show.resume} and {@code runSheet.*} commands to it, like {@link ProgramActions}.
 *
 * <p>Called under the controller's lock (the cue engine shares that lock, so a cue and an operator's command never
 * interleave); refuse with a {@link CommandException} naming the field, and return at once.
 */
public interface RunSheetActions {

    /** Starts the run-sheet from its first segment. */
    void start(RunMode mode) throws CommandException;

    /** Ends the run; nothing more fires. */
    void stop() throws CommandException;

    /** Fires the current segment's next cue that waits for "go" (the space bar). */
    void go() throws CommandException;

    /** Skips a pending cue: the one given, or the next one of the current segment. */
    void skip(Optional<String> cueId) throws CommandException;

    void nextSegment() throws CommandException;

    void previousSegment() throws CommandException;

    void goToSegment(String segmentId) throws CommandException;

    /** Pauses the segment clock: no timed cue fires, the segment does not end by itself. */
    void hold() throws CommandException;

    void resume() throws CommandException;

    /** The run's mode now (rehearsal keeps the outputs off); {@link RunMode#LIVE} when no run has started. */
    RunMode mode();
}
