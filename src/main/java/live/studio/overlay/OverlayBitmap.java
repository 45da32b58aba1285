package live.studio.overlay;

import java.util.Arrays;

/**
 * A rendered overlay: premultiplied ARGB pixels, drawn once when its content changes (never on the frame clock
 * thread) and shared read-only with the compositor afterwards.
 *
 * <p>Each row is also described once, here, as runs of transparent, opaque and soft (partly transparent) pixels, so
 * the compositor skips what shows nothing, copies what hides everything below it in bulk and blends pixel by pixel only
 * at soft edges and shadows: a card is mostly opaque, a shadow mostly soft, the space round a ticker's text mostly
 * transparent.
 */
public final class OverlayBitmap {
    /** Run kinds, in the top two bits of each packed run. */
    public static final int TRANSPARENT = 0;
    public static final int OPAQUE = 1;
    public static final int SOFT = 2;
    private static final int KIND_SHIFT = 30;
    private static final int LENGTH_MASK = (1 << KIND_SHIFT) - 1;

    private final int width;
    private final int height;
    private final int[] pixels;
    private final int[][] rowRuns;

    public OverlayBitmap(int width, int height, int[] pixels) {
        if (width <= 0 || height <= 0 || pixels.length != width * height) {
            throw new IllegalArgumentException("overlay bitmap " + width + "x" + height + " needs " + (long) width * height
                    + " pixels, got " + pixels.length);
        }
        this.width = width;
        this.height = height;
        this.pixels = pixels;
        this.rowRuns = new int[height][];
        for (int row = 0; row < height; row++) {
            rowRuns[row] = runsOf(pixels, row * width, width);
        }
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The pixels, row by row; shared, never to be changed after construction. */
    public int[] pixels() {
        return pixels;
    }

    /** Row {@code row} as packed runs from column 0: use {@link #runKind} and {@link #runLength}. */
    public int[] runs(int row) {
        return rowRuns[row];
    }

    public static int runKind(int packedRun) {
        return packedRun >>> KIND_SHIFT;
    }

    public static int runLength(int packedRun) {
        return packedRun & LENGTH_MASK;
    }

    private static int[] runsOf(int[] pixels, int offset, int width) {
        int[] runs = new int[8];
        int count = 0;
        int column = 0;
        while (column < width) {
            int kind = kindOf(pixels[offset + column]);
            int start = column;
            while (column < width && kindOf(pixels[offset + column]) == kind) {
                column++;
            }
            if (count == runs.length) {
                runs = Arrays.copyOf(runs, count * 2);
            }
            runs[count++] = kind << KIND_SHIFT | (column - start);
        }
        return Arrays.copyOf(runs, count);
    }

    private static int kindOf(int argb) {
        int alpha = argb >>> 24;
        return alpha == 0 ? TRANSPARENT : alpha == 255 ? OPAQUE : SOFT;
    }

    @Override
    public String toString() {
        return "OverlayBitmap[" + width + "x" + height + "]";
    }
}
