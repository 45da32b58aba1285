package live.studio.output;

import java.util.concurrent.ThreadLocalRandom;

/**
 * When to try again after a live stream broke: about 1 s first, then ×1.5 each attempt with ±20 % jitter (so many
 * studios behind one failed router do not return in lockstep), capped at 10 s, for as long as the show is live.
 */
public record ReconnectPolicy(long firstDelayMillis, double growth, long maximumDelayMillis, double jitterFraction) {
    public static final ReconnectPolicy LIVE_DEFAULT = new ReconnectPolicy(1000, 1.5, 10_000, 0.2);

    /** Delay before attempt {@code attempt} (1 for the first retry). */
    public long delayMillis(int attempt) {
        double base = firstDelayMillis * Math.pow(growth, Math.max(0, attempt - 1));
        double capped = Math.min(maximumDelayMillis, base);
        double jitter = 1 + (ThreadLocalRandom.current().nextDouble() * 2 - 1) * jitterFraction;
        return Math.round(Math.min(maximumDelayMillis, capped * jitter));
    }
}
