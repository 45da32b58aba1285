package live.studio.overlay;

import java.awt.BasicStroke;
import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import live.studio.overlay.OverlayContent.PromoCode;
import live.studio.overlay.Typesetter.Align;

/** A promo code as a coupon: notched edges, a dashed border, the code as large as it fits, its own time left. */
final class PromoCodePainter {

    private static final double NOTCH = 13;
    private static final double MIN_CODE_SIZE = 24;

    private PromoCodePainter() {
    }

    static Shape outline(Sketch sketch) {
        Area coupon = new Area(Drawing.rounded(0, 0, sketch.width, sketch.height, sketch.radius()));
        double middle = sketch.height * 0.5;
        coupon.subtract(new Area(new Ellipse2D.Double(-NOTCH, middle - NOTCH, 2 * NOTCH, 2 * NOTCH)));
        coupon.subtract(new Area(new Ellipse2D.Double(sketch.width - NOTCH, middle - NOTCH, 2 * NOTCH, 2 * NOTCH)));
        return coupon;
    }

    static void paint(Sketch sketch, PromoCode promo) {
        var g = sketch.g;
        Drawing.surface(g, outline(sketch), sketch.colours);
        double inset = 10;
        g.setColor(Drawing.withAlpha(sketch.colours.accent(), 0.85));
        g.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[] {9f, 7f}, 0f));
        Area dashed = new Area(Drawing.rounded(inset, inset, sketch.width - 2 * inset, sketch.height - 2 * inset,
                sketch.radius(inset)));
        double middle = sketch.height * 0.5;
        double clearance = NOTCH + 6;
        dashed.subtract(new Area(new Ellipse2D.Double(-clearance, middle - clearance, 2 * clearance, 2 * clearance)));
        dashed.subtract(new Area(new Ellipse2D.Double(sketch.width - clearance, middle - clearance, 2 * clearance,
                2 * clearance)));
        g.draw(dashed);

        double left = 30;
        double width = sketch.width - 2 * left;
        Typesetter label = sketch.type(sketch.fonts.strong(), 14).tracked(0.12f);
        sketch.line(label, Captions.upper(Captions.USE_CODE), sketch.colours.mutedText(), left, 38, width, Align.START);
        var remaining = promo.remainingSeconds();
        if (remaining != null && remaining.isPresent()) {
            String expiry = String.format(Captions.EXPIRES_IN, Captions.shortClock(remaining.getAsLong()));
            Typesetter small = sketch.type(sketch.fonts.strong(), 14);
            float used = sketch.line(small, expiry, sketch.colours.mutedText(), left + width * 0.4, 38, width * 0.6,
                    Align.END);
            double icon = 16;
            g.setColor(sketch.colours.mutedText());
            g.fill(Glyphs.clock(left + width - used - icon - 6, 38 - icon + 2, icon));
        }

        String code = Captions.upper(Captions.line(promo.code(), 24));
        double size = 58;
        Typesetter codeType = sketch.type(sketch.fonts.code(), size).tracked(0.06f);
        double advance = codeType.advance(code);
        if (advance > width) {
            size = Math.max(MIN_CODE_SIZE, size * width / advance * 0.97); // a hair under: sizes do not scale exactly
            codeType = sketch.type(sketch.fonts.code(), size).tracked(0.06f);
        }
        sketch.line(codeType, code, sketch.colours.accent(), left, Sketch.baseline(codeType, 46, 58), width,
                Align.CENTER);

        Typesetter discount = sketch.type(sketch.fonts.strong(), 20);
        sketch.line(discount, Captions.line(promo.discount(), 48), sketch.colours.surfaceText(), left, 130, width,
                Align.CENTER);
    }
}
