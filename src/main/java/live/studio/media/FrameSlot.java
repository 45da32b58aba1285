package live.studio.media;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A lock-free triple buffer between one producer thread and one consumer thread: the producer never waits for the
 * consumer and the consumer always gets the newest complete picture, never a half-written one ("latest frame wins").
 */
public final class FrameSlot {
    private static final int FRESH = 4;
    private static final int INDEX_MASK = 3;

    private final VideoFrame[] buffers;
    private final AtomicInteger middle = new AtomicInteger(1);
    private int back = 0;   // producer-owned
    private int front = 2;  // consumer-owned
    private volatile boolean published;

    public FrameSlot(int width, int height) {
        buffers = new VideoFrame[] {new VideoFrame(width, height), new VideoFrame(width, height), new VideoFrame(width, height)};
    }

    public int width() {
        return buffers[0].width();
    }

    public int height() {
        return buffers[0].height();
    }

    /** Producer: the buffer to draw the next picture into. */
    public VideoFrame back() {
        return buffers[back];
    }

    /** Producer: makes the picture in {@link #back()} the newest one and takes a free buffer as the new back. */
    public void publish() {
        int previous = middle.getAndSet(back | FRESH);
        back = previous & INDEX_MASK;
        published = true;
    }

    /**
     * Consumer: the newest published picture, or null before the first. The returned frame stays untouched by the
     * producer until the consumer calls this method again.
     */
    public VideoFrame latest() {
        if (!published) {
            return null;
        }
        if ((middle.get() & FRESH) != 0) {
            int previous = middle.getAndSet(front);
            front = previous & INDEX_MASK;
        }
        return buffers[front];
    }
}
