package live.studio.ui.shelf;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import live.studio.ui.common.UiThread;

/** The test's thread plays the UI thread; what other threads hand over waits until the test runs it. */
final class HandOffUiThread {
    private final BlockingQueue<Runnable> handedOver = new LinkedBlockingQueue<>();
    private final Thread owner = Thread.currentThread();
    private final UiThread uiThread = UiThread.of(() -> Thread.currentThread() == owner, handedOver::add);

    UiThread uiThread() {
        return uiThread;
    }

    int pending() {
        return handedOver.size();
    }

    void runPending() {
        Runnable action;
        while ((action = handedOver.poll()) != null) {
            action.run();
        }
    }
}
