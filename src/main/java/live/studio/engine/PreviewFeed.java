package live.studio.engine;

import live.studio.media.FrameSlot;
import live.studio.media.ProgramFrame;
import live.studio.media.VideoFrame;

/**
 * The program preview: the compositor copies each composited frame in (never waiting), the viewer takes the newest
 * ("latest frame wins") on its own thread. {@code onNewFrame} runs on the frame clock thread and must only schedule
 * work, e.g. one {@code Platform.runLater} at a time.
 */
public final class PreviewFeed {
    private final FrameSlot slot;
    private final Runnable onNewFrame;

    public PreviewFeed(int width, int height, Runnable onNewFrame) {
        this.slot = new FrameSlot(width, height);
        this.onNewFrame = onNewFrame;
    }

    public int width() {
        return slot.width();
    }

    public int height() {
        return slot.height();
    }

    /** Frame clock thread: copies the program frame. */
    void offer(ProgramFrame programFrame) {
        VideoFrame target = slot.back();
        if (!programFrame.hasSize(target.width(), target.height())) {
            return;
        }
        programFrame.copyTo(target);
        slot.publish();
        onNewFrame.run();
    }

    /** Viewer thread: the newest program frame, or null before the first; valid until the next call. */
    public VideoFrame latest() {
        return slot.latest();
    }
}
