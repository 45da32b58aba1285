package live.studio.overlay;

/**
 * Draws graphics for one theme and one canvas. Called off the frame clock (on the overlay renderer thread), only
 * when a graphic's content changes; the result is immutable and shared with the compositor.
 */
public interface OverlayRenderer {

    /** Draws {@code content} at its theme position for the canvas; never throws for hostile text or a bad image. */
    RenderedOverlay render(OverlayContent content);

    Canvas canvas();
}
