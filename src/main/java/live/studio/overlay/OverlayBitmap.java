package live.studio.overlay;

/**
 * A rendered overlay: premultiplied ARGB pixels, drawn once when its content changes (never on the frame clock
 * thread) and shared read-only with the compositor afterwards.
 */
public record OverlayBitmap(int width, int height, int[] pixels) {
    public OverlayBitmap {
        if (width <= 0 || height <= 0 || pixels.length != width * height) {
            throw new IllegalArgumentException("overlay bitmap " + width + "x" + height + " needs " + (long) width * height
                    + " pixels, got " + pixels.length);
        }
    }
}
