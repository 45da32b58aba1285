package live.studio.compose;

import live.studio.overlay.OverlayBitmap;

/**
 * An overlay bitmap at its place on the canvas, with the per-frame transform the compositor applies cheaply.
 *
 * @param opacity 0 (invisible) to 1 (opaque), for fades
 */
public record PlacedOverlay(String name, OverlayBitmap bitmap, int x, int y, double opacity) {
}
