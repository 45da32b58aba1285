package live.studio.capture;

import live.studio.media.FrameSlot;
import live.studio.media.VideoFrame;

/**
 * A {@link FrameSlot} whose picture size can change while the show runs. The producer swaps in a new slot of the new
 * size; the single consumer keeps getting the last picture of the old slot until the new one has a picture, and the
 * producer never writes the old slot again, so that picture stays intact.
 */
final class ResizableFrameSlot {
    private volatile FrameSlot slot;
    private VideoFrame lastDelivered; // consumer-owned
    private long sequence;            // producer-owned

    ResizableFrameSlot(int width, int height) {
        slot = new FrameSlot(width, height);
    }

    /** Producer: the buffer to draw into, of exactly this size. */
    VideoFrame back(int width, int height) {
        FrameSlot current = slot;
        if (current.width() != width || current.height() != height) {
            current = new FrameSlot(width, height);
            slot = current;
        }
        return current.back();
    }

    /** Producer: publishes what was drawn into {@link #back}. */
    void publish(long mediaNanos) {
        FrameSlot current = slot;
        VideoFrame frame = current.back();
        frame.setMediaNanos(mediaNanos);
        frame.setSequence(++sequence);
        current.publish();
    }

    /** Consumer: the newest picture, or null before the first. Never blocks. */
    VideoFrame latest() {
        VideoFrame newest = slot.latest();
        if (newest != null) {
            lastDelivered = newest;
        }
        return lastDelivered;
    }
}
