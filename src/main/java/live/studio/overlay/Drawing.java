package live.studio.overlay;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/** Drawing shared by every graphic: quality settings, surfaces, soft shadows. */
final class Drawing {

    private Drawing() {
    }

    /** A transparent premultiplied ARGB image, so its pixels go to the compositor as they are. */
    static BufferedImage image(int width, int height) {
        return new BufferedImage(Math.max(1, width), Math.max(1, height), BufferedImage.TYPE_INT_ARGB_PRE);
    }

    static int[] pixels(BufferedImage image) {
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }

    /** Antialiased shapes and text, fractional metrics (text measures the same at every scale), no LCD fringes. */
    static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_ALPHA_INTERPOLATION, RenderingHints.VALUE_ALPHA_INTERPOLATION_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
        return g;
    }

    static RoundRectangle2D rounded(double x, double y, double width, double height, double radius) {
        double diameter = Math.max(0, Math.min(2 * radius, Math.min(width, height)));
        return new RoundRectangle2D.Double(x, y, width, height, diameter, diameter);
    }

    /**
     * A panel: the surface colour, a faint light from above when the surface is dark (glass), and a hairline edge.
     */
    static void surface(Graphics2D g, Shape shape, ThemeColours colours) {
        g.setColor(colours.surface());
        g.fill(shape);
        var bounds = shape.getBounds2D();
        if (luminance(colours.surface()) < 0.5) {
            g.setPaint(new GradientPaint((float) bounds.getX(), (float) bounds.getY(), new Color(255, 255, 255, 26),
                    (float) bounds.getX(), (float) (bounds.getY() + bounds.getHeight() * 0.6), new Color(255, 255, 255, 0)));
            g.fill(shape);
        }
        if (colours.surfaceBorder().getAlpha() > 0) {
            g.setColor(colours.surfaceBorder());
            g.setStroke(new BasicStroke(1.5f));
            g.draw(shape);
        }
    }

    /** Relative luminance from 0 (black) to 1 (white), to pick light or dark ink. */
    static double luminance(Color colour) {
        return (0.2126 * colour.getRed() + 0.7152 * colour.getGreen() + 0.0722 * colour.getBlue()) / 255.0;
    }

    static Color withAlpha(Color colour, double opacity) {
        int alpha = (int) Math.round(Math.max(0, Math.min(1, opacity)) * colour.getAlpha());
        return new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), alpha);
    }

    static Color mix(Color from, Color to, double amount) {
        double keep = 1 - amount;
        return new Color((int) Math.round(from.getRed() * keep + to.getRed() * amount),
                (int) Math.round(from.getGreen() * keep + to.getGreen() * amount),
                (int) Math.round(from.getBlue() * keep + to.getBlue() * amount),
                (int) Math.round(from.getAlpha() * keep + to.getAlpha() * amount));
    }

    /**
     * A soft shadow of {@code outline} (device pixels) into {@code target}: the shape's coverage drawn small, blurred
     * with three box passes (close to a Gaussian of {@code blurPixels / 2}), then drawn back up smoothly.
     */
    static void shadow(BufferedImage target, Shape outline, Color colour, double blurPixels, double offsetPixels) {
        if (colour.getAlpha() == 0) {
            return;
        }
        double factor = Math.max(1, blurPixels / 6);
        int width = (int) Math.ceil(target.getWidth() / factor) + 1;
        int height = (int) Math.ceil(target.getHeight() / factor) + 1;
        BufferedImage small = image(width, height);
        Graphics2D g = graphics(small);
        g.scale(1 / factor, 1 / factor);
        g.translate(0, offsetPixels);
        g.setColor(colour);
        g.fill(outline);
        g.dispose();
        int radius = (int) Math.round(blurPixels / 2 / factor);
        if (radius > 0) {
            int[] pixels = pixels(small);
            for (int pass = 0; pass < 3; pass++) {
                blur(pixels, width, height, radius);
            }
        }
        Graphics2D onTarget = target.createGraphics();
        onTarget.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        onTarget.setComposite(AlphaComposite.SrcOver);
        onTarget.drawImage(small, new AffineTransform(factor, 0, 0, factor, 0, 0), null);
        onTarget.dispose();
    }

    /** One horizontal and one vertical box-blur pass over premultiplied pixels, all four channels. */
    private static void blur(int[] pixels, int width, int height, int radius) {
        int[] line = new int[Math.max(width, height)];
        for (int y = 0; y < height; y++) {
            blurLine(pixels, y * width, 1, width, radius, line);
        }
        for (int x = 0; x < width; x++) {
            blurLine(pixels, x, width, height, radius, line);
        }
    }

    private static void blurLine(int[] pixels, int start, int step, int length, int radius, int[] copy) {
        for (int i = 0; i < length; i++) {
            copy[i] = pixels[start + i * step];
        }
        int window = 2 * radius + 1;
        long a = 0;
        long r = 0;
        long gr = 0;
        long b = 0;
        for (int i = -radius; i <= radius; i++) {
            int p = i < 0 || i >= length ? 0 : copy[i];
            a += p >>> 24;
            r += (p >> 16) & 0xFF;
            gr += (p >> 8) & 0xFF;
            b += p & 0xFF;
        }
        for (int i = 0; i < length; i++) {
            pixels[start + i * step] = (int) (a / window) << 24 | (int) (r / window) << 16 | (int) (gr / window) << 8
                    | (int) (b / window);
            int leaving = i - radius;
            int entering = i + radius + 1;
            int out = leaving < 0 ? 0 : copy[leaving];
            int in = entering >= length ? 0 : copy[entering];
            a += (in >>> 24) - (out >>> 24);
            r += ((in >> 16) & 0xFF) - ((out >> 16) & 0xFF);
            gr += ((in >> 8) & 0xFF) - ((out >> 8) & 0xFF);
            b += (in & 0xFF) - (out & 0xFF);
        }
    }
}
