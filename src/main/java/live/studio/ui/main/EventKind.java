package live.studio.ui.main;

/** What a line of the event log is about; the log can show one kind only. */
public enum EventKind {
    /** A show command and who sent it (window, key, API, cue, chat). */
    COMMAND,
    /** A run-sheet cue fired or skipped. */
    CUE,
    /** A run-sheet segment started, or the run started, held, resumed, stopped. */
    SEGMENT,
    /** A destination's state changed: live, reconnecting, failed and why. */
    OUTPUT,
    /** The recording started, stopped, and its file. */
    RECORDING,
    /** A message the window showed the operator. */
    NOTICE
}
