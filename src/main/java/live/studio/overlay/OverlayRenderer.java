package live.studio.overlay;

/**
 * Draws graphics for one theme and one canvas. Called off the frame clock (on the overlay renderer thread), only
 * when a graphic's content changes; the result is immutable and shared with the compositor.
 */
public interface OverlayRenderer {

    /** The Java 2D renderer of {@code theme}'s graphics for {@code canvas}. */
    static OverlayRenderer create(Theme theme, Canvas canvas) {
        return new Java2dOverlayRenderer(theme, canvas);
    }

    /** Draws {@code content} at its theme position for the canvas; never throws for hostile text or a bad image. */
    RenderedOverlay render(OverlayContent content);

    Canvas canvas();

    /**
     * Where {@code slot}'s graphic sits on the canvas (its bitmap's bounds, shadow included): the same whatever the
     * graphic shows, so it is known before anything is drawn.
     */
    Region region(OverlaySlot slot);
}
