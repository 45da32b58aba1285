package live.studio.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ApiTokensTest {

    @Test
    void tokensAre256RandomBitsInBase64UrlAndNeverRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            String token = ApiTokens.newToken();
            assertThat(token).matches("[A-Za-z0-9_-]{43}");
            assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
            assertThat(seen.add(token)).isTrue();
        }
    }

    @Test
    void eachTokenOpensItsOwnAccessAndNothingElseDoes() {
        ApiTokens tokens = ApiTokens.generate();
        assertThat(tokens.accessOf(tokens.control())).contains(Access.CONTROL);
        assertThat(tokens.accessOf(tokens.readOnly())).contains(Access.READ_ONLY);
        assertThat(tokens.accessOf(null)).isEmpty();
        assertThat(tokens.accessOf("")).isEmpty();
        assertThat(tokens.accessOf(tokens.control() + "x")).isEmpty();
        assertThat(tokens.accessOf(tokens.control().substring(1))).isEmpty();
        assertThat(tokens.toString()).doesNotContain(tokens.control()).doesNotContain(tokens.readOnly());
    }

    @Test
    void weakOrEqualTokensAreRefused() {
        assertThatThrownBy(() -> new ApiTokens("short", ApiTokens.newToken())).hasMessageContaining("128 bits");
        assertThatThrownBy(() -> new ApiTokens(ApiTokens.newToken() + " ", ApiTokens.newToken())).hasMessageContaining("base64url");
        String same = ApiTokens.newToken();
        assertThatThrownBy(() -> new ApiTokens(same, same)).hasMessageContaining("differ");
        ApiTokens tokens = ApiTokens.generate();
        assertThat(tokens.withNewControlToken().readOnly()).isEqualTo(tokens.readOnly());
        assertThat(tokens.withNewControlToken().control()).isNotEqualTo(tokens.control());
    }

    @Test
    void theThrottleLetsFiveFailuresThroughThenDoublesItsPause() {
        AtomicLong now = new AtomicLong(1_000_000);
        FailureThrottle throttle = new FailureThrottle(now::get);
        for (int i = 1; i <= FailureThrottle.FREE_FAILURES; i++) {
            assertThat(throttle.failed("10.0.0.9")).isEqualTo(i);
            assertThat(throttle.waitMillis("10.0.0.9")).isZero();
        }
        throttle.failed("10.0.0.9");
        assertThat(throttle.waitMillis("10.0.0.9")).isEqualTo(1_000);
        assertThat(throttle.waitMillis("127.0.0.1")).as("another address is not slowed").isZero();
        now.addAndGet(1_000);
        assertThat(throttle.waitMillis("10.0.0.9")).isZero();
        throttle.failed("10.0.0.9");
        assertThat(throttle.waitMillis("10.0.0.9")).isEqualTo(2_000);
        assertThat(FailureThrottle.pauseMillis(9)).isEqualTo(8_000);
        assertThat(FailureThrottle.pauseMillis(60)).isEqualTo(FailureThrottle.LONGEST_PAUSE_MILLIS);
        throttle.succeeded("10.0.0.9");
        assertThat(throttle.waitMillis("10.0.0.9")).isZero();
    }

    @Test
    void onlyThisServersHostNamesAreAnswered() {
        HostCheck loopback = HostCheck.of(NetworkScope.LOOPBACK, 8765, java.util.Optional.of("studio.local"));
        assertThat(loopback.allows("127.0.0.1:8765")).isTrue();
        assertThat(loopback.allows("LOCALHOST:8765")).isTrue();
        assertThat(loopback.allows("[::1]:8765")).isTrue();
        assertThat(loopback.allows("studio.local:8765")).as("the LAN name only counts on the LAN").isFalse();
        assertThat(loopback.allows("127.0.0.1")).isFalse();
        assertThat(loopback.allows("127.0.0.1:8766")).isFalse();
        assertThat(loopback.allows("evil.example:8765")).isFalse();
        assertThat(loopback.allows("localhost.evil.example:8765")).isFalse();
        assertThat(loopback.allows(null)).isFalse();
        HostCheck lan = HostCheck.of(NetworkScope.LAN, 8765, java.util.Optional.of("studio.local"));
        assertThat(lan.allows("studio.local:8765")).isTrue();
        assertThat(lan.allows("evil.example:8765")).isFalse();
    }

    @Test
    void settingsRefuseAWildcardOriginAndABadPort() {
        assertThatThrownBy(() -> ApiSettings.loopback(0).withAllowedOrigins(java.util.List.of("*"))).hasMessageContaining("never");
        assertThatThrownBy(() -> ApiSettings.loopback(70_000)).hasMessageContaining("65535");
    }
}
