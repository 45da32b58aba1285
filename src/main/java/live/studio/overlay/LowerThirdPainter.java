package live.studio.overlay;

import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import live.studio.overlay.OverlayContent.LowerThird;
import live.studio.overlay.Typesetter.Align;

/** The host's name on a panel, the role on an accent strip beneath it, the brand's logo beside them. */
final class LowerThirdPainter {

    private static final double NAME_HEIGHT = 70;

    private LowerThirdPainter() {
    }

    static Shape outline(Sketch sketch) {
        return Drawing.rounded(0, 0, sketch.width, sketch.height, sketch.radius());
    }

    static void paint(Sketch sketch, LowerThird lowerThird) {
        var g = sketch.g;
        Shape outline = outline(sketch);
        Drawing.surface(g, outline, sketch.colours);
        Shape clip = g.getClip();
        g.clip(outline);

        double h = sketch.height;
        double logoSide = sketch.theme.logo().isPresent() ? h : 0;
        if (logoSide > 0) {
            BufferedImage logo = sketch.theme.logo().get().image();
            double inset = 14;
            sketch.fitted(logo, inset, inset, logoSide - 2 * inset, logoSide - 2 * inset);
            g.setColor(Drawing.withAlpha(sketch.colours.mutedText(), 0.25));
            g.fill(new Rectangle2D.Double(logoSide, 14, 1.2, h - 28));
        }
        double left = logoSide;
        double bar = 6;
        g.setColor(sketch.colours.accent());
        g.fill(new Rectangle2D.Double(left, 0, bar, NAME_HEIGHT));
        g.fill(new Rectangle2D.Double(left, NAME_HEIGHT, sketch.width - left, h - NAME_HEIGHT));

        double textLeft = left + bar + 20;
        double textWidth = sketch.width - textLeft - 22;
        Typesetter name = sketch.type(sketch.fonts.heading(), 36);
        sketch.line(name, Captions.line(lowerThird.name(), 48), sketch.colours.surfaceText(), textLeft,
                Sketch.baseline(name, 0, NAME_HEIGHT), textWidth, Align.START);
        Typesetter role = sketch.type(sketch.fonts.strong(), 17).tracked(0.1f);
        sketch.line(role, Captions.upper(Captions.line(lowerThird.role(), 60)), sketch.colours.accentText(), textLeft,
                Sketch.baseline(role, NAME_HEIGHT, h - NAME_HEIGHT), textWidth, Align.START);
        g.setClip(clip);
    }
}
