package live.studio.show.runsheet;

/** Where a run of the run-sheet is. */
public enum RunPhase {
    /** Loaded, not started: the clocks show the plan. */
    NOT_STARTED,
    /** Segments and cues run on the clock. */
    RUNNING,
    /** The segment clock is stopped: timed cues wait, the segment does not end by itself. */
    HELD,
    /** Ran to its end or was stopped; nothing more fires. */
    FINISHED;

    /** Whether a run saved in this phase can be resumed after a crash. */
    public boolean isUnderWay() {
        return this == RUNNING || this == HELD;
    }
}
