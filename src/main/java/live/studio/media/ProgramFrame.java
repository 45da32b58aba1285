package live.studio.media;

import java.nio.ByteOrder;
import java.nio.IntBuffer;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.Pointer;

/**
 * A composited program picture in native memory: premultiplied ARGB ints (BGRA bytes), stride = width. The
 * compositor draws straight into it and the encoder converts it to YUV from the same memory, so the program frame is
 * never copied between the two. Pooled; owned by one stage at a time.
 */
public final class ProgramFrame implements AutoCloseable {
    private final int width;
    private final int height;
    private final BytePointer memory;
    private final IntBuffer pixels;
    private long mediaNanos;
    private long sequence;

    public ProgramFrame(int width, int height) {
        this.width = width;
        this.height = height;
        long bytes = 4L * width * height;
        // JavaCPP's allocation: freed by close(), or by the garbage collector if a frame is simply dropped
        this.memory = new BytePointer(bytes);
        this.pixels = memory.asBuffer().order(ByteOrder.nativeOrder()).asIntBuffer();
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The pixels, {@code get(y * width + x)}; absolute-index access only (the position is not used). */
    public IntBuffer pixels() {
        return pixels;
    }

    /** The first pixel's native address, for FFmpeg. */
    public Pointer memory() {
        return memory;
    }

    public long mediaNanos() {
        return mediaNanos;
    }

    public void setMediaNanos(long mediaNanos) {
        this.mediaNanos = mediaNanos;
    }

    /** The frame clock tick (frame number) this picture was composed for. */
    public long sequence() {
        return sequence;
    }

    public void setSequence(long sequence) {
        this.sequence = sequence;
    }

    public boolean hasSize(int otherWidth, int otherHeight) {
        return width == otherWidth && height == otherHeight;
    }

    /** Copies the picture into a heap frame of the same size (for the preview). */
    public void copyTo(VideoFrame target) {
        pixels.get(0, target.pixels(), 0, width * height);
        target.setMediaNanos(mediaNanos);
        target.setSequence(sequence);
    }

    @Override
    public void close() {
        memory.deallocate();
    }
}
