package live.studio.ui.main;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import live.studio.ui.common.UiThread;

/** The test's own thread plays the UI thread: what engine threads hand over waits until the test runs it. */
final class TestUiThread {
    private final BlockingQueue<Runnable> handedOver = new LinkedBlockingQueue<>();
    private final Thread owner = Thread.currentThread();
    private final UiThread uiThread = UiThread.of(() -> Thread.currentThread() == owner, handedOver::add);

    UiThread uiThread() {
        return uiThread;
    }

    /** Runs what was handed over until {@code condition} holds; fails with {@code description} after {@code timeout}. */
    void runUntil(BooleanSupplier condition, Duration timeout, Supplier<String> description) throws InterruptedException {
        long deadlineNanos = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadlineNanos) {
                throw new AssertionError("not within " + timeout.toSeconds() + " s: " + description.get());
            }
            Runnable action = handedOver.poll(50, TimeUnit.MILLISECONDS);
            if (action != null) {
                action.run();
            }
        }
    }

    /** Runs what is waiting now. */
    void runPending() {
        Runnable action;
        while ((action = handedOver.poll()) != null) {
            action.run();
        }
    }
}
