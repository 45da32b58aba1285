package live.studio.catalog;

import java.awt.image.BufferedImage;
import java.util.Objects;
import java.util.Optional;

/**
 * A product picture ready for drawing: premultiplied ARGB, at most {@link ProductImages#MAX_LOADED_SIDE_PIXELS} on its
 * long side. When the file could not be used, {@code image} is the neutral placeholder and {@code warning} says why;
 * a picture that decoded with complaints (a truncated JPEG) is kept, with a warning.
 */
public record LoadedImage(BufferedImage image, Optional<CatalogProblem> warning, Origin origin) {
    /** Where the pixels come from. */
    public enum Origin { FILE, PLACEHOLDER }

    public LoadedImage {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(warning, "warning");
        Objects.requireNonNull(origin, "origin");
        if (image.getType() != BufferedImage.TYPE_INT_ARGB_PRE) {
            throw new IllegalArgumentException("product images are TYPE_INT_ARGB_PRE, got type " + image.getType());
        }
        if (Math.max(image.getWidth(), image.getHeight()) > ProductImages.MAX_LOADED_SIDE_PIXELS) {
            throw new IllegalArgumentException("product images are at most " + ProductImages.MAX_LOADED_SIDE_PIXELS
                    + " px on their long side, got " + image.getWidth() + "x" + image.getHeight());
        }
    }

    /** A picture decoded from a file without complaint. */
    public LoadedImage(BufferedImage image, Optional<CatalogProblem> warning) {
        this(image, warning, Origin.FILE);
    }

    /** True when the file could not be used and {@code image} is the placeholder. */
    public boolean placeholder() {
        return origin == Origin.PLACEHOLDER;
    }
}
