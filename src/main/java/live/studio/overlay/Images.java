package live.studio.overlay;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/** Reading a brand logo safely, fitting pictures into boxes, and the neutral picture drawn when there is none. */
final class Images {

    static final long MAX_FILE_BYTES = 8L << 20;
    static final int MAX_SIDE_PIXELS = 4096;

    private Images() {
    }

    /** Reads a picture whose file size and dimensions are checked before anything is decoded. */
    static BufferedImage read(Path file) throws IOException {
        long size = Files.size(file);
        if (size > MAX_FILE_BYTES) {
            throw new IOException(file.getFileName() + " is " + size / 1024 + " KB; a logo is at most "
                    + MAX_FILE_BYTES / 1024 + " KB");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new IOException(file.getFileName() + " is not a PNG, JPEG, GIF or BMP picture");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width > MAX_SIDE_PIXELS || height > MAX_SIDE_PIXELS) {
                    throw new IOException(file.getFileName() + " is " + width + "x" + height + " pixels; at most "
                            + MAX_SIDE_PIXELS + " a side");
                }
                return premultiplied(reader.read(0));
            } catch (RuntimeException e) {
                throw new IOException(file.getFileName() + " cannot be decoded (" + e.getMessage() + ")", e);
            } finally {
                reader.dispose();
            }
        }
    }

    static BufferedImage premultiplied(BufferedImage source) {
        if (source.getType() == BufferedImage.TYPE_INT_ARGB_PRE) {
            return source;
        }
        BufferedImage copy = Drawing.image(source.getWidth(), source.getHeight());
        Graphics2D g = copy.createGraphics();
        g.drawImage(source, 0, 0, null);
        g.dispose();
        return copy;
    }

    /**
     * {@code source} scaled to cover {@code width} × {@code height} pixels, the overflow cut evenly (the centre kept).
     * Large pictures are halved step by step first, so a 3000-pixel photo does not shimmer when made small.
     */
    static BufferedImage cover(BufferedImage source, int width, int height) {
        double scale = Math.max((double) width / source.getWidth(), (double) height / source.getHeight());
        double cropWidth = width / scale;
        double cropHeight = height / scale;
        int cropX = (int) Math.round((source.getWidth() - cropWidth) / 2);
        int cropY = (int) Math.round((source.getHeight() - cropHeight) / 2);
        BufferedImage cropped = source.getSubimage(Math.max(0, cropX), Math.max(0, cropY),
                Math.max(1, Math.min(source.getWidth(), (int) Math.round(cropWidth))),
                Math.max(1, Math.min(source.getHeight(), (int) Math.round(cropHeight))));
        return scaled(cropped, width, height);
    }

    /** {@code source} scaled to fit inside the box, its proportions kept; the result may be narrower or shorter. */
    static BufferedImage contain(BufferedImage source, int width, int height) {
        double scale = Math.min((double) width / source.getWidth(), (double) height / source.getHeight());
        return scaled(source, Math.max(1, (int) Math.round(source.getWidth() * scale)),
                Math.max(1, (int) Math.round(source.getHeight() * scale)));
    }

    private static BufferedImage scaled(BufferedImage source, int width, int height) {
        BufferedImage current = premultiplied(source);
        while (current.getWidth() / 2 >= width && current.getHeight() / 2 >= height) {
            current = draw(current, current.getWidth() / 2, current.getHeight() / 2);
        }
        return draw(current, width, height);
    }

    private static BufferedImage draw(BufferedImage source, int width, int height) {
        BufferedImage target = Drawing.image(width, height);
        Graphics2D g = target.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(source, 0, 0, width, height, null);
        g.dispose();
        return target;
    }

    /** A quiet stand-in for a missing picture: a soft gradient with a drawn landscape, in design units. */
    static void placeholder(Graphics2D g, double x, double y, double width, double height, ThemeColours colours) {
        Color base = Drawing.mix(colours.surface(), colours.mutedText(), 0.18);
        Color base2 = Drawing.mix(colours.surface(), colours.mutedText(), 0.08);
        base = new Color(base.getRed(), base.getGreen(), base.getBlue());
        base2 = new Color(base2.getRed(), base2.getGreen(), base2.getBlue());
        g.setPaint(new GradientPaint((float) x, (float) y, base, (float) x, (float) (y + height), base2));
        g.fill(new java.awt.geom.Rectangle2D.Double(x, y, width, height));
        double size = Math.min(width, height) * 0.34;
        double centreX = x + width / 2;
        double centreY = y + height / 2;
        Color ink = Drawing.withAlpha(colours.mutedText(), 0.55);
        g.setColor(ink);
        Path2D mountains = new Path2D.Double();
        double left = centreX - size / 2;
        double bottom = centreY + size * 0.32;
        mountains.moveTo(left, bottom);
        mountains.lineTo(left + size * 0.36, centreY - size * 0.12);
        mountains.lineTo(left + size * 0.58, centreY + size * 0.12);
        mountains.lineTo(left + size * 0.72, centreY - size * 0.02);
        mountains.lineTo(left + size, bottom);
        mountains.closePath();
        g.fill(mountains);
        double sun = size * 0.18;
        g.fill(new Ellipse2D.Double(left + size * 0.70, centreY - size * 0.42, sun, sun));
    }
}
