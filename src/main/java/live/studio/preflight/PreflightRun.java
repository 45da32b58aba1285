package live.studio.preflight;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import live.studio.output.SecretRedactor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pre-flight checks running side by side, each on its own thread ({@code preflight-ID}), with one deadline for
 * all: a check still running then is reported as {@link PreflightCheck#timedOut()} and interrupted. Every check gives
 * exactly one result, delivered to the listener on whichever thread produced it; after {@link #cancel()} nothing more
 * is delivered.
 */
public final class PreflightRun {
    private static final Logger LOG = LoggerFactory.getLogger(PreflightRun.class);
    /** The whole pre-flight is over within this, however slow a network or a disk. */
    public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(5);

    private final List<PreflightCheck> checks;
    private final Consumer<CheckResult> listener;
    private final Map<String, CheckResult> results = new ConcurrentHashMap<>();
    private final Map<String, AtomicBoolean> reported = new ConcurrentHashMap<>();
    private final List<Thread> threads = new ArrayList<>();
    private final CountDownLatch done;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final long startNanos = System.nanoTime();
    private volatile long finishedNanos;
    private Thread watchdog;

    private PreflightRun(List<PreflightCheck> checks, Consumer<CheckResult> listener) {
        this.checks = List.copyOf(checks);
        this.listener = Objects.requireNonNull(listener);
        this.done = new CountDownLatch(this.checks.size());
        long distinct = this.checks.stream().map(PreflightCheck::id).distinct().count();
        if (distinct != this.checks.size()) {
            throw new IllegalArgumentException("two pre-flight checks share an id: " + this.checks.stream().map(PreflightCheck::id).toList());
        }
        this.checks.forEach(check -> reported.put(check.id(), new AtomicBoolean()));
    }

    /** Starts every check at once; {@code listener} hears each result as it comes (from the checks' threads). */
    public static PreflightRun start(List<PreflightCheck> checks, Duration deadline, Consumer<CheckResult> listener) {
        PreflightRun run = new PreflightRun(checks, listener);
        run.begin(deadline);
        return run;
    }

    private synchronized void begin(Duration deadline) {
        for (PreflightCheck check : checks) {
            Thread thread = check.runsNativeCode()
                    ? Thread.ofPlatform().name("preflight-" + check.id()).daemon().priority(Thread.MIN_PRIORITY).unstarted(() -> runOne(check))
                    : Thread.ofVirtual().name("preflight-" + check.id()).unstarted(() -> runOne(check));
            threads.add(thread);
        }
        threads.forEach(Thread::start);
        watchdog = Thread.ofPlatform().name("preflight-deadline").daemon().start(() -> {
            try {
                if (done.await(deadline.toNanos(), TimeUnit.NANOSECONDS)) {
                    return;
                }
            } catch (InterruptedException e) {
                return; // cancelled
            }
            for (int index = 0; index < checks.size(); index++) {
                PreflightCheck check = checks.get(index);
                if (report(check.timedOut())) {
                    threads.get(index).interrupt();
                }
            }
        });
    }

    private void runOne(PreflightCheck check) {
        CheckResult result;
        try {
            result = check.run();
        } catch (InterruptedException e) {
            result = check.timedOut();
        } catch (RuntimeException e) {
            LOG.warn("pre-flight check {} failed: {}", check.id(), SecretRedactor.redact(String.valueOf(e)));
            result = CheckResult.warning(check.id(), "check-error", SecretRedactor.redact(String.valueOf(e.getMessage())));
        }
        report(result);
    }

    /** Delivers the first result of a check; false when it had one already (the deadline's or its own). */
    private boolean report(CheckResult result) {
        AtomicBoolean once = reported.get(result.checkId());
        if (once == null || !once.compareAndSet(false, true)) {
            return false;
        }
        results.put(result.checkId(), result);
        if (!cancelled.get()) {
            try {
                listener.accept(result);
            } catch (RuntimeException e) {
                LOG.warn("pre-flight listener failed", e);
            }
        }
        if (done.getCount() == 1) {
            finishedNanos = System.nanoTime();
        }
        done.countDown();
        return true;
    }

    /** Stops every check still running; no result is delivered after this returns. */
    public synchronized void cancel() {
        if (cancelled.compareAndSet(false, true)) {
            threads.forEach(Thread::interrupt);
            if (watchdog != null) {
                watchdog.interrupt();
            }
        }
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /** Waits until every check has a result (its own or the deadline's). */
    public boolean awaitDone(Duration timeout) throws InterruptedException {
        return done.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    public boolean isDone() {
        return done.getCount() == 0;
    }

    /** The results so far, in the checks' order. */
    public List<CheckResult> results() {
        return checks.stream().map(check -> results.get(check.id())).filter(Objects::nonNull).toList();
    }

    /** How long the run took from start to its last result; empty while running. */
    public java.util.Optional<Duration> elapsed() {
        return isDone() ? java.util.Optional.of(Duration.ofNanos(finishedNanos - startNanos)) : java.util.Optional.empty();
    }
}
