package live.studio.testing;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import live.studio.overlay.Region;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;

/**
 * Decodes every picture of a video file (in process, with the file's own timestamps) and compares one region of it
 * with what is expected there: how far each frame is from the background and from a graphic drawn over it. Made for
 * finding when a graphic reached the encoded output.
 */
public final class VideoRegionProbe {

    /**
     * One decoded frame.
     *
     * @param ptsMicros              the frame's timestamp in the file
     * @param differenceToBackground mean absolute difference (0-255 per channel) from the background colour
     * @param differenceToExpected   the same from the expected picture (NaN when none was given)
     * @param changedFraction        the share of the region's pixels that differ clearly from the background (one
     *                               channel by more than {@value #CLEARLY_CHANGED}): a sliver of a graphic sliding in
     *                               shows here while the mean hardly moves
     */
    public record Sample(long ptsMicros, double differenceToBackground, double differenceToExpected,
                         double changedFraction) {
    }

    /** A channel difference from the background well above lossy-coding noise. */
    public static final int CLEARLY_CHANGED = 24;

    private VideoRegionProbe() {
    }

    /**
     * @param region          where to look (canvas pixels; the file must have the canvas size)
     * @param backgroundArgb  the opaque colour the region has with nothing over it
     * @param expectedArgb    the region's expected pixels with the graphic fully on (width × height of the region,
     *                        opaque ARGB), or null
     */
    public static List<Sample> sample(Path file, Region region, int backgroundArgb, int[] expectedArgb) {
        List<Sample> samples = new ArrayList<>();
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile())) {
            grabber.setPixelFormat(avutil.AV_PIX_FMT_BGR24);
            grabber.start();
            Frame frame;
            while ((frame = grabber.grabImage()) != null) {
                samples.add(measure(frame, region, backgroundArgb, expectedArgb));
            }
            grabber.stop();
        } catch (Exception e) {
            throw new IllegalStateException("cannot decode " + file + ": " + e.getMessage(), e);
        }
        return samples;
    }

    private static Sample measure(Frame frame, Region region, int backgroundArgb, int[] expectedArgb) {
        ByteBuffer pixels = (ByteBuffer) frame.image[0];
        int stride = frame.imageStride;
        long toBackground = 0;
        long toExpected = 0;
        long changed = 0;
        int backgroundRed = backgroundArgb >> 16 & 0xFF;
        int backgroundGreen = backgroundArgb >> 8 & 0xFF;
        int backgroundBlue = backgroundArgb & 0xFF;
        for (int y = 0; y < region.height(); y++) {
            int rowStart = (region.y() + y) * stride + region.x() * 3;
            for (int x = 0; x < region.width(); x++) {
                int at = rowStart + x * 3;
                int blue = pixels.get(at) & 0xFF;
                int green = pixels.get(at + 1) & 0xFF;
                int red = pixels.get(at + 2) & 0xFF;
                int redDifference = Math.abs(red - backgroundRed);
                int greenDifference = Math.abs(green - backgroundGreen);
                int blueDifference = Math.abs(blue - backgroundBlue);
                toBackground += redDifference + greenDifference + blueDifference;
                if (Math.max(redDifference, Math.max(greenDifference, blueDifference)) > CLEARLY_CHANGED) {
                    changed++;
                }
                if (expectedArgb != null) {
                    int expected = expectedArgb[y * region.width() + x];
                    toExpected += Math.abs(red - (expected >> 16 & 0xFF)) + Math.abs(green - (expected >> 8 & 0xFF))
                            + Math.abs(blue - (expected & 0xFF));
                }
            }
        }
        double channels = 3.0 * region.width() * region.height();
        return new Sample(frame.timestamp, toBackground / channels,
                expectedArgb == null ? Double.NaN : toExpected / channels,
                changed / (double) (region.width() * region.height()));
    }

    /**
     * Everything a graphic covers on its way in: from its place at rest to the canvas edge it slides from (its place
     * alone for a fade). Its first frame on air draws inside this.
     */
    public static Region path(live.studio.overlay.RenderedOverlay graphic, int canvasWidth, int canvasHeight) {
        Region rest = graphic.bounds();
        Region path = switch (graphic.entrance().style()) {
            case FADE -> rest;
            case SLIDE_FROM_RIGHT -> new Region(rest.x(), rest.y(), canvasWidth - rest.x(), rest.height());
            case SLIDE_FROM_LEFT -> new Region(0, rest.y(), rest.right(), rest.height());
            case SLIDE_FROM_TOP -> new Region(rest.x(), 0, rest.width(), rest.bottom());
            case SLIDE_FROM_BOTTOM -> new Region(rest.x(), rest.y(), rest.width(), canvasHeight - rest.y());
        };
        int left = Math.max(0, path.x());
        int top = Math.max(0, path.y());
        return new Region(left, top, Math.min(canvasWidth, path.right()) - left, Math.min(canvasHeight, path.bottom()) - top);
    }

    /** The region's expected pixels: a graphic's premultiplied layers (at their places) over a plain background. */
    public static int[] composite(java.util.List<live.studio.overlay.OverlayLayer> layers, Region region,
                                  int backgroundArgb) {
        int[] result = new int[region.width() * region.height()];
        java.util.Arrays.fill(result, backgroundArgb | 0xFF000000);
        for (live.studio.overlay.OverlayLayer layer : layers) {
            int[] bitmap = layer.bitmap().pixels();
            int bitmapWidth = layer.bitmap().width();
            int bitmapHeight = layer.bitmap().height();
            for (int y = 0; y < region.height(); y++) {
                for (int x = 0; x < region.width(); x++) {
                    int bitmapX = region.x() + x - layer.x();
                    int bitmapY = region.y() + y - layer.y();
                    if (bitmapX < 0 || bitmapY < 0 || bitmapX >= bitmapWidth || bitmapY >= bitmapHeight) {
                        continue;
                    }
                    int source = bitmap[bitmapY * bitmapWidth + bitmapX];
                    int below = result[y * region.width() + x];
                    int inverseAlpha = 255 - (source >>> 24);
                    int red = (source >> 16 & 0xFF) + (below >> 16 & 0xFF) * inverseAlpha / 255;
                    int green = (source >> 8 & 0xFF) + (below >> 8 & 0xFF) * inverseAlpha / 255;
                    int blue = (source & 0xFF) + (below & 0xFF) * inverseAlpha / 255;
                    result[y * region.width() + x] = 0xFF000000 | Math.min(255, red) << 16
                            | Math.min(255, green) << 8 | Math.min(255, blue);
                }
            }
        }
        return result;
    }
}
