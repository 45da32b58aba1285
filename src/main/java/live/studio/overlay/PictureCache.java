package live.studio.overlay;

import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Pictures already scaled for this canvas: a product's photo is scaled once, however often its card is drawn again
 * (a stock change, shown again later). Keyed by the picture itself (identity), held weakly: a picture the catalog
 * drops leaves the cache with it.
 */
final class PictureCache {

    private enum Fit { COVER, CONTAIN }

    private record Scaled(Fit fit, int width, int height, BufferedImage image) {
    }

    private final Map<BufferedImage, Scaled> scaled = new WeakHashMap<>();

    /** {@link Images#cover} of {@code picture}, from the cache when drawn at this size before. */
    synchronized BufferedImage cover(BufferedImage picture, int width, int height) {
        return get(picture, Fit.COVER, width, height);
    }

    /** {@link Images#contain} of {@code picture}, from the cache when drawn at this size before. */
    synchronized BufferedImage contain(BufferedImage picture, int width, int height) {
        return get(picture, Fit.CONTAIN, width, height);
    }

    private BufferedImage get(BufferedImage picture, Fit fit, int width, int height) {
        Scaled known = scaled.get(picture);
        if (known != null && known.fit() == fit && known.width() == width && known.height() == height) {
            return known.image();
        }
        BufferedImage image = fit == Fit.COVER
                ? Images.cover(picture, width, height) : Images.contain(picture, width, height);
        scaled.put(picture, new Scaled(fit, width, height, image));
        return image;
    }
}
