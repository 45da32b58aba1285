package live.studio.show.runsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SegmentDurationsTest {

    @Test
    void readsTheShowFileFormsAndTheClockForms() {
        assertThat(SegmentDurations.parse("6m")).isEqualTo(Duration.ofMinutes(6));
        assertThat(SegmentDurations.parse(" 90s ")).isEqualTo(Duration.ofSeconds(90));
        assertThat(SegmentDurations.parse("1h30m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(SegmentDurations.parse("PT6M")).isEqualTo(Duration.ofMinutes(6));
        assertThat(SegmentDurations.parse("1:30")).isEqualTo(Duration.ofSeconds(90));
        assertThat(SegmentDurations.parse("75:00")).isEqualTo(Duration.ofMinutes(75));
        assertThat(SegmentDurations.parse("1:05:00")).isEqualTo(Duration.ofMinutes(65));
        assertThat(SegmentDurations.parse("0:00")).isZero();
    }

    @Test
    void refusesWhatIsNotADurationSayingWhatToWrite() {
        assertThatThrownBy(() -> SegmentDurations.parse("6 minutes")).hasMessage(
                "\"6 minutes\" is not a duration: write it like " + SegmentDurations.FORMS);
        assertThatThrownBy(() -> SegmentDurations.parse("1:75")).hasMessageContaining("seconds and minutes go up to 59");
        assertThatThrownBy(() -> SegmentDurations.parse("1:60:00")).hasMessageContaining("up to 59");
        assertThatThrownBy(() -> SegmentDurations.parse("")).hasMessageStartingWith("a duration is empty");
        assertThatThrownBy(() -> SegmentDurations.parse("6")).hasMessageContaining("is not a duration");
        assertThatThrownBy(() -> SegmentDurations.parse("-5m")).hasMessageContaining("is not a duration");
        assertThatThrownBy(() -> SegmentDurations.parse("13h")).hasMessage("\"13h\" is longer than 12 hours: a segment is shorter");
    }

    @Test
    void writesAClockAndOverUnderWithItsSign() {
        assertThat(SegmentDurations.format(Duration.ofSeconds(45))).isEqualTo("0:45");
        assertThat(SegmentDurations.format(Duration.ofMinutes(6))).isEqualTo("6:00");
        assertThat(SegmentDurations.format(Duration.ofMinutes(65))).isEqualTo("1:05:00");
        assertThat(SegmentDurations.format(Duration.ofSeconds(-83))).isEqualTo("-1:23");
        assertThat(SegmentDurations.signed(Duration.ofSeconds(90))).isEqualTo("+1:30");
        assertThat(SegmentDurations.signed(Duration.ofSeconds(-90))).isEqualTo("-1:30");
        assertThat(SegmentDurations.signed(Duration.ofMillis(400))).isEqualTo("0:00");
        for (String text : new String[] {"0:45", "6:00", "1:05:00"}) {
            assertThat(SegmentDurations.format(SegmentDurations.parse(text))).isEqualTo(text);
        }
    }
}
