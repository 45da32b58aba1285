package live.studio.media;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How every pipeline stage runs its one owner thread: named after the stage (so stack dumps, {@code top -H} and logs
 * say who is busy), daemon, an uncaught exception logged, and stopped by an interrupt and a bounded join.
 */
public final class StageThreads {
    private static final Logger LOG = LoggerFactory.getLogger(StageThreads.class);
    public static final long DEFAULT_JOIN_TIMEOUT_MILLIS = 3_000;

    private StageThreads() {
    }

    /** Creates the stage's thread, not started. */
    public static Thread create(String name, Runnable body) {
        Thread thread = Thread.ofPlatform().name(name).daemon().unstarted(body);
        thread.setUncaughtExceptionHandler((failed, error) -> LOG.error("thread {} stopped on an error", failed.getName(), error));
        return thread;
    }

    public static Thread start(String name, Runnable body) {
        Thread thread = create(name, body);
        thread.start();
        return thread;
    }

    /**
     * Interrupts the thread (cutting a clock sleep or back-off short) and waits for it up to the timeout.
     *
     * @return true when the thread has ended
     */
    public static boolean stop(Thread thread, long timeoutMillis) {
        if (thread == null || thread == Thread.currentThread()) {
            return true;
        }
        thread.interrupt();
        try {
            thread.join(timeoutMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !thread.isAlive();
    }
}
