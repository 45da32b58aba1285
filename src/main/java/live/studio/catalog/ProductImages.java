package live.studio.catalog;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Loads product pictures defensively: the file's size is checked before reading, the dimensions are read from the
 * header before decoding (a 50000x50000 "bomb" is refused without allocating it), large pictures are decoded
 * subsampled and then scaled down smoothly. Whatever goes wrong, {@link #load} returns the neutral placeholder and a
 * WARNING; it never throws for a bad file. Safe to call from any thread except the frame clock's (it decodes).
 */
public final class ProductImages {
    public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
    public static final int MAX_SOURCE_SIDE_PIXELS = 8000;
    public static final int MAX_LOADED_SIDE_PIXELS = 1024;
    public static final int PLACEHOLDER_SIDE_PIXELS = 512;
    /** 40 million pixels, 160 MB as ARGB: what one picture may take while it is decoded. */
    static final long MAX_DECODED_PIXELS = 40_000_000L;
    private static final String FIELD = "image";

    private ProductImages() {
    }

    public static LoadedImage load(Path file) {
        try {
            long sizeBytes;
            try {
                sizeBytes = Files.size(file);
            } catch (NoSuchFileException e) {
                return failed(file, "the picture file does not exist: a placeholder is shown");
            }
            if (!Files.isRegularFile(file)) {
                return failed(file, "is not a picture file (a folder?): a placeholder is shown");
            }
            if (sizeBytes > MAX_FILE_BYTES) {
                return failed(file, String.format(Locale.ROOT, "the picture is %.1f MB, more than the %d MB allowed: "
                        + "save it smaller (1024 px is enough); a placeholder is shown", sizeBytes / (1024.0 * 1024.0),
                        MAX_FILE_BYTES / (1024 * 1024)));
            }
            return decode(file);
        } catch (IOException | RuntimeException e) {
            return failed(file, "the picture cannot be decoded (" + describe(e) + "): save it again as PNG or JPEG; "
                    + "a placeholder is shown");
        }
    }

    private static LoadedImage decode(Path file) throws IOException {
        try (ImageInputStream input = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = input == null ? null : ImageIO.getImageReaders(input);
            if (readers == null || !readers.hasNext()) {
                return failed(file, "the file is not a picture the studio can read: save it as PNG or JPEG; "
                        + "a placeholder is shown");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0) {
                    return failed(file, "the picture has no pixels (" + width + "x" + height + "): a placeholder is shown");
                }
                if (width > MAX_SOURCE_SIDE_PIXELS || height > MAX_SOURCE_SIDE_PIXELS) {
                    return failed(file, "the picture is " + width + "x" + height + " pixels, more than "
                            + MAX_SOURCE_SIDE_PIXELS + "x" + MAX_SOURCE_SIDE_PIXELS + ": scale it down (1024 px is "
                            + "enough); a placeholder is shown");
                }
                ImageReadParam parameters = reader.getDefaultReadParam();
                // Up to MAX_DECODED_PIXELS every pixel is decoded, so the scaling can average them (fine patterns
                // such as fabric stay smooth). Beyond it, rows and columns are skipped while decoding to bound the
                // memory (an 8000 x 8000 picture would take 256 MB), at some risk of moire on fine patterns.
                int subsampling = 1;
                while ((long) (width / subsampling) * (height / subsampling) > MAX_DECODED_PIXELS) {
                    subsampling++;
                }
                parameters.setSourceSubsampling(subsampling, subsampling, 0, 0);
                List<String> decoderWarnings = new ArrayList<>();
                reader.addIIOReadWarningListener((source, warning) -> decoderWarnings.add(warning));
                BufferedImage decoded = reader.read(0, parameters);
                if (decoded == null) {
                    return failed(file, "the file holds no picture: a placeholder is shown");
                }
                BufferedImage image = scaledToFit(decoded, MAX_LOADED_SIDE_PIXELS);
                Optional<CatalogProblem> warning = decoderWarnings.isEmpty() ? Optional.empty()
                        : Optional.of(warning(file, "the picture is damaged (" + decoderWarnings.getFirst()
                                + ") and may look incomplete: save it again"));
                return new LoadedImage(image, warning, LoadedImage.Origin.FILE);
            } finally {
                reader.dispose();
            }
        }
    }

    /**
     * {@code source} as premultiplied ARGB, scaled down (never up) to at most {@code maxSidePixels} on its long side,
     * halving step by step so that a large reduction stays smooth rather than aliased.
     */
    public static BufferedImage scaledToFit(BufferedImage source, int maxSidePixels) {
        int width = source.getWidth();
        int height = source.getHeight();
        double scale = Math.min(1.0, (double) maxSidePixels / Math.max(width, height));
        int targetWidth = Math.max(1, (int) Math.round(width * scale));
        int targetHeight = Math.max(1, (int) Math.round(height * scale));
        BufferedImage current = source;
        int currentWidth = width;
        int currentHeight = height;
        while (currentWidth / 2 >= targetWidth && currentHeight / 2 >= targetHeight) {
            currentWidth /= 2;
            currentHeight /= 2;
            current = redrawn(current, currentWidth, currentHeight);
        }
        if (current == source || currentWidth != targetWidth || currentHeight != targetHeight
                || current.getType() != BufferedImage.TYPE_INT_ARGB_PRE) {
            current = redrawn(current, targetWidth, targetHeight);
        }
        return current;
    }

    private static BufferedImage redrawn(BufferedImage source, int width, int height) {
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D graphics = target.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.setRenderingHint(RenderingHints.KEY_ALPHA_INTERPOLATION, RenderingHints.VALUE_ALPHA_INTERPOLATION_QUALITY);
            graphics.drawImage(source, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        return target;
    }

    /**
     * The picture shown for a product without a usable one: a neutral warm-grey card with a "no picture" pictogram
     * (a framed landscape, struck through), no text, so it suits every language and theme. A new image each call.
     */
    public static BufferedImage placeholder() {
        int size = PLACEHOLDER_SIDE_PIXELS;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setPaint(new GradientPaint(0, 0, new Color(0xF1EFEC), 0, size, new Color(0xDEDAD4)));
            g.fillRect(0, 0, size, size);
            g.setPaint(new RadialGradientPaint(size / 2f, size * 0.45f, size * 0.55f, new float[] {0f, 1f},
                    new Color[] {new Color(255, 255, 255, 110), new Color(255, 255, 255, 0)}));
            g.fillRect(0, 0, size, size);

            g.drawImage(pictogram(size), 0, 0, null);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** A framed landscape struck through, on a transparent layer so the strike's gap shows the card beneath. */
    private static BufferedImage pictogram(int size) {
        BufferedImage layer = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = layer.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            Color ink = new Color(0xA8A29A);
            float stroke = size * 0.028f;
            double frameWidth = size * 0.44;
            double frameHeight = size * 0.34;
            double left = (size - frameWidth) / 2;
            double top = (size - frameHeight) / 2;
            g.setColor(ink);
            g.setStroke(new BasicStroke(stroke, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(new RoundRectangle2D.Double(left, top, frameWidth, frameHeight, size * 0.06, size * 0.06));
            double sun = size * 0.07;
            g.fill(new Ellipse2D.Double(left + frameWidth * 0.64, top + frameHeight * 0.2, sun, sun));
            Path2D hills = new Path2D.Double();
            double base = top + frameHeight - stroke * 1.6;
            hills.moveTo(left + stroke * 1.6, base);
            hills.lineTo(left + frameWidth * 0.36, top + frameHeight * 0.42);
            hills.lineTo(left + frameWidth * 0.56, top + frameHeight * 0.68);
            hills.lineTo(left + frameWidth * 0.70, top + frameHeight * 0.54);
            hills.lineTo(left + frameWidth - stroke * 1.6, base);
            hills.closePath();
            g.fill(hills);
            Line2D strike = new Line2D.Double(left - size * 0.03, top - size * 0.05, left + frameWidth + size * 0.03,
                    top + frameHeight + size * 0.05);
            g.setComposite(AlphaComposite.Clear);
            g.setStroke(new BasicStroke(stroke * 2.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(strike);
            g.setComposite(AlphaComposite.SrcOver);
            g.setStroke(new BasicStroke(stroke, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(strike);
        } finally {
            g.dispose();
        }
        return layer;
    }

    private static LoadedImage failed(Path file, String message) {
        return new LoadedImage(placeholder(), Optional.of(warning(file, message)), LoadedImage.Origin.PLACEHOLDER);
    }

    private static CatalogProblem warning(Path file, String message) {
        return new CatalogProblem(ProblemSeverity.WARNING, file, 1, 1, FIELD, message);
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        Throwable cause = e.getCause();
        if (cause != null && cause.getMessage() != null) {
            message = (message == null ? "" : message + ": ") + cause.getMessage();
        }
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
