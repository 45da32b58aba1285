package live.studio.overlay;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import live.studio.overlay.OverlayContent.StockCounter;
import live.studio.overlay.Typesetter.Align;

/** A compact badge: a flame and "7 left" over the product's name, or "Sold out". */
final class StockCounterPainter {

    private StockCounterPainter() {
    }

    static Shape outline(Sketch sketch) {
        return Drawing.rounded(0, 0, sketch.width, sketch.height, sketch.height / 2);
    }

    static void paint(Sketch sketch, StockCounter counter) {
        var g = sketch.g;
        Drawing.surface(g, outline(sketch), sketch.colours);
        boolean soldOut = counter.stockQuantity() <= 0;
        Color state = soldOut ? sketch.colours.soldOutStamp() : sketch.colours.lowStock();
        double inset = 10;
        double icon = sketch.height - 2 * inset;
        g.setColor(state);
        g.fill(new Ellipse2D.Double(inset, inset, icon, icon));
        g.setColor(ProductCardPainter.ink(state));
        double glyph = icon * 0.6;
        double glyphPosition = inset + (icon - glyph) / 2;
        g.fill(soldOut ? Glyphs.cross(inset + (icon - glyph) / 2, glyphPosition, glyph)
                : Glyphs.flame(inset + (icon - glyph) / 2, glyphPosition - 1, glyph));

        double left = inset + icon + 12;
        double width = sketch.width - left - sketch.height / 2;
        String title = Captions.line(counter.productTitle(), 40);
        Typesetter headline = soldOut ? sketch.type(sketch.fonts.heading(), 25) : sketch.type(sketch.fonts.numbers(), 28);
        String words = soldOut ? Captions.SOLD_OUT : String.format(Captions.LEFT, counter.stockQuantity());
        Color colour = soldOut ? sketch.colours.soldOutStamp() : sketch.colours.surfaceText();
        if (title.isEmpty()) {
            sketch.line(headline, words, colour, left, Sketch.baseline(headline, 0, sketch.height), width, Align.START);
            return;
        }
        sketch.line(headline, words, colour, left, 40, width, Align.START);
        Typesetter small = sketch.type(sketch.fonts.text(), 14);
        sketch.line(small, title, sketch.colours.mutedText(), left, 59, width, Align.START);
    }
}
