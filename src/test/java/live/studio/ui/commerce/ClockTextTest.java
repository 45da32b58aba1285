package live.studio.ui.commerce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ClockTextTest {
    @Test
    void remainingTimeReadsLikeAClock() {
        assertThat(ClockText.remaining(0)).isEqualTo("0:00");
        assertThat(ClockText.remaining(7)).isEqualTo("0:07");
        assertThat(ClockText.remaining(299)).isEqualTo("4:59");
        assertThat(ClockText.remaining(3600)).isEqualTo("1:00:00");
        assertThat(ClockText.remaining(-3)).isEqualTo("0:00");
    }

    @Test
    void lengthsAreTypedAsMinutesAndSecondsOrWithUnits() {
        assertThat(ClockText.length("2:30")).isEqualTo(Duration.ofSeconds(150));
        assertThat(ClockText.length(" 1:00:05 ")).isEqualTo(Duration.ofSeconds(3605));
        assertThat(ClockText.length("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(ClockText.length("1h30m")).isEqualTo(Duration.ofMinutes(90));
        assertThatThrownBy(() -> ClockText.length("2:75")).hasMessageContaining("75 seconds");
        assertThatThrownBy(() -> ClockText.length("5")).hasMessage("\"5\" has no unit: write 2:30, 90s or 5m");
        assertThatThrownBy(() -> ClockText.length("soon")).hasMessageStartingWith("\"soon\" is not a length");
    }

    @Test
    void lengthsAreDescribedShortly() {
        assertThat(ClockText.describe(Duration.ofSeconds(45))).isEqualTo("45 s");
        assertThat(ClockText.describe(Duration.ofMinutes(15))).isEqualTo("15 min");
        assertThat(ClockText.describe(Duration.ofMinutes(90))).isEqualTo("1 h 30 min");
        assertThat(ClockText.describe(Duration.ofHours(2))).isEqualTo("2 h");
        assertThat(ClockText.describe(Duration.ofSeconds(150))).isEqualTo("2:30");
    }
}
