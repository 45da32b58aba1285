package live.studio.capture;

import java.nio.ByteBuffer;
import live.studio.media.MediaClock;
import live.studio.media.VideoFrame;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;

/**
 * A picture source that reads an FFmpeg input (device or file) on its own capture thread. FFmpeg's swscale turns
 * each picture into BGRA at the size that fits the requested frame, on that thread; the copy centres it with black
 * bars. A read error is counted and the input reopened with a back-off of 1 to 5 s, while the consumer keeps the
 * last picture.
 */
public abstract sealed class GrabberVideoSource implements VideoSource
        permits CameraSource, ScreenSource, MediaFileSource {

    private final CaptureLifecycle lifecycle;
    private volatile PictureSize requestedSize;
    private volatile ResizableFrameSlot slot;
    /** The size the grabber's scaler is set up for; capture thread only. */
    private PictureSize configuredFor;
    /** Set in {@link #start} before the capture thread starts. */
    protected MediaClock clock;

    protected GrabberVideoSource(String threadName) {
        this.lifecycle = new CaptureLifecycle(threadName);
    }

    /**
     * Opens and starts a grabber whose pixel format is BGRA; called on the caller's thread by {@link #start} and on
     * the capture thread when reopening after an error.
     *
     * @param requested the frame size the consumer wants (a camera may ask its device for it)
     */
    protected abstract FFmpegFrameGrabber open(PictureSize requested) throws SourceException;

    /** Waits until the picture is due and returns its media time; live devices deliver in real time already. */
    protected long awaitPresentation(Frame picture) throws InterruptedException {
        return clock.elapsedNanos();
    }

    /**
     * The input has no more pictures. A file rewinds and returns true; a device has stopped delivering, which is an
     * error (the default).
     */
    protected boolean restartAtEnd(FFmpegFrameGrabber grabber) throws Exception {
        throw new IllegalStateException("the input stopped delivering pictures");
    }

    @Override
    public final void start(MediaClock clock, int width, int height) throws SourceException {
        lifecycle.start(description(), () -> {
            this.clock = clock;
            PictureSize requested = new PictureSize(width, height);
            requestedSize = requested;
            slot = new ResizableFrameSlot(width, height);
            return open(requested);
        }, this::captureLoop);
    }

    @Override
    public final void resize(int width, int height) {
        requestedSize = new PictureSize(width, height);
    }

    @Override
    public final VideoFrame latest() {
        ResizableFrameSlot current = slot;
        return current == null ? null : current.latest();
    }

    @Override
    public final SourceStats stats() {
        return lifecycle.stats();
    }

    @Override
    public final void close() {
        lifecycle.close(description());
    }

    private void captureLoop(FFmpegFrameGrabber firstGrabber) {
        lifecycle.captureUntilClosed(description(), firstGrabber, () -> {
            configuredFor = null;
            return open(requestedSize);
        }, this::capturePicture);
    }

    /** One picture into the slot at the wanted size; false when the input has ended. Capture thread only. */
    private boolean capturePicture(FFmpegFrameGrabber grabber) throws Exception {
        PictureSize wanted = requestedSize;
        if (!wanted.equals(configuredFor)) {
            configureScaling(grabber, wanted);
            configuredFor = wanted;
        }
        Frame picture = grabber.grabImage();
        if (picture == null) {
            return restartAtEnd(grabber);
        }
        if (picture.image == null || picture.imageWidth <= 0) {
            return true;
        }
        long mediaNanos = awaitPresentation(picture);
        VideoFrame target = slot.back(wanted.width(), wanted.height());
        BgraCopier.copyCentred((ByteBuffer) picture.image[0], picture.imageWidth, picture.imageHeight,
                picture.imageStride, target);
        slot.publish(mediaNanos);
        lifecycle.captured();
        return true;
    }

    /** Asks swscale for the largest picture with the input's aspect ratio that fits the wanted frame. */
    private static void configureScaling(FFmpegFrameGrabber grabber, PictureSize wanted) {
        // With the size fields cleared the grabber reports the decoder's own size.
        grabber.setImageWidth(0);
        grabber.setImageHeight(0);
        int inputWidth = grabber.getImageWidth();
        int inputHeight = grabber.getImageHeight();
        PictureSize output = inputWidth > 0 && inputHeight > 0
                ? new PictureSize(inputWidth, inputHeight).fittedInto(wanted)
                : wanted;
        grabber.setImageWidth(output.width());
        grabber.setImageHeight(output.height());
    }
}
