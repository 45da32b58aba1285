package live.studio.ui.main;

/** What the window shows: the host's few live controls, or the producer's everything. */
public enum StudioMode {
    /** For the person on camera: preview, shelf, chat, run-sheet, health and big buttons; nothing else. */
    HOST,
    /** For the person behind the desk: sources, layouts, destinations, audio, run-sheet editor, event log. */
    PRODUCER
}
