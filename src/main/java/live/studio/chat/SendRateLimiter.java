package live.studio.chat;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * At most {@code maxMessages} sends in any sliding {@code window}: Twitch closes the connection of a normal user who
 * sends more than 20 messages in 30 seconds, and other servers penalise floods. A send that would exceed the limit is
 * refused, not delayed: a reply that comes late is worse than none.
 */
public final class SendRateLimiter {
    /** Twitch, for a user who is neither moderator nor broadcaster in the channel. */
    public static final SendLimit TWITCH_NORMAL_USER = new SendLimit(20, Duration.ofSeconds(30));
    /** Plain IRC servers throttle anything faster than about one line every two seconds. */
    public static final SendLimit IRC_DEFAULT = new SendLimit(5, Duration.ofSeconds(10));
    /** YouTube: each insert costs quota; a reply every few seconds at most. */
    public static final SendLimit YOUTUBE_DEFAULT = new SendLimit(10, Duration.ofSeconds(60));

    private final SendLimit limit;
    private final InstantSource clock;
    private final Deque<Instant> sent = new ArrayDeque<>();

    public SendRateLimiter(SendLimit limit, InstantSource clock) {
        this.limit = limit;
        this.clock = clock;
    }

    /** How many messages in what window. */
    public record SendLimit(int maxMessages, Duration window) {
        public SendLimit {
            if (maxMessages < 1 || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("a send limit needs at least one message in a positive window");
            }
        }
    }

    /** Takes one send from the allowance; false when the window is full. */
    public synchronized boolean tryAcquire() {
        Instant now = clock.instant();
        Instant windowStart = now.minus(limit.window());
        while (!sent.isEmpty() && !sent.peekFirst().isAfter(windowStart)) {
            sent.removeFirst();
        }
        if (sent.size() >= limit.maxMessages()) {
            return false;
        }
        sent.addLast(now);
        return true;
    }

    public SendLimit limit() {
        return limit;
    }
}
