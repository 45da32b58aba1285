package live.studio.capture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The capture threads' common habits: named, daemon, an uncaught exception is logged, and a retry back-off. */
final class CaptureThreads {
    private static final Logger LOG = LoggerFactory.getLogger(CaptureThreads.class);
    static final long JOIN_TIMEOUT_MS = 3_000;
    static final long FIRST_RETRY_DELAY_MS = 1_000;
    static final long LONGEST_RETRY_DELAY_MS = 5_000;

    private CaptureThreads() {
    }

    static Thread newThread(String name, Runnable body) {
        return live.studio.media.StageThreads.create(name, body);
    }

    /** Interrupts (to cut a back-off or pacing sleep short) and waits a bounded time; the thread releases its own device. */
    static void stopAndJoin(Thread thread, String what) {
        if (thread == null || thread == Thread.currentThread()) {
            return;
        }
        if (!live.studio.media.StageThreads.stop(thread, JOIN_TIMEOUT_MS)) {
            // A driver stuck in a native read: the thread releases the device itself when the read returns.
            LOG.warn("{}: capture thread {} did not stop within {} ms; it will release the device when the driver returns",
                    what, thread.getName(), JOIN_TIMEOUT_MS);
        }
    }

    static long nextRetryDelayMs(long currentDelayMs) {
        return Math.min(currentDelayMs * 2, LONGEST_RETRY_DELAY_MS);
    }
}
