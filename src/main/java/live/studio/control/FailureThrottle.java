package live.studio.control;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Slows down guessing: after {@link #FREE_FAILURES} refused tokens from one address, that address is answered 429
 * for a pause that doubles with each further failure (1 s, 2 s, 4 s ... up to 5 min) before its next attempt is even
 * looked at. A success clears the count. Addresses are remembered in a bounded map (oldest forgotten first).
 */
final class FailureThrottle {
    static final int FREE_FAILURES = 5;
    static final long FIRST_PAUSE_MILLIS = 1_000;
    static final long LONGEST_PAUSE_MILLIS = 300_000;
    private static final int REMEMBERED_ADDRESSES = 4_096;

    private record Failures(int count, long blockedUntilMillis) {
    }

    private final LongSupplier nowMillis;
    private final Map<String, Failures> byAddress = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
            return size() > REMEMBERED_ADDRESSES;
        }
    };

    FailureThrottle(LongSupplier nowMillis) {
        this.nowMillis = nowMillis;
    }

    /** Milliseconds {@code address} must still wait before an attempt is looked at; 0 when it may try now. */
    synchronized long waitMillis(String address) {
        Failures failures = byAddress.get(address);
        return failures == null ? 0 : Math.max(0, failures.blockedUntilMillis - nowMillis.getAsLong());
    }

    /** Counts a refused token; returns how many in a row this address has now. */
    synchronized int failed(String address) {
        Failures previous = byAddress.getOrDefault(address, new Failures(0, 0));
        int count = previous.count + 1;
        long blockedUntil = count <= FREE_FAILURES ? 0 : nowMillis.getAsLong() + pauseMillis(count);
        byAddress.put(address, new Failures(count, blockedUntil));
        return count;
    }

    synchronized void succeeded(String address) {
        byAddress.remove(address);
    }

    /** The pause after the {@code count}-th failure in a row. */
    static long pauseMillis(int count) {
        if (count <= FREE_FAILURES) {
            return 0;
        }
        int doublings = Math.min(count - FREE_FAILURES - 1, 20);
        return Math.min(LONGEST_PAUSE_MILLIS, FIRST_PAUSE_MILLIS << doublings);
    }
}
