package live.studio.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class SendRateLimiterTest {

    @Test
    void twentyMessagesInAnyThirtySecondsForTwitch() {
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-21T12:00:00Z"));
        InstantSource clock = now::get;
        SendRateLimiter limiter = new SendRateLimiter(SendRateLimiter.TWITCH_NORMAL_USER, clock);
        for (int index = 0; index < 20; index++) {
            assertThat(limiter.tryAcquire()).as("send %d", index + 1).isTrue();
            now.set(now.get().plusMillis(100));
        }
        assertThat(limiter.tryAcquire()).as("the 21st within 30 s").isFalse();
        now.set(now.get().plus(Duration.ofSeconds(28)));
        assertThat(limiter.tryAcquire()).as("the first send is 30 s old now").isTrue();
        assertThat(limiter.tryAcquire()).as("the second one is not quite").isFalse();
    }
}
