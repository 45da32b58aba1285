package live.studio.preflight;

/**
 * One thing to look at before Go Live. {@link #run()} is called on its own thread, must return within a few seconds
 * and must give up promptly when that thread is interrupted (the operator cancelled, or the whole check ran out of time).
 */
public interface PreflightCheck {

    /** Stable and unique in a run: the window's row is {@code #preflight-ID}. */
    String id();

    /** What this check's result is when it did not finish in time (the run's deadline). */
    CheckResult timedOut();

    CheckResult run() throws InterruptedException;

    /**
     * Whether it runs long native code (an encoder): such a check gets a low-priority platform thread of its own;
     * the others run on virtual threads, where an interrupt also ends a blocked socket.
     */
    default boolean runsNativeCode() {
        return false;
    }

    /** A check from its parts. */
    static PreflightCheck of(String id, CheckResult whenTimedOut, Body body) {
        return new PreflightCheck() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public CheckResult timedOut() {
                return whenTimedOut;
            }

            @Override
            public CheckResult run() throws InterruptedException {
                return body.run();
            }
        };
    }

    @FunctionalInterface
    interface Body {
        CheckResult run() throws InterruptedException;

    /**
     * Whether it runs long native code (an encoder): such a check gets a low-priority platform thread of its own;
     * the others run on virtual threads, where an interrupt also ends a blocked socket.
     */
    default boolean runsNativeCode() {
        return false;
    }
    }
}
