package live.studio.media;

/**
 * A picture in the pipeline's one pixel format: premultiplied ARGB in an {@code int[]}, row after row with no
 * padding (stride = width). On little-endian machines the bytes are B, G, R, A, which is FFmpeg's BGRA and JavaFX's
 * BYTE_BGRA_PRE / INT_ARGB_PRE, so no stage converts it: the encoder turns it into YUV once.
 *
 * <p>Frames are pooled and reused; a stage owns a frame between taking it from a queue or slot and handing it on.
 */
public final class VideoFrame {
    private final int width;
    private final int height;
    private final int[] pixels;
    private long mediaNanos;
    private long sequence;

    public VideoFrame(int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("frame size must be positive, got " + width + "x" + height);
        }
        this.width = width;
        this.height = height;
        this.pixels = new int[Math.multiplyExact(width, height)];
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** Premultiplied ARGB, {@code pixels[y * width + x]}. */
    public int[] pixels() {
        return pixels;
    }

    /** Media time (see {@link MediaClock}) this picture belongs to. */
    public long mediaNanos() {
        return mediaNanos;
    }

    public void setMediaNanos(long mediaNanos) {
        this.mediaNanos = mediaNanos;
    }

    /** The producer's running number, to tell a new picture from one already seen. */
    public long sequence() {
        return sequence;
    }

    public void setSequence(long sequence) {
        this.sequence = sequence;
    }

    public boolean hasSize(int otherWidth, int otherHeight) {
        return width == otherWidth && height == otherHeight;
    }
}
