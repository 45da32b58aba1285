package live.studio.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationTextTest {
    @Test
    void readsTheCompactAndIsoForms() {
        assertThat(DurationText.parse("15m")).isEqualTo(Duration.ofMinutes(15));
        assertThat(DurationText.parse("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(DurationText.parse("1h30m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(DurationText.parse(" 1h 30m 15s ")).isEqualTo(Duration.ofSeconds(5415));
        assertThat(DurationText.parse("2H")).isEqualTo(Duration.ofHours(2));
        assertThat(DurationText.parse("10min")).isEqualTo(Duration.ofMinutes(10));
        assertThat(DurationText.parse("PT15M")).isEqualTo(Duration.ofMinutes(15));
        assertThat(DurationText.parse("pt1h30m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(DurationText.parse("0s")).isZero();
    }

    @Test
    void refusesWhatCouldBeMisread() {
        for (String text : new String[] {"15", "", "  ", "1h1h", "30m1h", "15 minutes", "500ms", "-5m", "PT-5M", "P1X",
                "1,5h", "h"}) {
            assertThatThrownBy(() -> DurationText.parse(text)).as(text).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageMatching(".*(is not a duration: write it like 15m, 90s, 1h30m or PT15M|is empty|is negative).*");
        }
        assertThatThrownBy(() -> DurationText.parse("15")).hasMessage("\"15\" is not a duration: write it like 15m, "
                + "90s, 1h30m or PT15M");
    }

    @Test
    void formatsTheShortestCompactForm() {
        assertThat(DurationText.format(Duration.ofMinutes(90))).isEqualTo("1h30m");
        assertThat(DurationText.format(Duration.ofSeconds(90))).isEqualTo("1m30s");
        assertThat(DurationText.format(Duration.ofMinutes(15))).isEqualTo("15m");
        assertThat(DurationText.format(Duration.ZERO)).isEqualTo("0s");
        assertThat(DurationText.parse(DurationText.format(Duration.ofSeconds(3725)))).isEqualTo(Duration.ofSeconds(3725));
    }
}
