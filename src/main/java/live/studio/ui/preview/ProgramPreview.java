package live.studio.ui.preview;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import live.studio.engine.PreviewFeed;
import live.studio.media.VideoFrame;
import live.studio.ui.common.UiThread;

/**
 * The program as it goes out: the compositor's frames shown through a {@link PixelBuffer} that shares its memory
 * with the image, scaled to fit and letterboxed.
 *
 * <p>The frame clock calls the feed for every frame; at most one copy to the FX thread is pending at a time and it
 * takes the newest frame, so a busy FX thread skips frames instead of queueing them. Nothing is allocated per frame.
 */
public final class ProgramPreview extends Region {
    private final PreviewFeed feed;
    private final IntBuffer pixels;
    private final PixelBuffer<IntBuffer> pixelBuffer;
    private final WritableImage image;
    private final ImageView view;
    private long shownSequence = -1;

    public ProgramPreview(int width, int height, UiThread uiThread) {
        // Direct and in native order: the frames are premultiplied ARGB ints, exactly what INT_ARGB_PRE reads.
        pixels = ByteBuffer.allocateDirect(Math.multiplyExact(width, height) * Integer.BYTES).order(ByteOrder.nativeOrder()).asIntBuffer();
        pixelBuffer = new PixelBuffer<>(width, height, pixels, PixelFormat.getIntArgbPreInstance());
        image = new WritableImage(pixelBuffer);
        view = new ImageView(image);
        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.setManaged(false);
        getChildren().add(view);
        getStyleClass().add("program-preview");
        setId("program-preview");
        setMinSize(0, 0);
        feed = new PreviewFeed(width, height, uiThread.coalescing(this::showLatestFrame));
    }

    /** Hand this to {@code LiveEngine.setPreview}. */
    public PreviewFeed feed() {
        return feed;
    }

    /** The image the preview shows (its pixels are the newest program frame shown). */
    public WritableImage image() {
        return image;
    }

    /** FX thread: copies the newest frame into the shared buffer and marks it all dirty. */
    private void showLatestFrame() {
        VideoFrame frame = feed.latest();
        if (frame == null || frame.sequence() == shownSequence) {
            return;
        }
        shownSequence = frame.sequence();
        pixels.clear();
        pixels.put(frame.pixels());
        pixelBuffer.updateBuffer(buffer -> null);
    }

    @Override
    protected double computePrefWidth(double height) {
        return 960;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 540;
    }

    @Override
    protected void layoutChildren() {
        double areaX = snappedLeftInset();
        double areaY = snappedTopInset();
        double areaWidth = Math.max(1, getWidth() - areaX - snappedRightInset());
        double areaHeight = Math.max(1, getHeight() - areaY - snappedBottomInset());
        double scale = Math.min(areaWidth / image.getWidth(), areaHeight / image.getHeight());
        double shownWidth = Math.floor(image.getWidth() * scale);
        double shownHeight = Math.floor(image.getHeight() * scale);
        view.setFitWidth(shownWidth);
        view.setFitHeight(shownHeight);
        view.relocate(Math.round(areaX + (areaWidth - shownWidth) / 2), Math.round(areaY + (areaHeight - shownHeight) / 2));
    }
}
