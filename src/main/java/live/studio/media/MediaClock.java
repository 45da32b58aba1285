package live.studio.media;

/**
 * The one monotonic clock every stage stamps against. Media time zero is {@link #start()}; the audio mixer turns it
 * into the sample count that is the master clock, the frame clock turns it into frame numbers, so audio and video
 * stay in sync however long the show runs.
 */
public final class MediaClock {
    private final long startNanos;
    private final long startEpochMillis;

    private MediaClock(long startNanos, long startEpochMillis) {
        this.startNanos = startNanos;
        this.startEpochMillis = startEpochMillis;
    }

    /** Starts media time now. */
    public static MediaClock start() {
        return new MediaClock(System.nanoTime(), System.currentTimeMillis());
    }

    public long elapsedNanos() {
        return System.nanoTime() - startNanos;
    }

    /** The wall-clock instant (milliseconds since the epoch) at the given media time. */
    public long epochMillisAt(long mediaNanos) {
        return startEpochMillis + Math.floorDiv(mediaNanos, 1_000_000L);
    }

    /**
     * Sleeps until the clock reaches {@code mediaNanos}; returns at once when it already has. Wakes up to a tenth of
     * a millisecond late, and never spins: every stage stamps media time by number (frame, sample), not by when it
     * woke, so a late wake-up costs nothing but that moment, while spinning would cost a core.
     */
    public void sleepUntil(long mediaNanos) throws InterruptedException {
        while (true) {
            long remainingNanos = mediaNanos - elapsedNanos();
            if (remainingNanos <= 0) {
                return;
            }
            java.util.concurrent.locks.LockSupport.parkNanos(remainingNanos);
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
        }
    }
}
