package live.studio.overlay;

import java.awt.Color;

/**
 * The soft shadow under every graphic, in design pixels (pixels on a 1080-line canvas; scaled with the graphic).
 *
 * @param colour  the shadow's colour and opacity
 * @param blur    the blur radius; 0 draws no shadow
 * @param offsetY how far the shadow falls below the graphic
 */
public record Shadow(Color colour, double blur, double offsetY) {
    public static final Shadow NONE = new Shadow(new Color(0, 0, 0, 0), 0, 0);

    public Shadow {
        if (!(blur >= 0 && blur <= 100) || !(Math.abs(offsetY) <= 100)) {
            throw new IllegalArgumentException("shadow blur and offset must be 0 to 100, got " + blur + ", " + offsetY);
        }
    }

    /** Room the shadow needs around a graphic, in design pixels. */
    public double reach() {
        return colour.getAlpha() == 0 ? 0 : blur + Math.abs(offsetY);
    }
}
