package live.studio.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.function.Supplier;
import live.studio.output.OutputState;
import live.studio.output.OutputStatus;
import live.studio.output.StopReason;

/**
 * Watches the engine's outputs every {@value #POLL_MILLIS} ms on its own thread and keeps every change of state or
 * stop reason with the moment it was seen, so a fault test can say how long detection and recovery took.
 */
public final class OutputWatch implements AutoCloseable {
    static final long POLL_MILLIS = 20;

    /** One observed status, stamped with {@link System#nanoTime()}. */
    public record Change(long atNanos, OutputStatus status) {
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%d ms %s %s %s attempt %d", atNanos / 1_000_000L % 1_000_000, status.name(),
                    status.state(), status.stopReason(), status.reconnectAttempt());
        }
    }

    private final Supplier<List<OutputStatus>> source;
    private final List<Change> changes = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;

    public OutputWatch(Supplier<List<OutputStatus>> source) {
        this.source = Objects.requireNonNull(source);
        this.thread = Thread.ofPlatform().name("output-watch").daemon().start(this::run);
    }

    private void run() {
        java.util.Map<String, OutputStatus> last = new java.util.HashMap<>();
        while (running) {
            long now = System.nanoTime();
            for (OutputStatus status : source.get()) {
                OutputStatus previous = last.get(status.name());
                if (previous == null || previous.state() != status.state() || previous.stopReason() != status.stopReason()
                        || previous.reconnectAttempt() != status.reconnectAttempt()) {
                    changes.add(new Change(now, status));
                    last.put(status.name(), status);
                }
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Every change seen for {@code name}, in order. */
    public List<Change> changes(String name) {
        return changes.stream().filter(change -> change.status().name().equals(name)).toList();
    }

    /** When {@code name} was first seen matching {@code condition} at or after {@code sinceNanos}. */
    public java.util.OptionalLong firstSince(String name, long sinceNanos, Predicate<OutputStatus> condition) {
        for (Change change : changes(name)) {
            if (change.atNanos() >= sinceNanos && condition.test(change.status())) {
                return java.util.OptionalLong.of(change.atNanos());
            }
        }
        return java.util.OptionalLong.empty();
    }

    /** Waits until {@code name} matches {@code condition} (seen at or after {@code sinceNanos}); the moment it did. */
    public long await(String name, long sinceNanos, Predicate<OutputStatus> condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            java.util.OptionalLong seen = firstSince(name, sinceNanos, condition);
            if (seen.isPresent()) {
                return seen.getAsLong();
            }
            Ports.sleep(Duration.ofMillis(POLL_MILLIS));
        }
        throw new AssertionError(name + " did not reach the expected state within " + timeout + "; seen: " + changes(name));
    }

    public static Predicate<OutputStatus> in(OutputState state) {
        return status -> status.state() == state;
    }

    public static Predicate<OutputStatus> not(OutputState state) {
        return status -> status.state() != state;
    }

    public static Predicate<OutputStatus> failedFor(StopReason reason) {
        return status -> status.state() == OutputState.FAILED && status.stopReason() == reason;
    }

    /** How many times {@code name} entered {@code state}. */
    public int timesEntered(String name, OutputState state) {
        int count = 0;
        OutputState previous = null;
        for (Change change : changes(name)) {
            if (change.status().state() == state && previous != state) {
                count++;
            }
            previous = change.status().state();
        }
        return count;
    }

    public List<Change> all() {
        return new ArrayList<>(changes);
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
