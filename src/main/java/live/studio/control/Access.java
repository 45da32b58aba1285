package live.studio.control;

/** What a token lets its holder do. */
public enum Access {
    /** Read the status, the command list, the chat and the event stream, and send commands. */
    CONTROL,
    /** Read everything; commands are refused (403). For a second screen that only watches. */
    READ_ONLY
}
