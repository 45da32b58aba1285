package live.studio.ui.shelf;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import live.studio.catalog.LoadedImage;
import live.studio.catalog.ProductImages;
import live.studio.ui.common.UiThread;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Product thumbnails for the shelf, made on the thread {@code shelf-thumbnails}: the picture is loaded defensively
 * ({@link ProductImages}: a bad file gives the placeholder), cropped to a square, scaled down and turned into a JavaFX
 * image there, so the FX thread only receives finished images. Each picture is made once; tiles ask only when they
 * are first shown.
 */
public final class ThumbnailLoader implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ThumbnailLoader.class);
    /** Twice the size a tile shows it at, so it stays sharp on a high-density screen. */
    public static final int SIDE_PIXELS = 192;

    private final Executor worker;
    private final ExecutorService owned;
    private final UiThread ui;
    private final Function<Path, LoadedImage> pictures;
    private final Map<Path, Image> made = new ConcurrentHashMap<>();

    /** @param worker where pictures are decoded (tests pass a same-thread one) */
    public ThumbnailLoader(Executor worker, UiThread ui, Function<Path, LoadedImage> pictures) {
        this(worker, null, ui, pictures);
    }

    private ThumbnailLoader(Executor worker, ExecutorService owned, UiThread ui, Function<Path, LoadedImage> pictures) {
        this.worker = Objects.requireNonNull(worker);
        this.owned = owned;
        this.ui = Objects.requireNonNull(ui);
        this.pictures = Objects.requireNonNull(pictures);
    }

    /** A loader with its own thread, reading pictures with {@link ProductImages#load}. */
    public static ThumbnailLoader start(UiThread ui) {
        ExecutorService thread = Executors.newSingleThreadExecutor(
                Thread.ofPlatform().name("shelf-thumbnails").daemon().factory());
        return new ThumbnailLoader(thread, thread, ui, ProductImages::load);
    }

    /** Makes the thumbnail of {@code picture} and hands it to {@code onUi} on the UI thread. */
    public void request(Path picture, Consumer<Image> onUi) {
        Image ready = made.get(picture);
        if (ready != null) {
            ui.execute(() -> onUi.accept(ready));
            return;
        }
        try {
            worker.execute(() -> {
                Image image = made.computeIfAbsent(picture, this::make);
                ui.execute(() -> onUi.accept(image));
            });
        } catch (RejectedExecutionException closed) {
            LOG.debug("thumbnail of {} not made: the shelf is closing", picture);
        }
    }

    private Image make(Path picture) {
        LoadedImage loaded = pictures.apply(picture);
        loaded.warning().ifPresent(problem -> LOG.warn("{}", problem));
        return toFxImage(squareThumbnail(loaded.image(), SIDE_PIXELS));
    }

    /** The middle square of {@code source}, scaled to {@code side} pixels, premultiplied ARGB. */
    static BufferedImage squareThumbnail(BufferedImage source, int side) {
        int crop = Math.min(source.getWidth(), source.getHeight());
        int x = (source.getWidth() - crop) / 2;
        int y = (source.getHeight() - crop) / 2;
        BufferedImage square = source.getSubimage(x, y, crop, crop);
        // Halving steps before the last bilinear pass keep a 1024 px photo from aliasing at 192 px.
        while (square.getWidth() / 2 >= side) {
            square = scaled(square, square.getWidth() / 2);
        }
        return scaled(square, side);
    }

    private static BufferedImage scaled(BufferedImage source, int side) {
        BufferedImage target = new BufferedImage(side, side, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D graphics = target.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.drawImage(source, 0, 0, side, side, null);
        } finally {
            graphics.dispose();
        }
        return target;
    }

    /** A JavaFX image of {@code image} (TYPE_INT_ARGB_PRE), made off the FX thread (it is not on a scene yet). */
    static Image toFxImage(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        WritableImage fx = new WritableImage(width, height);
        fx.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbPreInstance(), pixels, 0, width);
        return fx;
    }

    @Override
    public void close() {
        if (owned != null) {
            owned.shutdownNow();
        }
    }
}
