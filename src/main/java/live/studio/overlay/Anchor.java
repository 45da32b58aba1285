package live.studio.overlay;

/** The corner or edge of the canvas a graphic is placed against; margins are measured from that side. */
public enum Anchor {
    TOP_LEFT,
    TOP_CENTER,
    TOP_RIGHT,
    CENTER_LEFT,
    CENTER,
    CENTER_RIGHT,
    BOTTOM_LEFT,
    BOTTOM_CENTER,
    BOTTOM_RIGHT;

    /** Where a box of {@code boxWidth} starts on a canvas {@code canvasWidth} wide, {@code margin} from its side. */
    int left(int canvasWidth, int boxWidth, int margin) {
        return switch (this) {
            case TOP_LEFT, CENTER_LEFT, BOTTOM_LEFT -> margin;
            case TOP_RIGHT, CENTER_RIGHT, BOTTOM_RIGHT -> canvasWidth - margin - boxWidth;
            case TOP_CENTER, CENTER, BOTTOM_CENTER -> (canvasWidth - boxWidth) / 2;
        };
    }

    int top(int canvasHeight, int boxHeight, int margin) {
        return switch (this) {
            case TOP_LEFT, TOP_CENTER, TOP_RIGHT -> margin;
            case BOTTOM_LEFT, BOTTOM_CENTER, BOTTOM_RIGHT -> canvasHeight - margin - boxHeight;
            case CENTER_LEFT, CENTER, CENTER_RIGHT -> (canvasHeight - boxHeight) / 2;
        };
    }
}
