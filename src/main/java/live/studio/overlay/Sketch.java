package live.studio.overlay;

import com.google.zxing.common.BitMatrix;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * One graphic being drawn: a Graphics2D in design units (the graphic's own box from 0,0, scaled to canvas pixels),
 * the theme, and the few operations that must work in whole device pixels (pictures, QR codes).
 */
final class Sketch {

    final Graphics2D g;
    final Theme theme;
    final ThemeColours colours;
    final ThemeFonts fonts;
    final double width;
    final double height;
    private final AffineTransform deviceFromDesign;
    private final PictureCache pictures;

    Sketch(Graphics2D g, Theme theme, double width, double height, PictureCache pictures) {
        this.g = g;
        this.pictures = pictures;
        this.theme = theme;
        this.colours = theme.colours();
        this.fonts = theme.fonts();
        this.width = width;
        this.height = height;
        this.deviceFromDesign = g.getTransform();
    }

    double radius() {
        return theme.cornerRadius();
    }

    /** The corner radius for something nested {@code inset} inside the graphic's edge. */
    double radius(double inset) {
        return Math.max(3, theme.cornerRadius() - inset);
    }

    Typesetter type(FontFace face, double size) {
        return Typesetter.of(g, face, (float) size);
    }

    /** The baseline that centres a line of capitals of {@code type} in a row from {@code top}, {@code rowHeight} tall. */
    static float baseline(Typesetter type, double top, double rowHeight) {
        return (float) (top + (rowHeight + type.capHeight()) / 2);
    }

    /** One line of {@code text} fitted into the width with an ellipsis, drawn in {@code colour}; returns its advance. */
    float line(Typesetter type, String text, Color colour, double left, double baseline, double boxWidth,
            Typesetter.Align align) {
        TextLayout layout = type.fit(text, (float) boxWidth);
        if (layout == null) {
            return 0;
        }
        g.setColor(colour);
        Typesetter.draw(g, layout, (float) left, (float) baseline, (float) boxWidth, align);
        return layout.getVisibleAdvance();
    }

    /** Wrapped text in a box: at most {@code maxLines} lines, {@code pitch} apart, clipped to the box whatever. */
    int lines(Typesetter type, String text, Color colour, double left, double top, double boxWidth, double pitch,
            int maxLines, Typesetter.Align align) {
        List<TextLayout> lines = type.wrap(text, (float) boxWidth, maxLines);
        Shape clip = g.getClip();
        // Accents stacked above a capital may rise past the line box: the clip keeps them within the text area.
        g.clip(new Rectangle2D.Double(left - 2, top - pitch * 0.25, boxWidth + 4, pitch * (maxLines + 0.5)));
        g.setColor(colour);
        for (int i = 0; i < lines.size(); i++) {
            Typesetter.draw(g, lines.get(i), (float) left, baseline(type, top + i * pitch, pitch), (float) boxWidth,
                    align);
        }
        g.setClip(clip);
        return lines.size();
    }

    /** Where a design-unit rectangle falls in device pixels, rounded outwards to whole pixels. */
    Rectangle device(double x, double y, double w, double h) {
        Rectangle2D corners = deviceFromDesign.createTransformedShape(new Rectangle2D.Double(x, y, w, h)).getBounds2D();
        int left = (int) Math.round(corners.getMinX());
        int top = (int) Math.round(corners.getMinY());
        return new Rectangle(left, top, (int) Math.round(corners.getMaxX()) - left,
                (int) Math.round(corners.getMaxY()) - top);
    }

    /**
     * A picture covering a design rectangle with rounded corners, scaled once to device pixels and drawn 1:1, so it
     * is as sharp as the canvas allows. A picture that cannot be drawn becomes the placeholder.
     */
    void picture(BufferedImage picture, double x, double y, double w, double h, double cornerRadius) {
        Shape clip = g.getClip();
        Shape rounded = Drawing.rounded(x, y, w, h, cornerRadius);
        g.clip(rounded);
        boolean drawn = false;
        if (picture != null && picture.getWidth() > 0 && picture.getHeight() > 0) {
            try {
                Rectangle target = device(x, y, w, h);
                BufferedImage scaled = pictures.cover(picture, Math.max(1, target.width), Math.max(1, target.height));
                AffineTransform saved = g.getTransform();
                g.setTransform(new AffineTransform());
                Shape deviceClip = saved.createTransformedShape(rounded);
                g.setClip(null);
                g.clip(deviceClip);
                g.drawImage(scaled, target.x, target.y, null);
                g.setTransform(saved);
                drawn = true;
            } catch (RuntimeException unreadable) {
                // a picture Java 2D cannot draw (odd colour model, broken raster): the placeholder says "no picture"
            }
        }
        g.setClip(clip);
        if (!drawn) {
            Shape before = g.getClip();
            g.clip(rounded);
            Images.placeholder(g, x, y, w, h, colours);
            g.setClip(before);
        }
    }

    /** A picture fitted inside a design rectangle, centred, drawn 1:1 in device pixels (a logo). */
    void fitted(BufferedImage picture, double x, double y, double w, double h) {
        Rectangle target = device(x, y, w, h);
        BufferedImage fitted = pictures.contain(picture, Math.max(1, target.width), Math.max(1, target.height));
        AffineTransform saved = g.getTransform();
        g.setTransform(new AffineTransform());
        g.drawImage(fitted, target.x + (target.width - fitted.getWidth()) / 2,
                target.y + (target.height - fitted.getHeight()) / 2, null);
        g.setTransform(saved);
    }

    /** A QR code in a design square, drawn in whole device pixels; returns the square actually used, in design units. */
    double qr(BitMatrix matrix, double x, double y, double side) {
        Rectangle target = device(x, y, side, side);
        int pixels = Math.min(target.width, target.height);
        AffineTransform saved = g.getTransform();
        Shape clip = g.getClip();
        g.setTransform(new AffineTransform());
        g.setClip(null);
        int drawn = QrCodes.draw(g, matrix, target.x, target.y, pixels);
        g.setTransform(saved);
        g.setClip(clip);
        return drawn / saved.getScaleX();
    }
}
