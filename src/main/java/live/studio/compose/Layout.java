package live.studio.compose;

/** How the program arranges its video sources on the canvas. */
public enum Layout {
    /** The main source fills the frame. */
    FULL_FRAME("Full frame"),
    /** The main source fills the frame; the second sits in a corner box (host over a product close-up). */
    PICTURE_IN_PICTURE("Picture in picture"),
    /** The two sources side by side (landscape) or stacked (portrait). */
    SIDE_BY_SIDE("Side by side");

    private final String label;

    Layout(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** How many video sources the layout shows. */
    public int sourceCount() {
        return this == FULL_FRAME ? 1 : 2;
    }
}
