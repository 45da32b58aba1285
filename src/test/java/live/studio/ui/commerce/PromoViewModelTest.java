package live.studio.ui.commerce;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import live.studio.overlay.OverlaySlot;
import live.studio.show.CommandSource;
import live.studio.show.ShowCommand;
import live.studio.show.ShowController;
import live.studio.ui.shelf.ShowFixtures;
import live.studio.ui.shelf.ShowFixtures.ManualShowTime;
import org.junit.jupiter.api.Test;

class PromoViewModelTest {
    private final ManualShowTime time = new ManualShowTime();
    private final ShowController controller = new ShowController(ShowFixtures.catalog(), time);
    private final PromoViewModel promos = new PromoViewModel(new ShowActions(controller), time);

    {
        promos.refresh();
    }

    private PromoCodeRow row(String code) {
        return promos.rows().stream().filter(row -> row.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void listsTheCatalogsCodesWithWhatTheyGiveAndHowLongTheyHold() {
        assertThat(promos.rows()).extracting(PromoCodeRow::code).containsExactly("LIVE20", "NIGHT", "VIP");
        assertThat(row("LIVE20").discount()).isEqualTo("-20 % on everything");
        assertThat(row("LIVE20").validity()).isEqualTo("15 min");
        assertThat(row("NIGHT").validity()).isEqualTo("until 21:00");
        assertThat(row("VIP").validity()).isEqualTo("all show");
        assertThat(promos.rows()).noneMatch(PromoCodeRow::isOnAir);
    }

    @Test
    void showingACodeMarksItAndCountsItsTimeDown() {
        assertThat(promos.toggle(row("LIVE20"), CommandSource.WINDOW)).isTrue();

        assertThat(controller.state().onAir(OverlaySlot.PROMO_CODE)).isPresent();
        assertThat(row("LIVE20").isOnAir()).isTrue();
        assertThat(row("LIVE20").timeLeftProperty().get()).isEqualTo("15:00 left");
        time.advance(Duration.ofSeconds(75));
        promos.refresh();
        assertThat(row("LIVE20").timeLeftProperty().get()).isEqualTo("13:45 left");

        promos.toggle(row("LIVE20"), CommandSource.WINDOW);
        assertThat(controller.state().onAir(OverlaySlot.PROMO_CODE)).isEmpty();
        assertThat(row("LIVE20").isOnAir()).isFalse();
        assertThat(row("LIVE20").timeLeftProperty().get()).isEmpty();
    }

    @Test
    void aCodeWithoutExpirySaysSo() {
        promos.toggle(row("VIP"), CommandSource.WINDOW);
        assertThat(row("VIP").timeLeftProperty().get()).isEqualTo("no expiry");
    }

    @Test
    void theKeyShowsTheFirstCodeThenHidesWhicheverIsOnAir() throws Exception {
        promos.toggleFirst(CommandSource.SHORTCUT);
        assertThat(row("LIVE20").isOnAir()).isTrue();
        promos.toggleFirst(CommandSource.SHORTCUT);
        assertThat(controller.state().onAir(OverlaySlot.PROMO_CODE)).isEmpty();

        controller.execute(new ShowCommand.ShowPromo("night"), CommandSource.API);
        promos.refresh();
        assertThat(row("NIGHT").isOnAir()).as("a code shown by the API, in another case").isTrue();
        promos.toggleFirst(CommandSource.SHORTCUT);
        assertThat(controller.state().onAir(OverlaySlot.PROMO_CODE)).isEmpty();
    }

    @Test
    void anExpiredCodeLeavesTheAirAndItsRow() {
        promos.toggle(row("LIVE20"), CommandSource.WINDOW);
        time.advance(Duration.ofMinutes(15));
        controller.advance();
        promos.refresh();
        assertThat(row("LIVE20").isOnAir()).isFalse();
    }

    @Test
    void aCodeThatPassedItsTimeIsRefusedNextToTheList() {
        time.advance(Duration.ofHours(1).plusMinutes(1));
        assertThat(promos.toggle(row("NIGHT"), CommandSource.WINDOW)).isFalse();
        assertThat(promos.feedback().message()).startsWith("code: 21:00 has already passed today");
    }
}
