package live.studio.ui.main;

/** The engine's two video slots: the main source and the one the two-source layouts add. */
public enum VideoSlot {
    MAIN(0, "Main video"),
    SECOND(1, "Second video");

    private final int index;
    private final String label;

    VideoSlot(int index, String label) {
        this.index = index;
        this.label = label;
    }

    /** What {@code LiveEngine.setVideoSource} takes. */
    public int index() {
        return index;
    }

    /** "Main video", in the window's language. */
    public String label() {
        return switch (this) {
            case MAIN -> TEXT.text("slot.main");
            case SECOND -> TEXT.text("slot.second");
        };
    }

    private static final live.studio.ui.common.Messages TEXT = live.studio.ui.common.Messages.of(VideoSlot.class);
}
