package live.studio.overlay;

import java.util.List;

/** A graphic ready for air: its layers (bottom first), drawn once, and how it enters and leaves. */
public record RenderedOverlay(OverlaySlot slot, List<OverlayLayer> layers, Entrance entrance) {
    public RenderedOverlay {
        layers = List.copyOf(layers);
        if (layers.isEmpty()) {
            throw new IllegalArgumentException(slot + " has no layers");
        }
    }

    /** The smallest region holding every layer at rest. */
    public Region bounds() {
        int left = Integer.MAX_VALUE;
        int top = Integer.MAX_VALUE;
        int right = Integer.MIN_VALUE;
        int bottom = Integer.MIN_VALUE;
        for (OverlayLayer layer : layers) {
            Region region = layer.bounds();
            left = Math.min(left, region.x());
            top = Math.min(top, region.y());
            right = Math.max(right, region.right());
            bottom = Math.max(bottom, region.bottom());
        }
        return new Region(left, top, right - left, bottom - top);
    }
}
