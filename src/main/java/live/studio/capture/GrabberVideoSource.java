package live.studio.capture;

import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicLong;
import live.studio.media.MediaClock;
import live.studio.media.VideoFrame;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A picture source that reads an FFmpeg input (device or file) on its own capture thread. FFmpeg's swscale turns
 * each picture into BGRA at the size that fits the requested frame, on that thread; the copy centres it with black
 * bars. A read error is counted and the input reopened with a back-off of 1 to 5 s, while the consumer keeps the
 * last picture.
 */
public abstract sealed class GrabberVideoSource implements VideoSource
        permits CameraSource, ScreenSource, MediaFileSource {
    private static final Logger LOG = LoggerFactory.getLogger(GrabberVideoSource.class);

    private final String threadName;
    private final Object lifecycleLock = new Object();
    private final AtomicLong capturedCount = new AtomicLong();
    private final AtomicLong errorCount = new AtomicLong();
    private volatile String lastError = "";
    private volatile PictureSize requestedSize;
    private volatile ResizableFrameSlot slot;
    private volatile boolean running;
    private State state = State.NEW;
    private Thread thread;
    /** Set in {@link #start} before the capture thread starts. */
    protected MediaClock clock;

    private enum State { NEW, STARTED, CLOSED }

    protected GrabberVideoSource(String threadName) {
        this.threadName = threadName;
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
        synchronized (lifecycleLock) {
            if (state != State.NEW) {
                throw new IllegalStateException(description() + " was already started or closed; create a new source");
            }
            this.clock = clock;
            PictureSize requested = new PictureSize(width, height);
            requestedSize = requested;
            slot = new ResizableFrameSlot(width, height);
            FFmpegFrameGrabber grabber = open(requested);
            running = true;
            thread = CaptureThreads.newThread(threadName, () -> captureLoop(grabber));
            state = State.STARTED;
            thread.start();
        }
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
        return new SourceStats(capturedCount.get(), errorCount.get(), lastError);
    }

    @Override
    public final void close() {
        Thread captureThread;
        synchronized (lifecycleLock) {
            if (state == State.CLOSED) {
                return;
            }
            state = State.CLOSED;
            running = false;
            captureThread = thread;
        }
        CaptureThreads.stopAndJoin(captureThread, description());
    }

    private void captureLoop(FFmpegFrameGrabber firstGrabber) {
        FFmpegFrameGrabber grabber = firstGrabber;
        PictureSize configuredFor = null;
        long retryDelayMs = CaptureThreads.FIRST_RETRY_DELAY_MS;
        try {
            while (running) {
                try {
                    if (grabber == null) {
                        grabber = open(requestedSize);
                        configuredFor = null;
                        LOG.info("{}: reopened after an error", description());
                    }
                    PictureSize wanted = requestedSize;
                    if (!wanted.equals(configuredFor)) {
                        configureScaling(grabber, wanted);
                        configuredFor = wanted;
                    }
                    Frame picture = grabber.grabImage();
                    if (picture == null) {
                        if (!restartAtEnd(grabber)) {
                            break;
                        }
                        continue;
                    }
                    if (picture.image == null || picture.imageWidth <= 0) {
                        continue;
                    }
                    long mediaNanos = awaitPresentation(picture);
                    VideoFrame target = slot.back(wanted.width(), wanted.height());
                    BgraCopier.copyCentred((ByteBuffer) picture.image[0], picture.imageWidth, picture.imageHeight,
                            picture.imageStride, target);
                    slot.publish(mediaNanos);
                    capturedCount.incrementAndGet();
                    retryDelayMs = CaptureThreads.FIRST_RETRY_DELAY_MS;
                } catch (InterruptedException e) {
                    break;
                } catch (Exception e) {
                    if (!running) {
                        break;
                    }
                    errorCount.incrementAndGet();
                    lastError = String.valueOf(e.getMessage());
                    LOG.warn("{}: capture failed ({}); retrying in {} ms", description(), lastError, retryDelayMs);
                    Grabbers.release(grabber);
                    grabber = null;
                    try {
                        Thread.sleep(retryDelayMs);
                    } catch (InterruptedException interrupted) {
                        break;
                    }
                    retryDelayMs = CaptureThreads.nextRetryDelayMs(retryDelayMs);
                }
            }
        } finally {
            Grabbers.release(grabber);
        }
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
