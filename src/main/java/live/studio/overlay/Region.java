package live.studio.overlay;

/** A pixel rectangle on the canvas. */
public record Region(int x, int y, int width, int height) {
    public Region {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("region must not have a negative size, got " + width + "x" + height);
        }
    }

    public int right() {
        return x + width;
    }

    public int bottom() {
        return y + height;
    }

    public boolean contains(Region other) {
        return other.x >= x && other.y >= y && other.right() <= right() && other.bottom() <= bottom();
    }

    public boolean intersects(Region other) {
        return other.x < right() && other.right() > x && other.y < bottom() && other.bottom() > y;
    }
}
