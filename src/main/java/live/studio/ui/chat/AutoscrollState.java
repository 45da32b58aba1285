package live.studio.ui.chat;

/** Whether the feed follows new messages: it holds still while the host reads. */
public enum AutoscrollState {
    /** New messages scroll into view at the bottom. */
    FOLLOWING,
    /** The pointer is over the feed: the host may be about to click a message. */
    PAUSED_HOVER,
    /** The host scrolled up to read; following resumes when they are back at the bottom. */
    PAUSED_SCROLLED
}
