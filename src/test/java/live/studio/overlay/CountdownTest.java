package live.studio.overlay;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalLong;
import live.studio.overlay.OverlayContent.Countdown;
import live.studio.overlay.OverlayContent.PromoCode;
import org.junit.jupiter.api.Test;

class CountdownTest {

    private final OverlayRenderer renderer = OverlayRenderer.create(OverlayLayoutTest.theme("studio"),
            new Canvas(1920, 1080));

    private OverlayBitmap draw(long seconds, CountdownUrgency urgency) {
        return renderer.render(new Countdown("Flash sale ends in", seconds, urgency)).layers().getFirst().bitmap();
    }

    @Test
    void eachUrgencyLooksDifferent() {
        Map<CountdownUrgency, OverlayBitmap> drawn = new EnumMap<>(CountdownUrgency.class);
        for (CountdownUrgency urgency : CountdownUrgency.values()) {
            drawn.put(urgency, draw(42, urgency));
        }

        for (CountdownUrgency one : CountdownUrgency.values()) {
            for (CountdownUrgency other : CountdownUrgency.values()) {
                if (one.ordinal() < other.ordinal()) {
                    assertThat(Pixels.differences(drawn.get(one), drawn.get(other))).as("%s against %s", one, other)
                            .isGreaterThan(1_000);
                }
            }
        }
    }

    @Test
    void anEndedCountdownIsNotTheNormalOneAtZero() {
        assertThat(Pixels.differences(draw(0, CountdownUrgency.NORMAL), draw(0, CountdownUrgency.ENDED)))
                .isGreaterThan(1_000);
    }

    @Test
    void withoutAnUrgencyTheTimeLeftDecides() {
        assertThat(draw(5, null).pixels()).isEqualTo(draw(5, CountdownUrgency.FINAL_SECONDS).pixels());
        assertThat(draw(0, null).pixels()).isEqualTo(draw(0, CountdownUrgency.ENDED).pixels());
    }

    @Test
    void theTimeReadsAsMinutesAndSecondsOrHours() {
        assertThat(Captions.clock(299)).isEqualTo("04:59");
        assertThat(Captions.clock(0)).isEqualTo("00:00");
        assertThat(Captions.clock(-3)).isEqualTo("00:00");
        assertThat(Captions.clock(3 * 3600 + 25 * 60 + 7)).isEqualTo("3:25:07");
        assertThat(Captions.shortClock(570)).isEqualTo("9:30");
        assertThat(Captions.shortClock(Long.MAX_VALUE)).endsWith(":07");
    }

    @Test
    void aPromoCodeShowsItsExpiryOnlyWhenItHasOne() {
        OverlayBitmap timed = renderer.render(new PromoCode("SPRING20", "20 % off", OptionalLong.of(59)))
                .layers().getFirst().bitmap();
        OverlayBitmap open = renderer.render(new PromoCode("SPRING20", "20 % off", OptionalLong.empty()))
                .layers().getFirst().bitmap();

        assertThat(Pixels.differences(timed, open)).isGreaterThan(200);
    }
}
