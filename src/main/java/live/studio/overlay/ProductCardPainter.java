package live.studio.overlay;

import com.google.zxing.common.BitMatrix;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Optional;
import live.studio.overlay.OverlayContent.ProductCard;
import live.studio.overlay.Typesetter.Align;

/**
 * The product card. Landscape: a tall card (picture, title, price, then the short code and QR code). Portrait: a wide
 * card above the comment feed (picture, title and price, QR code), large enough to read on a phone.
 */
final class ProductCardPainter {

    private static final double PAD = 18;

    private ProductCardPainter() {
    }

    /** The texts of a card, cleaned. */
    private record Texts(String title, String price, String compareAt, String discount, String shortLink,
            String shortCode, StockLevel stock, int quantity, Optional<BitMatrix> qr, BufferedImage image) {

        static Texts of(ProductCard card) {
            StockLevel stock = card.stockLevel() == null ? StockLevel.NOT_TRACKED : card.stockLevel();
            return new Texts(Captions.line(card.title(), 120), Captions.line(card.price(), 24),
                    Captions.line(present(card.compareAtPrice()).orElse(""), 24),
                    Captions.line(present(card.discount()).orElse(""), 12),
                    Captions.line(present(card.shortLink()).orElse(""), 60), Captions.shortCode(card.shortCode()),
                    stock, card.stockQuantity(), present(card.buyUrl()).flatMap(QrCodes::encode),
                    present(card.image()).orElse(null));
        }
    }

    private static <T> Optional<T> present(Optional<T> value) {
        return value == null ? Optional.empty() : value;
    }

    static Shape outline(Sketch sketch) {
        return Drawing.rounded(0, 0, sketch.width, sketch.height, sketch.radius());
    }

    static void paint(Sketch sketch, ProductCard card, CanvasShape shape) {
        Texts texts = Texts.of(card);
        Drawing.surface(sketch.g, outline(sketch), sketch.colours);
        if (shape == CanvasShape.PORTRAIT) {
            paintWide(sketch, texts);
        } else {
            paintTall(sketch, texts);
        }
    }

    private static void paintTall(Sketch sketch, Texts texts) {
        double w = sketch.width;
        double inner = w - 2 * PAD;
        boolean hasQr = texts.qr().isPresent();
        boolean hasAction = hasQr || !texts.shortCode().isEmpty() || !texts.shortLink().isEmpty();
        // Without a way to buy on screen the picture takes the room of the buying row: the box never changes.
        double spare = hasAction ? 0 : 150;
        picture(sketch, texts, PAD, PAD, inner, 236 + spare, 1);

        Typesetter title = sketch.type(sketch.fonts.heading(), 24);
        sketch.lines(title, texts.title(), sketch.colours.surfaceText(), PAD, 266 + spare, inner, 30, 2, Align.START);
        prices(sketch, texts, PAD, 330 + spare, inner, 52, 44, 22);
        if (!hasAction) {
            return;
        }
        sketch.g.setColor(Drawing.withAlpha(sketch.colours.mutedText(), 0.25));
        sketch.g.fill(new Rectangle2D.Double(PAD, 398, inner, 1.2));

        double qrSide = 134;
        double top = 414;
        double columnWidth = hasQr ? inner - qrSide - 14 : inner;
        shortCodePill(sketch, texts, PAD, top, columnWidth, 54, 32);
        double textTop = texts.shortCode().isEmpty() ? top : top + 70;
        if (!texts.shortCode().isEmpty()) {
            Typesetter caption = sketch.type(sketch.fonts.strong(), 16);
            sketch.line(caption, String.format(Captions.TYPE_IN_CHAT, texts.shortCode()),
                    sketch.colours.surfaceText(), PAD, textTop + 24, columnWidth, Align.START);
        }
        Typesetter small = sketch.type(sketch.fonts.text(), 15);
        sketch.line(small, texts.shortLink(), sketch.colours.mutedText(), PAD, textTop + 50, columnWidth, Align.START);
        if (hasQr) {
            sketch.qr(texts.qr().get(), w - PAD - qrSide, top, qrSide);
        }
    }

    private static void paintWide(Sketch sketch, Texts texts) {
        double w = sketch.width;
        double h = sketch.height;
        double pad = 16;
        double side = h - 2 * pad;
        picture(sketch, texts, pad, pad, side, side, 0.86);

        boolean hasQr = texts.qr().isPresent();
        double left = pad + side + 20;
        double right = w - pad;
        Typesetter title = sketch.type(sketch.fonts.heading(), 23);
        sketch.lines(title, texts.title(), sketch.colours.surfaceText(), left, pad - 3, right - left, 28, 2,
                Align.START);

        double qrSide = 108;
        double qrX = right - qrSide;
        double column = (hasQr ? qrX - 14 : right) - left;
        prices(sketch, texts, left, 76, column, 48, 40, 20);
        double pillHeight = 44;
        double pillTop = h - pad - pillHeight;
        double pillWidth = shortCodePill(sketch, texts, left, pillTop, column, pillHeight, 27);
        if (pillWidth > 0) {
            Typesetter caption = sketch.type(sketch.fonts.strong(), 15);
            String words = String.format(Captions.TYPE_IN_CHAT, texts.shortCode());
            double captionLeft = left + pillWidth + 12;
            double room = left + column - captionLeft;
            if (caption.advance(words) <= room) {
                sketch.line(caption, words, sketch.colours.mutedText(), captionLeft,
                        Sketch.baseline(caption, pillTop, pillHeight), room, Align.START);
            } else if (room > 60) {
                sketch.lines(caption, words, sketch.colours.mutedText(), captionLeft, pillTop + 2, room, 20, 2,
                        Align.START);
            }
        }
        if (hasQr) {
            double top = 70;
            double drawn = sketch.qr(texts.qr().get(), qrX, top, qrSide);
            Typesetter small = sketch.type(sketch.fonts.text(), 13);
            sketch.line(small, texts.shortLink(), sketch.colours.mutedText(), qrX - 40,
                    top + drawn + 17, qrSide + 40, Align.END);
        }
    }

    /** The product picture with its badges: discount at the top, low stock at the bottom, the sold-out stamp across. */
    private static void picture(Sketch sketch, Texts texts, double x, double y, double w, double h, double badgeScale) {
        double radius = sketch.radius(6);
        sketch.picture(texts.image(), x, y, w, h, radius);
        var g = sketch.g;
        if (texts.stock() == StockLevel.SOLD_OUT) {
            Shape clip = g.getClip();
            g.clip(Drawing.rounded(x, y, w, h, radius));
            g.setColor(new Color(0, 0, 0, 120));
            g.fill(new Rectangle2D.Double(x, y, w, h));
            g.setClip(clip);
            stamp(sketch, x + w / 2, y + h / 2, Math.min(w * 0.86, 300), badgeScale);
            return;
        }
        double inset = 10 * badgeScale;
        if (!texts.discount().isEmpty()) {
            Typesetter badge = sketch.type(sketch.fonts.numbers(), 20 * badgeScale);
            pill(sketch, badge, texts.discount(), sketch.colours.discount(), sketch.colours.discountText(),
                    x + inset, y + inset, 34 * badgeScale, w - 2 * inset);
        }
        if (texts.stock() == StockLevel.LOW && texts.quantity() > 0) {
            Typesetter low = sketch.type(sketch.fonts.strong(), 16 * badgeScale);
            double height = 32 * badgeScale;
            pill(sketch, low, String.format(Captions.ONLY_LEFT, texts.quantity()), sketch.colours.lowStock(),
                    ink(sketch.colours.lowStock()), x + inset, y + h - inset - height, height, w - 2 * inset);
        }
    }

    /** Black or white, whichever reads on {@code background}. */
    static Color ink(Color background) {
        return Drawing.luminance(background) > 0.6 ? new Color(0x1A, 0x14, 0x10) : Color.WHITE;
    }

    /** A rounded label; returns its width. */
    static double pill(Sketch sketch, Typesetter type, String text, Color background, Color foreground, double x,
            double y, double height, double maxWidth) {
        double padding = height * 0.42;
        double textWidth = Math.min(type.advance(text), maxWidth - 2 * padding);
        if (textWidth <= 0) {
            return 0;
        }
        double width = textWidth + 2 * padding;
        sketch.g.setColor(background);
        sketch.g.fill(Drawing.rounded(x, y, width, height, height / 2));
        sketch.line(type, text, foreground, x + padding, Sketch.baseline(type, y, height), textWidth + 1, Align.START);
        return width;
    }

    private static void stamp(Sketch sketch, double centreX, double centreY, double width, double scale) {
        var g = sketch.g;
        AffineTransform saved = g.getTransform();
        g.rotate(Math.toRadians(-12), centreX, centreY);
        Typesetter type = sketch.type(sketch.fonts.heading(), 40 * scale).tracked(0.08f);
        String text = Captions.upper(Captions.SOLD_OUT);
        double textWidth = Math.min(type.advance(text), width - 40 * scale);
        double boxWidth = textWidth + 40 * scale;
        double boxHeight = 68 * scale;
        Shape box = Drawing.rounded(centreX - boxWidth / 2, centreY - boxHeight / 2, boxWidth, boxHeight, 8 * scale);
        g.setColor(new Color(255, 255, 255, 225));
        g.fill(box);
        g.setColor(sketch.colours.soldOutStamp());
        g.setStroke(new BasicStroke((float) (4 * scale)));
        g.draw(box);
        sketch.line(type, text, sketch.colours.soldOutStamp(), centreX - boxWidth / 2, Sketch.baseline(type,
                centreY - boxHeight / 2, boxHeight), boxWidth, Align.CENTER);
        g.setTransform(saved);
    }

    /** The price large, the compare-at price struck through after it (below it when the row is too narrow). */
    private static void prices(Sketch sketch, Texts texts, double left, double top, double width, double rowHeight,
            double priceSize, double compareSize) {
        boolean soldOut = texts.stock() == StockLevel.SOLD_OUT;
        Typesetter price = sketch.type(sketch.fonts.numbers(), priceSize);
        Color priceColour = soldOut ? sketch.colours.mutedText() : sketch.colours.price();
        float baseline = Sketch.baseline(price, top, rowHeight);
        float priceWidth = sketch.line(price, texts.price(), priceColour, left, baseline, width, Align.START);
        if (texts.compareAt().isEmpty()) {
            return;
        }
        Typesetter compare = sketch.type(sketch.fonts.text(), compareSize);
        double gap = 14;
        double compareLeft = left + priceWidth + gap;
        double room = left + width - compareLeft;
        double compareBaseline = baseline;
        if (room < compare.advance(texts.compareAt())) {
            compareLeft = left;
            room = width;
            compareBaseline = top + rowHeight + compareSize * 0.95;
        }
        float compareWidth = sketch.line(compare, texts.compareAt(), sketch.colours.compareAtPrice(), compareLeft,
                compareBaseline, room, Align.START);
        sketch.g.setColor(Drawing.withAlpha(sketch.colours.compareAtPrice(), 0.95));
        sketch.g.setStroke(new BasicStroke((float) Math.max(1.5, compareSize / 11)));
        double strikeY = compareBaseline - compare.capHeight() * 0.45;
        sketch.g.draw(new Line2D.Double(compareLeft - 1, strikeY, compareLeft + compareWidth + 1, strikeY));
    }

    /** The short code in a pill ("#12"); returns its width, 0 when the card has none. */
    private static double shortCodePill(Sketch sketch, Texts texts, double x, double y, double maxWidth,
            double height, double size) {
        if (texts.shortCode().isEmpty()) {
            return 0;
        }
        boolean soldOut = texts.stock() == StockLevel.SOLD_OUT;
        Color background = soldOut ? Drawing.withAlpha(sketch.colours.mutedText(), 0.35) : sketch.colours.accent();
        Typesetter type = sketch.type(sketch.fonts.code(), size).tracked(0.03f);
        return pill(sketch, type, texts.shortCode(), background, sketch.colours.accentText(), x, y, height, maxWidth);
    }
}
