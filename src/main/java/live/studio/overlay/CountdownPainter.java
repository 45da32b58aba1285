package live.studio.overlay;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.font.TextLayout;
import java.awt.geom.Ellipse2D;
import live.studio.overlay.OverlayContent.Countdown;
import live.studio.overlay.Typesetter.Align;

/**
 * The flash-sale countdown: a label and the time left in big digits of equal width (the time does not jitter as it
 * counts). Each urgency has its colour; the pulse of the last seconds is the compositor's.
 */
final class CountdownPainter {

    private static final double ICON = 80;
    /** How tall the digits stand; a condensed face (Bebas Neue) gets the same height, not the same point size. */
    static final double DIGITS_CAP_HEIGHT = 42;

    private CountdownPainter() {
    }

    static Shape outline(Sketch sketch) {
        return Drawing.rounded(0, 0, sketch.width, sketch.height, sketch.radius());
    }

    static void paint(Sketch sketch, Countdown countdown) {
        long remaining = countdown.remainingSeconds();
        CountdownUrgency urgency = countdown.urgency() == null ? CountdownUrgency.at(remaining) : countdown.urgency();
        Color state = switch (urgency) {
            case NORMAL -> sketch.colours.accent();
            case LAST_MINUTE -> sketch.colours.lastMinute();
            case FINAL_SECONDS -> sketch.colours.finalSeconds();
            case ENDED -> sketch.colours.ended();
        };
        var g = sketch.g;
        Shape outline = outline(sketch);
        Drawing.surface(g, outline, sketch.colours);
        if (urgency == CountdownUrgency.LAST_MINUTE || urgency == CountdownUrgency.FINAL_SECONDS) {
            g.setColor(Drawing.withAlpha(state, urgency == CountdownUrgency.FINAL_SECONDS ? 0.9 : 0.6));
            g.setStroke(new BasicStroke(3f));
            g.draw(Drawing.rounded(1.5, 1.5, sketch.width - 3, sketch.height - 3, sketch.radius() - 1.5));
        }

        double pad = (sketch.height - ICON) / 2;
        g.setColor(state);
        g.fill(new Ellipse2D.Double(pad, pad, ICON, ICON));
        g.setColor(ProductCardPainter.ink(state));
        double glyph = ICON * 0.56;
        g.fill(urgency == CountdownUrgency.ENDED
                ? Glyphs.cross(pad + (ICON - glyph) / 2, pad + (ICON - glyph) / 2, glyph)
                : Glyphs.bolt(pad + (ICON - glyph) / 2, pad + (ICON - glyph) / 2, glyph));

        double left = pad + ICON + 18;
        double width = sketch.width - left - pad;
        if (urgency == CountdownUrgency.ENDED) {
            Typesetter over = sketch.type(sketch.fonts.heading(), 36);
            sketch.line(over, Captions.DEAL_OVER, state, left, Sketch.baseline(over, 0, sketch.height), width,
                    Align.START);
            return;
        }
        String label = Captions.line(countdown.label(), 40);
        Typesetter labelType = sketch.type(sketch.fonts.strong(), 15).tracked(0.08f);
        sketch.line(labelType, Captions.upper(label), sketch.colours.mutedText(), left, 40, width, Align.START);
        Color digitsColour = urgency == CountdownUrgency.NORMAL ? sketch.colours.surfaceText() : state;
        digits(sketch, Captions.clock(remaining), digitsColour, left, 92, width, DIGITS_CAP_HEIGHT);
    }

    /**
     * Digits each centred in a cell as wide as the widest digit: tabular figures drawn by hand. The digits are
     * {@code capHeight} tall, smaller when the time would not fit the width.
     */
    static void digits(Sketch sketch, String time, Color colour, double left, double baseline, double width,
            double capHeight) {
        Typesetter probe = sketch.type(sketch.fonts.numbers(), 100);
        double size = 100 * capHeight / probe.capHeight();
        Typesetter type = sketch.type(sketch.fonts.numbers(), size);
        double cell = 0;
        for (char digit = '0'; digit <= '9'; digit++) {
            cell = Math.max(cell, type.advance(String.valueOf(digit)));
        }
        double colon = type.advance(":") * 1.1;
        double total = 0;
        for (char c : time.toCharArray()) {
            total += c == ':' ? colon : cell;
        }
        if (total > width) {
            digits(sketch, time, colour, left, baseline, width, capHeight * width / total * 0.97);
            return;
        }
        sketch.g.setColor(colour);
        double x = left;
        for (char c : time.toCharArray()) {
            double slot = c == ':' ? colon : cell;
            TextLayout glyph = type.layout(String.valueOf(c));
            float y = (float) (c == ':' ? baseline - size * 0.04 : baseline);
            Typesetter.draw(sketch.g, glyph, (float) x, y, (float) slot, Align.CENTER);
            x += slot;
        }
    }
}
