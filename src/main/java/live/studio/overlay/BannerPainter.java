package live.studio.overlay;

import java.awt.Shape;
import java.awt.font.TextLayout;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import live.studio.overlay.Typesetter.Align;

/**
 * The ticker in two layers: a fixed bar with a "Live" tag, and a strip holding the text once followed by a gap with a
 * separator, which the compositor scrolls through the bar's text area and wraps round seamlessly.
 */
final class BannerPainter {

    static final double TAG_WIDTH = 118;
    static final double TEXT_INSET = 18;
    static final double TEXT_SIZE = 25;
    /** The gap after the text before it starts again, in design pixels. */
    static final double GAP = 90;
    /** About two words a second at 1080 lines: readable, and a long text still comes round in under a minute. */
    static final double PIXELS_PER_SECOND_AT_1080 = 120;
    static final int MAX_TEXT_GRAPHEMES = 400;

    private BannerPainter() {
    }

    static Shape outline(Sketch sketch) {
        return Drawing.rounded(0, 0, sketch.width, sketch.height, Math.min(sketch.radius(), sketch.height / 2));
    }

    /** The bar: ticker colour, the accent tag at the start. */
    static void paintBar(Sketch sketch) {
        var g = sketch.g;
        Shape outline = outline(sketch);
        g.setColor(sketch.colours.ticker());
        g.fill(outline);
        if (sketch.colours.surfaceBorder().getAlpha() > 0) {
            g.setColor(sketch.colours.surfaceBorder());
            g.setStroke(new java.awt.BasicStroke(1.5f));
            g.draw(outline);
        }
        Shape clip = g.getClip();
        g.clip(outline);
        g.setColor(sketch.colours.accent());
        Path2D tag = new Path2D.Double();
        tag.moveTo(0, 0);
        tag.lineTo(TAG_WIDTH, 0);
        tag.lineTo(TAG_WIDTH - 14, sketch.height);
        tag.lineTo(0, sketch.height);
        tag.closePath();
        g.fill(tag);
        g.setClip(clip);
        Typesetter live = sketch.type(sketch.fonts.strong(), 19).tracked(0.14f);
        double dot = 10;
        float baseline = Sketch.baseline(live, 0, sketch.height);
        float textWidth = live.advance(Captions.upper(Captions.LIVE));
        double contentWidth = dot + 9 + textWidth;
        double start = (TAG_WIDTH - 14 - contentWidth) / 2 + 2;
        g.setColor(sketch.colours.accentText());
        g.fill(new Ellipse2D.Double(start, baseline - live.capHeight() / 2 - dot / 2, dot, dot));
        sketch.line(live, Captions.upper(Captions.LIVE), sketch.colours.accentText(), start + dot + 9, baseline,
                TAG_WIDTH, Align.START);
    }

    /** Where the text scrolls, in design pixels of the bar. */
    static Rectangle2D viewport(Sketch sketch) {
        double left = TAG_WIDTH + TEXT_INSET - 6;
        return new Rectangle2D.Double(left, 0, sketch.width - left - TEXT_INSET, sketch.height);
    }

    /** The text's advance plus the gap, in design pixels: the strip's period. */
    static double stripWidth(Typesetter type, String text) {
        return type.advance(text) + GAP;
    }

    /** The text once, then the separator in the middle of the gap. {@code g} is scaled to design pixels. */
    static void paintStrip(Sketch sketch, Typesetter type, String text) {
        // the separator sits halfway between the text's end and its return (the strip may be wider than text + gap)
        float baseline = Sketch.baseline(type, 0, sketch.height);
        TextLayout layout = type.layout(text);
        sketch.g.setColor(sketch.colours.tickerText());
        if (layout != null) {
            // Left to right whatever the script: the strip moves right to left and wraps; its order is the text's own.
            layout.draw(sketch.g, 0, baseline);
        }
        double advance = layout == null ? 0 : layout.getAdvance();
        double diamond = 9;
        double centreX = (advance + sketch.width) / 2;
        double centreY = baseline - type.capHeight() / 2;
        Path2D separator = new Path2D.Double();
        separator.moveTo(centreX, centreY - diamond / 2);
        separator.lineTo(centreX + diamond / 2, centreY);
        separator.lineTo(centreX, centreY + diamond / 2);
        separator.lineTo(centreX - diamond / 2, centreY);
        separator.closePath();
        sketch.g.setColor(sketch.colours.accent());
        sketch.g.fill(separator);
    }
}
