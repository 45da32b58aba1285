package live.studio.ui;

import com.sun.javafx.tk.TKPulseListener;
import com.sun.javafx.tk.Toolkit;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * What each JavaFX pulse costs the FX thread, measured from inside the pulse (a measurement tool for benchmarks,
 * never an assertion):
 * <ul>
 *   <li><b>pulse</b>: from the pulse's start (an {@link AnimationTimer} started before any other, so it runs first in
 *   the animation phase) to the end of every scene's pulse (a post-scene pulse listener of the toolkit, after CSS,
 *   layout, the wait for the previous frame's rendering and the sync to the render graph);</li>
 *   <li><b>pulse CPU</b>: the FX thread's own CPU time over the same span ({@link ThreadMXBean}), which on a
 *   loaded machine tells the work apart from the time the thread waited for a core;</li>
 *   <li><b>animation + CSS + layout</b>: from the same start to the window's
 *   {@link Scene#addPostLayoutPulseListener post-layout listener};</li>
 *   <li><b>gap</b>: from one pulse's start to the next (60 Hz when the FX thread keeps up: 16.7 ms);</li>
 *   <li><b>runLater delay</b>: a {@link Platform#runLater} posted every 100 ms from another thread, posted to run.</li>
 * </ul>
 *
 * <p>JavaFX 26 has no pulse logger any more ({@code -Djavafx.pulseLogger} and {@code com.sun.javafx.logging} are
 * gone) and no public hook at the end of a pulse, so the end is taken from {@code Toolkit}'s post-scene pulse
 * listener: internal, reachable because JavaFX runs from the class path here (tests and benchmarks). The running
 * timer keeps pulses coming at 60 Hz, as any animation on screen does. Create and {@link #start} it on the FX thread,
 * before the window, so that its timer is the first one; {@link #report} and {@link #reset} too.
 */
final class PulseProbe {
    private static final long RUN_LATER_PERIOD_MILLIS = 100;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Samples pulseMillis = new Samples();
    private final Samples pulseCpuMillis = new Samples();
    private final Samples layoutMillis = new Samples();
    private final Samples gapMillis = new Samples();
    private final Samples runLaterMillis = new Samples();
    private final AtomicBoolean running = new AtomicBoolean();
    private long pulseStartNanos;
    private long pulseStartCpuNanos;
    private long previousStartNanos;
    private boolean layoutSeen;

    private final AnimationTimer start = new AnimationTimer() {
        @Override
        public void handle(long ignored) {
            long now = System.nanoTime();
            if (previousStartNanos != 0) {
                gapMillis.add((now - previousStartNanos) / 1e6);
            }
            previousStartNanos = now;
            pulseStartNanos = now;
            pulseStartCpuNanos = THREADS.getCurrentThreadCpuTime();
            layoutSeen = false;
        }
    };
    private final Runnable afterLayout = () -> {
        if (pulseStartNanos != 0 && !layoutSeen) {
            layoutSeen = true;
            layoutMillis.add((System.nanoTime() - pulseStartNanos) / 1e6);
        }
    };
    private final TKPulseListener afterScenes = () -> {
        if (pulseStartNanos != 0) {
            pulseMillis.add((System.nanoTime() - pulseStartNanos) / 1e6);
            pulseCpuMillis.add((THREADS.getCurrentThreadCpuTime() - pulseStartCpuNanos) / 1e6);
            pulseStartNanos = 0;
        }
    };

    /** FX thread: starts timing pulses (before the window exists, so the timer runs first in every pulse). */
    void start() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        start.start();
        Toolkit.getToolkit().addPostSceneTkPulseListener(afterScenes);
        Thread.ofPlatform().daemon().name("pulse-probe-run-later").start(() -> {
            while (running.get()) {
                long posted = System.nanoTime();
                Platform.runLater(() -> runLaterMillis.add((System.nanoTime() - posted) / 1e6));
                try {
                    TimeUnit.MILLISECONDS.sleep(RUN_LATER_PERIOD_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    /** FX thread: times the CSS and layout of this scene (the window's) as well. */
    void watch(Scene scene) {
        scene.addPostLayoutPulseListener(afterLayout);
    }

    /** FX thread. */
    void stop() {
        running.set(false);
        start.stop();
        Toolkit.getToolkit().removePostSceneTkPulseListener(afterScenes);
    }

    /** FX thread: forgets what was measured (after a warm-up). */
    void reset() {
        pulseMillis.clear();
        pulseCpuMillis.clear();
        layoutMillis.clear();
        gapMillis.clear();
        runLaterMillis.clear();
    }

    /** FX thread. */
    Report report() {
        return new Report(pulseMillis.summary(), pulseCpuMillis.summary(), layoutMillis.summary(), gapMillis.summary(), runLaterMillis.summary());
    }

    record Report(Summary pulse, Summary pulseCpu, Summary animationCssLayout, Summary gap, Summary runLaterDelay) {
        String lines(String indent) {
            return indent + "pulse on the FX thread  " + pulse.text() + "\n"
                    + indent + "  its CPU time          " + pulseCpu.text() + "\n"
                    + indent + "  animation+CSS+layout  " + animationCssLayout.text() + "\n"
                    + indent + "gap between pulses      " + gap.text() + "\n"
                    + indent + "runLater delay (100 ms) " + runLaterDelay.text();
        }
    }

    /** Percentiles in milliseconds, and how many samples were over 16 ms (one 60 Hz frame). */
    record Summary(int count, double p50, double p95, double p99, double max, int over16) {
        String text() {
            return String.format(Locale.ROOT, "p50 %6.2f  p95 %6.2f  p99 %6.2f  max %7.2f ms  (n %d, %d over 16 ms)",
                    p50, p95, p99, max, count, over16);
        }
    }

    /** A growing array of milliseconds, written and read on the FX thread. */
    static final class Samples {
        private double[] values = new double[4096];
        private int size;

        void add(double millis) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = millis;
        }

        void clear() {
            size = 0;
        }

        Summary summary() {
            double[] sorted = Arrays.copyOf(values, size);
            Arrays.sort(sorted);
            int over = 0;
            for (double value : sorted) {
                if (value > 16) {
                    over++;
                }
            }
            return new Summary(size, percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                    size == 0 ? 0 : sorted[size - 1], over);
        }

        /** The nearest-rank percentile. */
        static double percentile(double[] sorted, double percent) {
            if (sorted.length == 0) {
                return 0;
            }
            int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
        }
    }
}
