package live.studio.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReconnectPolicyTest {

    @Test
    void firstRetryAfterAboutASecondGrowingByHalfWithJitterCappedAtTenSeconds() {
        ReconnectPolicy policy = ReconnectPolicy.LIVE_DEFAULT;
        for (int trial = 0; trial < 1000; trial++) {
            assertThat(policy.delayMillis(1)).isBetween(800L, 1200L);
            assertThat(policy.delayMillis(2)).isBetween(1200L, 1800L);
            assertThat(policy.delayMillis(3)).isBetween(1800L, 2700L);
            assertThat(policy.delayMillis(20)).isBetween(8000L, 10_000L);
        }
    }

    @Test
    void jitterSpreadsRetries() {
        java.util.Set<Long> delays = new java.util.HashSet<>();
        for (int trial = 0; trial < 50; trial++) {
            delays.add(ReconnectPolicy.LIVE_DEFAULT.delayMillis(4));
        }
        assertThat(delays).hasSizeGreaterThan(10);
    }
}
