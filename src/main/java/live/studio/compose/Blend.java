package live.studio.compose;

import java.nio.IntBuffer;
import live.studio.overlay.OverlayBitmap;

/**
 * Pixel operations on premultiplied ARGB pictures: sources are {@code int[]}, the program canvas is a native
 * {@link IntBuffer} (see {@link live.studio.media.ProgramFrame}). Whole rows move with bulk copies; per-pixel work
 * (overlays) touches only the overlay's rectangle. No allocation per frame.
 */
public final class Blend {
    private Blend() {
    }

    /** Copies {@code source} (exactly the rectangle's size) into the canvas at the rectangle. */
    public static void copy(int[] source, IntBuffer canvas, int canvasWidth, Rectangle at) {
        if (at.x() == 0 && at.width() == canvasWidth) {
            canvas.put(at.y() * canvasWidth, source, 0, at.width() * at.height());
            return;
        }
        for (int row = 0; row < at.height(); row++) {
            canvas.put((at.y() + row) * canvasWidth + at.x(), source, row * at.width(), at.width());
        }
    }

    /**
     * Scales {@code source} into the rectangle, nearest neighbour (only while a source catches up with a resize).
     *
     * @param rowBuffer scratch of at least {@code at.width()} ints
     */
    public static void scaleNearest(int[] source, int sourceWidth, int sourceHeight, IntBuffer canvas, int canvasWidth,
                                    Rectangle at, int[] rowBuffer) {
        for (int row = 0; row < at.height(); row++) {
            int sourceRowOffset = (int) ((long) row * sourceHeight / at.height()) * sourceWidth;
            for (int column = 0; column < at.width(); column++) {
                rowBuffer[column] = source[sourceRowOffset + (int) ((long) column * sourceWidth / at.width())];
            }
            canvas.put((at.y() + row) * canvasWidth + at.x(), rowBuffer, 0, at.width());
        }
    }

    /**
     * Fills the rectangle with one colour.
     *
     * @param colourRow at least {@code at.width()} ints, all of the colour
     */
    public static void fill(IntBuffer canvas, int canvasWidth, Rectangle at, int[] colourRow) {
        for (int row = 0; row < at.height(); row++) {
            canvas.put((at.y() + row) * canvasWidth + at.x(), colourRow, 0, at.width());
        }
    }

    /**
     * Source-over of a premultiplied overlay bitmap onto the canvas at (x, y), scaled by {@code opacity} (0 to 256,
     * where 256 is opaque), clipped to the canvas.
     */
    public static void sourceOver(OverlayBitmap bitmap, IntBuffer canvas, int canvasWidth, int canvasHeight, int x,
                                  int y, int opacity) {
        sourceOver(bitmap, canvas, canvasWidth, 0, 0, canvasWidth, canvasHeight, x, y, opacity);
    }

    /**
     * Blends {@code bitmap} with its top-left corner at ({@code x}, {@code y}), drawing only inside the clip
     * rectangle [{@code clipLeft}, {@code clipRight}) × [{@code clipTop}, {@code clipBottom}) (already inside the
     * canvas): a scrolling ticker is drawn this way inside its window. Row by row, transparent runs are skipped,
     * opaque runs copied in bulk (at full opacity) and only soft pixels blended one by one.
     */
    public static void sourceOver(OverlayBitmap bitmap, IntBuffer canvas, int canvasWidth, int clipLeft, int clipTop,
                                  int clipRight, int clipBottom, int x, int y, int opacity) {
        if (opacity <= 0) {
            return;
        }
        int[] pixels = bitmap.pixels();
        int bitmapWidth = bitmap.width();
        int left = Math.max(clipLeft, x);
        int top = Math.max(clipTop, y);
        int right = Math.min(clipRight, x + bitmapWidth);
        int bottom = Math.min(clipBottom, y + bitmap.height());
        int clampedOpacity = Math.min(256, opacity);
        for (int row = top; row < bottom; row++) {
            int bitmapRowOffset = (row - y) * bitmapWidth;
            int canvasOffset = row * canvasWidth;
            int runStart = x;
            for (int run : bitmap.runs(row - y)) {
                int runEnd = runStart + OverlayBitmap.runLength(run);
                int from = Math.max(runStart, left);
                int to = Math.min(runEnd, right);
                int kind = OverlayBitmap.runKind(run);
                if (from < to && kind != OverlayBitmap.TRANSPARENT) {
                    int sourceOffset = bitmapRowOffset - x;
                    if (kind == OverlayBitmap.OPAQUE && clampedOpacity == 256) {
                        canvas.put(canvasOffset + from, pixels, sourceOffset + from, to - from);
                    } else {
                        blendSpan(pixels, sourceOffset, canvas, canvasOffset, from, to, clampedOpacity);
                    }
                }
                if (runEnd >= right) {
                    break;
                }
                runStart = runEnd;
            }
        }
    }

    private static void blendSpan(int[] pixels, int sourceOffset, IntBuffer canvas, int canvasOffset, int from, int to,
                                  int opacity) {
        for (int column = from; column < to; column++) {
            int source = pixels[sourceOffset + column];
            if (opacity < 256) {
                source = scale(source, opacity);
            }
            int sourceAlpha = source >>> 24;
            int index = canvasOffset + column;
            if (sourceAlpha == 255) {
                canvas.put(index, source);
            } else if (sourceAlpha != 0) {
                canvas.put(index, over(source, canvas.get(index)));
            }
        }
    }

    /** Premultiplied source-over of one pixel: {@code result = source + destination × (1 − sourceAlpha)}. */
    static int over(int source, int destination) {
        int inverseAlpha = 255 - (source >>> 24);
        int alpha = (source >>> 24) + div255((destination >>> 24) * inverseAlpha);
        int red = ((source >>> 16) & 0xFF) + div255(((destination >>> 16) & 0xFF) * inverseAlpha);
        int green = ((source >>> 8) & 0xFF) + div255(((destination >>> 8) & 0xFF) * inverseAlpha);
        int blue = (source & 0xFF) + div255((destination & 0xFF) * inverseAlpha);
        return alpha << 24 | red << 16 | green << 8 | blue;
    }

    /** Multiplies every premultiplied channel by {@code opacity / 256}. */
    static int scale(int argb, int opacity) {
        int alpha = ((argb >>> 24) * opacity) >>> 8;
        int red = (((argb >>> 16) & 0xFF) * opacity) >>> 8;
        int green = (((argb >>> 8) & 0xFF) * opacity) >>> 8;
        int blue = ((argb & 0xFF) * opacity) >>> 8;
        return alpha << 24 | red << 16 | green << 8 | blue;
    }

    /** Exact round(value / 255) for 0 ≤ value ≤ 255 × 255. */
    static int div255(int value) {
        int rounded = value + 128;
        return (rounded + (rounded >>> 8)) >>> 8;
    }
}
