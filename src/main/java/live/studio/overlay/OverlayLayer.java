package live.studio.overlay;

import java.util.Optional;

/** One bitmap of a graphic at its home position on the canvas; a scrolling layer moves inside its viewport. */
public record OverlayLayer(OverlayBitmap bitmap, int x, int y, Optional<Scroll> scroll) {
    public static OverlayLayer fixed(OverlayBitmap bitmap, int x, int y) {
        return new OverlayLayer(bitmap, x, y, Optional.empty());
    }

    /** Where the layer covers the canvas at rest (a scrolling layer: its viewport). */
    public Region bounds() {
        return scroll.map(Scroll::viewport).orElseGet(() -> new Region(x, y, bitmap.width(), bitmap.height()));
    }
}
