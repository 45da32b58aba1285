package live.studio.capture;

import live.studio.media.MediaClock;
import live.studio.media.VideoFrame;

/**
 * A picture producer (camera, screen, file, still image, test pattern) with its own named capture thread. It
 * delivers premultiplied ARGB pictures at the size the compositor asks for, scaled on its own thread, into a
 * {@link live.studio.media.FrameSlot}; the compositor takes the newest and never waits.
 */
public interface VideoSource extends AutoCloseable {

    /** What the host sees in pickers and messages, e.g. "Camera: HD Pro Webcam C920 (/dev/video0)". */
    String description();

    /**
     * Opens the device or file and starts the capture thread. Throws at once with a message that says what to fix
     * (and which devices do exist) when it cannot open.
     */
    void start(MediaClock clock, int width, int height) throws SourceException;

    /** Changes the delivered picture size (a new layout); takes effect with the next picture. */
    void resize(int width, int height);

    /** The newest picture, or null when none has arrived yet. Never blocks. Single consumer. */
    VideoFrame latest();

    /** Counters for the stats line. */
    SourceStats stats();

    /** Stops the capture thread and releases the device. Idempotent. */
    @Override
    void close();
}
