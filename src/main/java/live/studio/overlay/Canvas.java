package live.studio.overlay;

/** The program picture the graphics are drawn for, in pixels. */
public record Canvas(int width, int height) {
    public Canvas {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("canvas must have a positive size, got " + width + "x" + height);
        }
    }

    public CanvasShape shape() {
        return CanvasShape.of(width, height);
    }

    public Region bounds() {
        return new Region(0, 0, width, height);
    }
}
