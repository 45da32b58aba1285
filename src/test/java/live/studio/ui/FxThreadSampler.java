package live.studio.ui;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * Samples the JavaFX application thread every {@value #INTERVAL_MILLIS} ms: its state and where it is. A sample
 * counts as blocked when the thread is BLOCKED, or WAITING / TIMED_WAITING with a studio frame on its stack (a lock,
 * a latch, a future, a sleep in our code); idling in the platform's event loop has no studio frame.
 */
final class FxThreadSampler implements AutoCloseable {
    static final long INTERVAL_MILLIS = 5;
    private static final int DEPTH = 40;

    record Sample(long atNanos, Thread.State state, String where, boolean blockedInStudio) {
    }

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final long fxThreadId;
    private final List<Sample> samples = new CopyOnWriteArrayList<>();
    private final Thread thread;

    private FxThreadSampler(long fxThreadId) {
        this.fxThreadId = fxThreadId;
        this.thread = Thread.ofPlatform().name("fx-thread-sampler").daemon().start(this::run);
    }

    static FxThreadSampler start() {
        long id = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("JavaFX Application Thread"))
                .findFirst().orElseThrow(() -> new IllegalStateException("no JavaFX Application Thread")).threadId();
        return new FxThreadSampler(id);
    }

    private void run() {
        while (!Thread.currentThread().isInterrupted()) {
            ThreadInfo info = threads.getThreadInfo(fxThreadId, DEPTH);
            if (info != null) {
                StackTraceElement[] stack = info.getStackTrace();
                String studioFrame = Arrays.stream(stack).filter(frame -> frame.getClassName().startsWith("live.studio."))
                        .findFirst().map(StackTraceElement::toString).orElse("");
                String top = stack.length == 0 ? "?" : stack[0].getClassName() + "." + stack[0].getMethodName();
                Thread.State state = info.getThreadState();
                boolean waiting = state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING;
                boolean blocked = state == Thread.State.BLOCKED || waiting && !studioFrame.isEmpty();
                samples.add(new Sample(System.nanoTime(), state, studioFrame.isEmpty() ? top : studioFrame + " <- " + top, blocked));
            }
            try {
                Thread.sleep(INTERVAL_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    void reset() {
        samples.clear();
    }

    List<Sample> samples() {
        return new ArrayList<>(samples);
    }

    /** The longest run of consecutive blocked samples, from its first to its last sample (plus one interval). */
    static long longestBlockMillis(List<Sample> samples) {
        return blocks(samples).stream().mapToLong(Block::millis).max().orElse(0);
    }

    record Block(long millis, String where) {
    }

    static List<Block> blocks(List<Sample> samples) {
        List<Block> blocks = new ArrayList<>();
        Sample first = null;
        Sample last = null;
        for (Sample sample : samples) {
            if (sample.blockedInStudio()) {
                if (first == null) {
                    first = sample;
                }
                last = sample;
            } else if (first != null) {
                blocks.add(new Block((last.atNanos() - first.atNanos()) / 1_000_000L + INTERVAL_MILLIS, first.where()));
                first = null;
            }
        }
        if (first != null) {
            blocks.add(new Block((last.atNanos() - first.atNanos()) / 1_000_000L + INTERVAL_MILLIS, first.where()));
        }
        return blocks;
    }

    /** What the FX thread was seen doing between two moments: state and place, most frequent first. */
    static String activity(List<Sample> samples, long fromNanos, long toNanos) {
        Map<String, Long> counts = samples.stream().filter(s -> s.atNanos() >= fromNanos && s.atNanos() <= toNanos)
                .collect(Collectors.groupingBy(s -> s.state() + " " + s.where(), TreeMap::new, Collectors.counting()));
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        return total + " samples: " + counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(3).map(e -> e.getValue() + "× " + e.getKey()).collect(Collectors.joining("; "));
    }

    @Override
    public void close() {
        thread.interrupt();
    }
}
