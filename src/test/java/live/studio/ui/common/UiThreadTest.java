package live.studio.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class UiThreadTest {
    private final Queue<Runnable> handedOver = new ArrayDeque<>();
    private boolean onUiThread;
    private final UiThread uiThread = UiThread.of(() -> onUiThread, handedOver::add);

    @Test
    void executeRunsAtOnceOnTheUiThreadAndHandsOverFromOthers() {
        AtomicInteger runs = new AtomicInteger();
        onUiThread = true;
        uiThread.execute(runs::incrementAndGet);
        assertThat(runs).hasValue(1);
        assertThat(handedOver).isEmpty();

        onUiThread = false;
        uiThread.execute(runs::incrementAndGet);
        assertThat(runs).hasValue(1);
        assertThat(handedOver).hasSize(1);
    }

    @Test
    void aBurstOfCallsLeavesOneRunPending() {
        AtomicInteger runs = new AtomicInteger();
        Runnable coalesced = uiThread.coalescing(runs::incrementAndGet);
        for (int call = 0; call < 1000; call++) {
            coalesced.run();
        }
        assertThat(handedOver).hasSize(1);

        runAllHandedOver();
        assertThat(runs).hasValue(1);
    }

    @Test
    void aCallAfterTheRunStartedSchedulesExactlyOneMore() {
        AtomicInteger runs = new AtomicInteger();
        Runnable[] coalesced = new Runnable[1];
        coalesced[0] = uiThread.coalescing(() -> {
            // a new frame arrives while the previous one is being shown
            if (runs.incrementAndGet() == 1) {
                onUiThread = false;
                coalesced[0].run();
                coalesced[0].run();
            }
        });
        coalesced[0].run();
        runAllHandedOver();
        assertThat(runs).hasValue(2);
        assertThat(handedOver).isEmpty();
    }

    @Test
    void latestWinsDeliversOnlyTheNewestValue() {
        List<Integer> delivered = new ArrayList<>();
        Consumer<Integer> consumer = uiThread.latestWins(delivered::add);
        consumer.accept(1);
        consumer.accept(2);
        consumer.accept(3);
        runAllHandedOver();
        consumer.accept(4);
        runAllHandedOver();
        assertThat(delivered).containsExactly(3, 4);
    }

    @Test
    void aHandOffAfterJavaFxExitedIsDroppedQuietly() {
        UiThread gone = UiThread.of(() -> false, action -> {
            throw new IllegalStateException("Toolkit has exited");
        });
        gone.execute(() -> { });
        gone.coalescing(() -> { }).run();
    }

    private void runAllHandedOver() {
        onUiThread = true;
        while (!handedOver.isEmpty()) {
            handedOver.poll().run();
        }
    }
}
