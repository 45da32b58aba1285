package live.studio.show;

/** Who sent a command: shown in the event log, so a producer can tell the host's key from a cue. */
public enum CommandSource {
    WINDOW,
    SHORTCUT,
    CUE,
    API,
    CHAT,
    /** The controller itself: a countdown's end action, an expiry. */
    SHOW
}
