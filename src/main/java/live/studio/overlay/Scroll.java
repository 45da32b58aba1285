package live.studio.overlay;

/**
 * A layer that moves right to left through a window on the canvas, wrapping round (a ticker): the compositor shifts
 * it each frame; nothing is drawn again.
 */
public record Scroll(Region viewport, int pixelsPerSecond) {
    public Scroll {
        if (pixelsPerSecond < 0) {
            throw new IllegalArgumentException("scroll speed must not be negative, got " + pixelsPerSecond);
        }
    }
}
