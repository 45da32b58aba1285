package live.studio.ui;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.testfx.util.WaitForAsyncUtils;

/**
 * How the window tests read the window and wait for it: on the FX thread, polling with generous deadlines, since a
 * loaded machine may be slow, never wrong. A failed wait says what it waited for and what it last saw.
 */
public final class FxWait {
    /** The default deadline of a read or a wait. */
    public static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final long POLL_MILLIS = 50;

    private FxWait() {
    }

    /** {@code read} run on the FX thread, its answer returned here. */
    public static <T> T onFx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("could not read the window", e);
        }
    }

    /** Reads until {@code condition} holds (the value that made it hold is returned) or {@link #PATIENCE} is over. */
    public static <T> T pollFor(Supplier<T> read, Predicate<T> condition, String what) throws InterruptedException {
        return pollFor(PATIENCE, read, condition, what);
    }

    public static <T> T pollFor(Duration patience, Supplier<T> read, Predicate<T> condition, String what)
            throws InterruptedException {
        long deadlineNanos = System.nanoTime() + patience.toNanos();
        T value = read.get();
        while (!condition.test(value)) {
            if (System.nanoTime() > deadlineNanos) {
                throw new AssertionError("not within " + patience.toSeconds() + " s: " + what + " (last seen: "
                        + (value instanceof int[] ? "pixels" : value) + ")");
            }
            Thread.sleep(POLL_MILLIS);
            value = read.get();
        }
        return value;
    }
}
