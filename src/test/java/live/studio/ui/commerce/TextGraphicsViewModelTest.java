package live.studio.ui.commerce;

import static org.assertj.core.api.Assertions.assertThat;

import live.studio.overlay.OverlaySlot;
import live.studio.show.CommandSource;
import live.studio.show.Graphic;
import live.studio.show.ShowCommand;
import live.studio.show.ShowController;
import live.studio.ui.shelf.ShowFixtures;
import live.studio.ui.shelf.ShowFixtures.ManualShowTime;
import org.junit.jupiter.api.Test;

/** The lower third and the banner: what the fields say goes on air; an empty field is refused with the parser's words. */
class TextGraphicsViewModelTest {
    private final ShowController controller = new ShowController(ShowFixtures.catalog(), new ManualShowTime());
    private final ShowActions actions = new ShowActions(controller);

    @Test
    void theLowerThirdShowsTheNameAndRoleAndTogglesOff() {
        LowerThirdViewModel lowerThird = new LowerThirdViewModel(actions);
        lowerThird.nameProperty().set("Camille Laurent");
        lowerThird.roleProperty().set("Host");

        lowerThird.toggle(CommandSource.SHORTCUT);
        assertThat(controller.state().onAir(OverlaySlot.LOWER_THIRD)).contains(new Graphic.LowerThird("Camille Laurent", "Host"));
        assertThat(lowerThird.onAirProperty().get()).isTrue();

        lowerThird.roleProperty().set("Founder");
        lowerThird.show(CommandSource.WINDOW);
        assertThat(controller.state().onAir(OverlaySlot.LOWER_THIRD)).contains(new Graphic.LowerThird("Camille Laurent", "Founder"));

        lowerThird.toggle(CommandSource.SHORTCUT);
        assertThat(controller.state().onAir(OverlaySlot.LOWER_THIRD)).isEmpty();
        assertThat(lowerThird.onAirProperty().get()).isFalse();
    }

    @Test
    void aLowerThirdWithoutANameIsRefusedNamingTheField() {
        LowerThirdViewModel lowerThird = new LowerThirdViewModel(actions);
        lowerThird.roleProperty().set("Host");

        assertThat(lowerThird.toggle(CommandSource.WINDOW)).isFalse();

        assertThat(lowerThird.feedback().message()).isEqualTo("name: missing; the name, e.g. \"Camille Laurent\"");
        assertThat(controller.state().onAir()).isEmpty();
    }

    @Test
    void theBannerShowsItsTextAndFollowsTheApi() throws Exception {
        BannerViewModel banner = new BannerViewModel(actions);
        banner.textProperty().set("Free shipping tonight");
        banner.toggle(CommandSource.WINDOW);
        assertThat(controller.state().onAir(OverlaySlot.BANNER)).contains(new Graphic.Banner("Free shipping tonight"));

        controller.execute(new ShowCommand.HideBanner(), CommandSource.API);
        banner.refresh();
        assertThat(banner.onAirProperty().get()).isFalse();
    }

    @Test
    void anEmptyBannerIsRefused() {
        BannerViewModel banner = new BannerViewModel(actions);
        assertThat(banner.show(CommandSource.WINDOW)).isFalse();
        assertThat(banner.feedback().message()).isEqualTo("text: missing; the banner's text");
    }
}
