package live.studio.compose;

/** A pixel rectangle on the canvas. */
public record Rectangle(int x, int y, int width, int height) {
    public Rectangle {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("rectangle must have a positive size, got " + width + "x" + height);
        }
    }
}
