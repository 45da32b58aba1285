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
        int length = right - left;
        if (length <= 0) {
            return;
        }
        int[] scratch = scratchRow(length);
        for (int row = top; row < bottom; row++) {
            int bitmapRowOffset = (row - y) * bitmapWidth;
            int canvasOffset = row * canvasWidth;
            // One bulk read and one bulk write of the canvas per row; the runs are worked on the array between.
            canvas.get(canvasOffset + left, scratch, 0, length);
            int runStart = x;
            for (int run : bitmap.runs(row - y)) {
                int runEnd = runStart + OverlayBitmap.runLength(run);
                int from = Math.max(runStart, left);
                int to = Math.min(runEnd, right);
                int kind = OverlayBitmap.runKind(run);
                if (from < to && kind != OverlayBitmap.TRANSPARENT) {
                    int source = bitmapRowOffset - x + from;
                    if (kind == OverlayBitmap.OPAQUE && clampedOpacity == 256) {
                        System.arraycopy(pixels, source, scratch, from - left, to - from);
                    } else {
                        blendSpan(pixels, source, scratch, from - left, to - from, clampedOpacity);
                    }
                }
                if (runEnd >= right) {
                    break;
                }
                runStart = runEnd;
            }
            canvas.put(canvasOffset + left, scratch, 0, length);
        }
    }

    /**
     * Source-over of {@code length} pixels from {@code pixels} onto {@code row}. No branches: a soft run has
     * 0 < alpha < 255, and over() of a fully transparent pixel gives the canvas back exactly, so the loops are straight
     * arithmetic the JIT can turn into vector instructions.
     */
    private static void blendSpan(int[] pixels, int sourceStart, int[] row, int rowStart, int length, int opacity) {
        if (opacity == 256) {
            for (int i = 0; i < length; i++) {
                row[rowStart + i] = over(pixels[sourceStart + i], row[rowStart + i]);
            }
        } else {
            for (int i = 0; i < length; i++) {
                row[rowStart + i] = over(scale(pixels[sourceStart + i], opacity), row[rowStart + i]);
            }
        }
    }

    private static int[] scratchRow(int length) {
        int[] row = SCRATCH.get();
        if (row.length < length) {
            row = new int[Math.max(length, row.length * 2)];
            SCRATCH.set(row);
        }
        return row;
    }

    /** One scratch row per thread that blends (the frame clock; tests), grown to the widest span seen. */
    private static final ThreadLocal<int[]> SCRATCH = ThreadLocal.withInitial(() -> new int[2048]);

    /**
     * Premultiplied source-over of one pixel: {@code result = source + destination × (1 − sourceAlpha)}, each channel
     * rounded exactly. Two channels are worked at once in the 16-bit halves of an int (red with blue, alpha with
     * green): each product is at most 255 × 255, so the halves never carry into each other.
     */
    static int over(int source, int destination) {
        int inverseAlpha = 255 - (source >>> 24);
        int redBlue = (destination & 0x00FF00FF) * inverseAlpha + 0x00800080;
        redBlue = ((redBlue + ((redBlue >>> 8) & 0x00FF00FF)) >>> 8) & 0x00FF00FF;
        int alphaGreen = ((destination >>> 8) & 0x00FF00FF) * inverseAlpha + 0x00800080;
        alphaGreen = (alphaGreen + ((alphaGreen >>> 8) & 0x00FF00FF)) & 0xFF00FF00;
        return source + (redBlue | alphaGreen);
    }

    /** Multiplies every premultiplied channel by {@code opacity / 256}, two channels at a time. */
    static int scale(int argb, int opacity) {
        int redBlue = (((argb & 0x00FF00FF) * opacity) >>> 8) & 0x00FF00FF;
        int alphaGreen = (((argb >>> 8) & 0x00FF00FF) * opacity) & 0xFF00FF00;
        return alphaGreen | redBlue;
    }

    /** Exact round(value / 255) for 0 ≤ value ≤ 255 × 255. */
    static int div255(int value) {
        int rounded = value + 128;
        return (rounded + (rounded >>> 8)) >>> 8;
    }
}
