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
     * Large pictures are halved step by step first (each halving averages 2×2 pixels), so a 3000-pixel photo neither
     * shimmers when made small nor costs a full-size conversion.
     */
    static BufferedImage cover(BufferedImage source, int width, int height) {
        double scale = Math.max((double) width / source.getWidth(), (double) height / source.getHeight());
        int cropWidth = Math.clamp(Math.round(width / scale), 1, source.getWidth());
        int cropHeight = Math.clamp(Math.round(height / scale), 1, source.getHeight());
        return scaled(source, (source.getWidth() - cropWidth) / 2, (source.getHeight() - cropHeight) / 2, cropWidth,
                cropHeight, width, height);
    }

    /** {@code source} scaled to fit inside the box, its proportions kept; the result may be narrower or shorter. */
    static BufferedImage contain(BufferedImage source, int width, int height) {
        double scale = Math.min((double) width / source.getWidth(), (double) height / source.getHeight());
        return scaled(source, 0, 0, source.getWidth(), source.getHeight(),
                Math.max(1, (int) Math.round(source.getWidth() * scale)),
                Math.max(1, (int) Math.round(source.getHeight() * scale)));
    }

    private static BufferedImage scaled(BufferedImage source, int x, int y, int sourceWidth, int sourceHeight,
            int width, int height) {
        if (sourceWidth / 2 < width || sourceHeight / 2 < height) {
            return draw(source, x, y, sourceWidth, sourceHeight, width, height,
                    RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        }
        // Java 2D's filtered scaling (or even a plain copy) of a multi-megapixel photo costs tens of milliseconds:
        // the first halving reads the photo's own pixels, each further one averages 2×2 in place, and only the last,
        // small step is drawn bicubic.
        int halfWidth = sourceWidth / 2;
        int halfHeight = sourceHeight / 2;
        BufferedImage half = Drawing.image(halfWidth, halfHeight);
        int[] pixels = Drawing.pixels(half);
        if (!halveFrom(source, x, y, halfWidth, halfHeight, pixels)) {
            return draw(draw(source, x, y, sourceWidth, sourceHeight, halfWidth, halfHeight,
                    RenderingHints.VALUE_INTERPOLATION_BILINEAR), 0, 0, halfWidth, halfHeight, width, height,
                    RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        }
        int currentWidth = halfWidth;
        int currentHeight = halfHeight;
        while (currentWidth / 2 >= width && currentHeight / 2 >= height) {
            halve(pixels, halfWidth, currentWidth, currentHeight);
            currentWidth /= 2;
            currentHeight /= 2;
        }
        return draw(half, 0, 0, currentWidth, currentHeight, width, height,
                RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    }

    /**
     * The 2×2 average of the source region into premultiplied {@code out}, read straight from the photo's pixels
     * for the layouts decoders give (packed int RGB/ARGB, byte BGR/ABGR); false for any other layout.
     */
    private static boolean halveFrom(BufferedImage source, int left, int top, int width, int height, int[] out) {
        var raster = source.getRaster();
        var buffer = raster.getDataBuffer();
        int type = source.getType();
        if (buffer.getNumBanks() != 1 || raster.getParent() != null || source.getMinX() != 0 || source.getMinY() != 0) {
            return false;
        }
        if (buffer instanceof java.awt.image.DataBufferInt ints && raster.getSampleModel()
                instanceof java.awt.image.SinglePixelPackedSampleModel model
                && (type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_INT_ARGB
                        || type == BufferedImage.TYPE_INT_ARGB_PRE)) {
            int[] data = ints.getData();
            int stride = model.getScanlineStride();
            int offset = ints.getOffset();
            for (int y = 0; y < height; y++) {
                int row = offset + (top + 2 * y) * stride + left;
                for (int x = 0; x < width; x++) {
                    int at = row + 2 * x;
                    out[y * width + x] = average4(premultiplied(data[at], type), premultiplied(data[at + 1], type),
                            premultiplied(data[at + stride], type), premultiplied(data[at + stride + 1], type));
                }
            }
            return true;
        }
        if (buffer instanceof java.awt.image.DataBufferByte bytes && raster.getSampleModel()
                instanceof java.awt.image.PixelInterleavedSampleModel model
                && (type == BufferedImage.TYPE_3BYTE_BGR || type == BufferedImage.TYPE_4BYTE_ABGR)) {
            byte[] data = bytes.getData();
            int stride = model.getScanlineStride();
            int step = model.getPixelStride();
            int offset = bytes.getOffset();
            boolean alpha = type == BufferedImage.TYPE_4BYTE_ABGR;
            for (int y = 0; y < height; y++) {
                int row = offset + (top + 2 * y) * stride + left * step;
                for (int x = 0; x < width; x++) {
                    int at = row + 2 * x * step;
                    out[y * width + x] = average4(bgr(data, at, alpha), bgr(data, at + step, alpha),
                            bgr(data, at + stride, alpha), bgr(data, at + stride + step, alpha));
                }
            }
            return true;
        }
        return false;
    }

    private static int bgr(byte[] data, int at, boolean alpha) {
        if (alpha) {
            int argb = (data[at] & 0xFF) << 24 | (data[at + 3] & 0xFF) << 16 | (data[at + 2] & 0xFF) << 8
                    | (data[at + 1] & 0xFF);
            return premultiplied(argb, BufferedImage.TYPE_INT_ARGB);
        }
        return 0xFF000000 | (data[at + 2] & 0xFF) << 16 | (data[at + 1] & 0xFF) << 8 | (data[at] & 0xFF);
    }

    private static int premultiplied(int pixel, int type) {
        if (type == BufferedImage.TYPE_INT_RGB) {
            return 0xFF000000 | pixel;
        }
        if (type == BufferedImage.TYPE_INT_ARGB_PRE) {
            return pixel;
        }
        int alpha = pixel >>> 24;
        if (alpha == 0xFF) {
            return pixel;
        }
        return alpha << 24 | (((pixel >> 16) & 0xFF) * alpha + 127) / 255 << 16
                | (((pixel >> 8) & 0xFF) * alpha + 127) / 255 << 8 | ((pixel & 0xFF) * alpha + 127) / 255;
    }

    private static int average4(int a, int b, int c, int d) {
        return average(a, b, c, d, 24) << 24 | average(a, b, c, d, 16) << 16 | average(a, b, c, d, 8) << 8
                | average(a, b, c, d, 0);
    }

    /** Averages each 2×2 block of premultiplied pixels into the top-left quarter of the same rows. */
    private static void halve(int[] pixels, int stride, int width, int height) {
        for (int y = 0; y < height / 2; y++) {
            int top = 2 * y * stride;
            int bottom = top + stride;
            int out = y * stride;
            for (int x = 0; x < width / 2; x++) {
                pixels[out + x] = average4(pixels[top + 2 * x], pixels[top + 2 * x + 1], pixels[bottom + 2 * x],
                        pixels[bottom + 2 * x + 1]);
            }
        }
    }

    private static int average(int a, int b, int c, int d, int shift) {
        return (((a >>> shift) & 0xFF) + ((b >>> shift) & 0xFF) + ((c >>> shift) & 0xFF) + ((d >>> shift) & 0xFF)
                + 2) >> 2;
    }

    private static BufferedImage draw(BufferedImage source, int x, int y, int sourceWidth, int sourceHeight, int width,
            int height, Object interpolation) {
        BufferedImage target = Drawing.image(width, height);
        Graphics2D g = target.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(source, 0, 0, width, height, x, y, x + sourceWidth, y + sourceHeight, null);
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
