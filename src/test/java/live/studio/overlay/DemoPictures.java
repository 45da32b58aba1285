package live.studio.overlay;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.Random;

/** Pictures for tests and the gallery: a product shot and a studio-like program frame, drawn, never downloaded. */
final class DemoPictures {

    private DemoPictures() {
    }

    private static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        return g;
    }

    private static final class Product {
        static final BufferedImage PICTURE = drawProduct();
    }

    /** A serum bottle with a dropper cap on a pastel backdrop, 800×800 (larger than any card shows it). */
    static BufferedImage product() {
        return Product.PICTURE;
    }

    private static BufferedImage drawProduct() {
        int size = 800;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(image);
        g.setPaint(new GradientPaint(0, 0, new Color(0xF6, 0xD9, 0xC8), 0, size, new Color(0xE8, 0xB8, 0xA6)));
        g.fillRect(0, 0, size, size);
        g.setColor(new Color(0xD9, 0xA5, 0x90));
        g.fill(new Rectangle2D.Double(0, size * 0.74, size, size * 0.26));
        g.setColor(new Color(0, 0, 0, 40));
        g.fill(new Ellipse2D.Double(250, 560, 300, 60));
        // the bottle: amber glass, a label, a black dropper
        g.setPaint(new GradientPaint(280, 0, new Color(0xC9, 0x7B, 0x2E), 520, 0, new Color(0x8A, 0x4B, 0x14)));
        g.fill(new RoundRectangle2D.Double(285, 300, 230, 290, 60, 60));
        g.setColor(new Color(255, 255, 255, 70));
        g.fill(new RoundRectangle2D.Double(305, 320, 28, 240, 20, 20));
        g.setColor(new Color(0xFB, 0xF4, 0xEA));
        g.fill(new Rectangle2D.Double(315, 390, 170, 120));
        g.setColor(new Color(0x5A, 0x3A, 0x22));
        g.fill(new Rectangle2D.Double(340, 420, 120, 12));
        g.fill(new Rectangle2D.Double(355, 445, 90, 7));
        g.fill(new Rectangle2D.Double(355, 462, 90, 7));
        g.setColor(new Color(0x22, 0x1C, 0x1A));
        g.fill(new RoundRectangle2D.Double(345, 230, 110, 80, 16, 16));
        g.fill(new RoundRectangle2D.Double(370, 130, 60, 110, 40, 40));
        g.setColor(new Color(255, 255, 255, 50));
        g.fill(new RoundRectangle2D.Double(380, 145, 12, 80, 10, 10));
        // a leaf beside it
        g.setColor(new Color(0x6F, 0x8F, 0x5A));
        Path2D leaf = new Path2D.Double();
        leaf.moveTo(560, 590);
        leaf.curveTo(600, 470, 690, 430, 720, 420);
        leaf.curveTo(700, 500, 640, 580, 560, 590);
        g.fill(leaf);
        g.setStroke(new BasicStroke(4));
        g.setColor(new Color(0x4E, 0x6B, 0x3E));
        g.draw(new java.awt.geom.Line2D.Double(560, 590, 700, 440));
        g.dispose();
        return image;
    }

    /**
     * A program frame that looks like a shopping live: a lit backdrop with soft bokeh, a table, a host's silhouette.
     * Graphics are judged on a real-looking picture, never on black.
     */
    static BufferedImage studio(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = graphics(image);
        double unit = Math.min(width, height) / 1080.0;
        g.setPaint(new GradientPaint(0, 0, new Color(0x3A, 0x41, 0x5A), 0, height, new Color(0x1B, 0x1E, 0x2B)));
        g.fillRect(0, 0, width, height);
        g.setPaint(new RadialGradientPaint((float) (width * 0.62), (float) (height * 0.30), (float) (Math.max(width,
                height) * 0.55), new float[] {0f, 1f}, new Color[] {new Color(0xF3, 0xC9, 0x9A, 120),
                new Color(0xF3, 0xC9, 0x9A, 0)}));
        g.fillRect(0, 0, width, height);
        Random random = new Random(7);
        for (int i = 0; i < 26; i++) {
            double d = (40 + random.nextDouble() * 120) * unit;
            double x = random.nextDouble() * width;
            double y = random.nextDouble() * height * 0.6;
            Color tint = random.nextBoolean() ? new Color(255, 214, 160) : new Color(170, 200, 255);
            g.setPaint(new RadialGradientPaint((float) (x + d / 2), (float) (y + d / 2), (float) (d / 2),
                    new float[] {0f, 1f}, new Color[] {new Color(tint.getRed(), tint.getGreen(), tint.getBlue(), 60),
                    new Color(tint.getRed(), tint.getGreen(), tint.getBlue(), 0)}));
            g.fill(new Ellipse2D.Double(x, y, d, d));
        }
        // shelves with products along the back wall
        g.setColor(new Color(0x2A, 0x2A, 0x33));
        for (int shelf = 0; shelf < 2; shelf++) {
            double y = height * (0.28 + shelf * 0.2);
            g.fill(new Rectangle2D.Double(0, y, width, 10 * unit));
            for (int item = 0; item < width / (70 * unit); item++) {
                double x = item * 70 * unit + 10 * unit;
                double h = (40 + random.nextInt(50)) * unit;
                g.setColor(new Color(80 + random.nextInt(120), 70 + random.nextInt(90), 80 + random.nextInt(100), 160));
                g.fill(new RoundRectangle2D.Double(x, y - h, 40 * unit, h, 8 * unit, 8 * unit));
            }
            g.setColor(new Color(0x2A, 0x2A, 0x33));
        }
        // the host: a silhouette in front of the light
        double centreX = width * 0.5;
        double headY = height * (height > width ? 0.40 : 0.30);
        double head = 190 * unit;
        g.setPaint(new GradientPaint(0, (float) headY, new Color(0x6B, 0x4E, 0x45), 0, (float) (headY + head * 3),
                new Color(0x3B, 0x2C, 0x2E)));
        g.fill(new Ellipse2D.Double(centreX - head / 2, headY, head, head * 1.22));
        Path2D body = new Path2D.Double();
        body.moveTo(centreX - head * 1.6, height);
        body.curveTo(centreX - head * 1.6, headY + head * 1.6, centreX - head * 0.9, headY + head * 1.3, centreX,
                headY + head * 1.3);
        body.curveTo(centreX + head * 0.9, headY + head * 1.3, centreX + head * 1.6, headY + head * 1.6,
                centreX + head * 1.6, height);
        body.closePath();
        g.setPaint(new GradientPaint(0, (float) (headY + head), new Color(0xC7, 0x5B, 0x6A), 0, height,
                new Color(0x7A, 0x2E, 0x3C)));
        g.fill(body);
        // the table
        g.setPaint(new GradientPaint(0, (float) (height * 0.78), new Color(0xE9, 0xDF, 0xD3), 0, height,
                new Color(0xB9, 0xAE, 0xA2)));
        g.fill(new Rectangle2D.Double(0, height * 0.8, width, height * 0.2));
        g.dispose();
        return image;
    }
}
