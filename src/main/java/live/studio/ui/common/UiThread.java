package live.studio.ui.common;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where work crosses from the engine's threads (frame clock, stats, outputs) into the JavaFX
 * application thread. View-models take one of these instead of calling {@link Platform} themselves, so that tests
 * drive them on the caller's thread without any window.
 *
 * <p>Bursts must not flood the FX queue: {@link #coalescing(Runnable)} and {@link #latestWins(Consumer)} keep at most
 * one hand-off pending, however often they are called.
 */
public final class UiThread implements Executor {
    private static final Logger LOG = LoggerFactory.getLogger(UiThread.class);

    private final BooleanSupplier onUiThread;
    private final Executor handOff;

    private UiThread(BooleanSupplier onUiThread, Executor handOff) {
        this.onUiThread = Objects.requireNonNull(onUiThread);
        this.handOff = Objects.requireNonNull(handOff);
    }

    /** The JavaFX application thread. */
    public static UiThread javafx() {
        return new UiThread(Platform::isFxApplicationThread, Platform::runLater);
    }

    /** For view-model tests: whoever calls is the UI thread, so everything runs at once. */
    public static UiThread callerThread() {
        return new UiThread(() -> true, Runnable::run);
    }

    /** For tests of the hand-off itself. */
    public static UiThread of(BooleanSupplier onUiThread, Executor handOff) {
        return new UiThread(onUiThread, handOff);
    }

    public boolean isCurrent() {
        return onUiThread.getAsBoolean();
    }

    /** Runs {@code action} now when already on the UI thread, else hands it over. */
    @Override
    public void execute(Runnable action) {
        if (onUiThread.getAsBoolean()) {
            action.run();
        } else {
            handOff(action);
        }
    }

    /**
     * Runs {@code action} on the UI thread after the event being handled now, e.g. to open a modal dialog once a
     * control has finished reacting to a click.
     */
    public void later(Runnable action) {
        handOff(action);
    }

    /**
     * A runnable for any thread that runs {@code action} on the UI thread with at most one run pending: calls that
     * come while one is waiting add nothing. The flag is cleared before the action runs, so a call during the run
     * schedules exactly one more and nothing that happened is missed.
     */
    public Runnable coalescing(Runnable action) {
        Objects.requireNonNull(action);
        AtomicBoolean pending = new AtomicBoolean();
        Runnable drain = () -> {
            pending.set(false);
            action.run();
        };
        return () -> {
            if (onUiThread.getAsBoolean()) {
                action.run();
            } else if (pending.compareAndSet(false, true)) {
                handOff(drain);
            }
        };
    }

    /** A consumer for any thread that hands only the newest value over to the UI thread: older ones are skipped. */
    public <T> Consumer<T> latestWins(Consumer<T> consumer) {
        Objects.requireNonNull(consumer);
        AtomicReference<T> latest = new AtomicReference<>();
        Runnable deliver = coalescing(() -> {
            T value = latest.getAndSet(null);
            if (value != null) {
                consumer.accept(value);
            }
        });
        return value -> {
            latest.set(Objects.requireNonNull(value));
            deliver.run();
        };
    }

    private void handOff(Runnable action) {
        try {
            handOff.execute(action);
        } catch (IllegalStateException toolkitGone) {
            // The window has closed and JavaFX has exited while an engine thread still reported: nobody is left to show it.
            LOG.debug("UI gone, dropped an update: {}", toolkitGone.getMessage());
        }
    }
}
