package live.studio.overlay;

/**
 * Where a theme puts one slot's graphic on one canvas shape. Sizes are fractions of the canvas, so a theme looks the
 * same at 720p and 1080p; the graphic's height follows from its width (each kind has a fixed design).
 *
 * @param anchor   the side or corner the graphic sits against
 * @param marginX  distance from the anchored left or right edge, as a fraction of the canvas width (unused when centred)
 * @param marginY  distance from the anchored top or bottom edge, as a fraction of the canvas height (unused when centred)
 * @param width    the graphic's width, shadow included, as a fraction of the canvas width
 * @param entrance how the graphic comes on air and leaves it
 */
public record SlotPlacement(Anchor anchor, double marginX, double marginY, double width, Entrance entrance) {
    public SlotPlacement {
        if (!(marginX >= 0 && marginX < 1) || !(marginY >= 0 && marginY < 1)) {
            throw new IllegalArgumentException("margins must be fractions from 0 to 1, got " + marginX + ", " + marginY);
        }
        if (!(width > 0 && width <= 1)) {
            throw new IllegalArgumentException("width must be a fraction above 0 and at most 1, got " + width);
        }
    }
}
