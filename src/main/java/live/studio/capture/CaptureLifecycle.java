package live.studio.capture;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The life of a grabber-backed source, shared by pictures and sound: started once (opening on the caller's thread, so
 * a device that cannot open fails {@code start} at once), one capture thread, errors counted for the stats, and an
 * idempotent close that stops the thread.
 */
final class CaptureLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(CaptureLifecycle.class);

    /** Opens the input on the caller's thread, after the source has set up what its capture thread will use. */
    @FunctionalInterface
    interface Opener {
        FFmpegFrameGrabber open() throws SourceException;
    }

    /** Captures one unit (a picture, a chunk of sound) from the grabber. */
    @FunctionalInterface
    interface Step {
        /** @return false when the input has ended for good and the capture thread should stop */
        boolean captureOne(FFmpegFrameGrabber grabber) throws Exception;
    }

    private enum State { NEW, STARTED, CLOSED }

    private final String threadName;
    private final Object lock = new Object();
    private final AtomicLong capturedCount = new AtomicLong();
    private final AtomicLong errorCount = new AtomicLong();
    private volatile String lastError = "";
    private volatile boolean running;
    private State state = State.NEW;
    private Thread thread;

    CaptureLifecycle(String threadName) {
        this.threadName = threadName;
    }

    void start(String description, Opener opener, Consumer<FFmpegFrameGrabber> captureLoop) throws SourceException {
        synchronized (lock) {
            if (state != State.NEW) {
                throw new IllegalStateException(description + " was already started or closed; create a new source");
            }
            FFmpegFrameGrabber grabber = opener.open();
            running = true;
            thread = CaptureThreads.newThread(threadName, () -> captureLoop.accept(grabber));
            state = State.STARTED;
            thread.start();
        }
    }

    /**
     * The capture thread's loop: one step after another until closed; a failed step is counted, the grabber released
     * and reopened after a back-off (1 s doubling to 5 s), so a device that hiccups comes back by itself.
     */
    void captureUntilClosed(String description, FFmpegFrameGrabber firstGrabber, Opener reopen, Step step) {
        FFmpegFrameGrabber grabber = firstGrabber;
        long retryDelayMs = CaptureThreads.FIRST_RETRY_DELAY_MS;
        try {
            while (running) {
                try {
                    if (grabber == null) {
                        grabber = reopen.open();
                        LOG.info("{}: reopened after an error", description);
                    }
                    if (!step.captureOne(grabber)) {
                        break;
                    }
                    retryDelayMs = CaptureThreads.FIRST_RETRY_DELAY_MS;
                } catch (InterruptedException e) {
                    break;
                } catch (Exception e) {
                    if (!running) {
                        break;
                    }
                    failed(description, e, retryDelayMs);
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

    void captured() {
        capturedCount.incrementAndGet();
    }

    /** Counts a survived capture error and logs the retry. */
    private void failed(String description, Exception error, long retryDelayMs) {
        errorCount.incrementAndGet();
        lastError = String.valueOf(error.getMessage());
        LOG.warn("{}: capture failed ({}); retrying in {} ms", description, lastError, retryDelayMs);
    }

    SourceStats stats() {
        return new SourceStats(capturedCount.get(), errorCount.get(), lastError);
    }

    void close(String description) {
        Thread captureThread;
        synchronized (lock) {
            if (state == State.CLOSED) {
                return;
            }
            state = State.CLOSED;
            running = false;
            captureThread = thread;
        }
        CaptureThreads.stopAndJoin(captureThread, description);
    }
}
