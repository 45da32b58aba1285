package live.studio.capture;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.util.Arrays;
import live.studio.media.VideoFrame;

/**
 * Copies an FFmpeg BGRA picture (rows {@code strideBytes} apart, which is more than {@code 4 × width} when FFmpeg
 * pads rows, e.g. 5504 instead of 5464 bytes for 1366 pixels) into a frame, centred, with opaque black bars around
 * it. Little-endian BGRA bytes read as ints are ARGB; the alpha is forced to 255 because capture pictures are opaque
 * and some inputs (x11grab's bgr0) leave the padding byte at zero. With alpha 255 ARGB is already premultiplied.
 */
final class BgraCopier {
    static final int OPAQUE_BLACK = 0xFF000000;
    private static final int OPAQUE = 0xFF000000;

    private BgraCopier() {
    }

    static void copyCentred(ByteBuffer bgra, int width, int height, int strideBytes, VideoFrame target) {
        if (strideBytes % 4 != 0 || strideBytes < width * 4) {
            throw new IllegalArgumentException("BGRA stride " + strideBytes + " does not fit width " + width);
        }
        if (width > target.width() || height > target.height()) {
            throw new IllegalArgumentException("picture " + width + "x" + height + " is larger than the frame "
                    + target.width() + "x" + target.height());
        }
        int[] pixels = target.pixels();
        int targetWidth = target.width();
        int left = (targetWidth - width) / 2;
        int top = (target.height() - height) / 2;
        boolean fillsFrame = width == targetWidth && height == target.height();
        if (!fillsFrame) {
            // Bars are redrawn every time because the frame buffers are reused and may hold another size's picture.
            Arrays.fill(pixels, 0, top * targetWidth, OPAQUE_BLACK);
            Arrays.fill(pixels, (top + height) * targetWidth, pixels.length, OPAQUE_BLACK);
        }
        // A view object per picture is small; the pixel arrays themselves are reused.
        IntBuffer source = bgra.duplicate().order(ByteOrder.LITTLE_ENDIAN).position(0).slice()
                .order(ByteOrder.LITTLE_ENDIAN).asIntBuffer();
        int strideInts = strideBytes / 4;
        for (int row = 0; row < height; row++) {
            int targetOffset = (top + row) * targetWidth;
            if (!fillsFrame) {
                Arrays.fill(pixels, targetOffset, targetOffset + left, OPAQUE_BLACK);
                Arrays.fill(pixels, targetOffset + left + width, targetOffset + targetWidth, OPAQUE_BLACK);
            }
            source.get(row * strideInts, pixels, targetOffset + left, width);
            for (int i = targetOffset + left, end = targetOffset + left + width; i < end; i++) {
                pixels[i] |= OPAQUE;
            }
        }
    }
}
