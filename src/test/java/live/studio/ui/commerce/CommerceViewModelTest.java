package live.studio.ui.commerce;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import live.studio.show.CommandSource;
import live.studio.show.ShowCommand;
import live.studio.show.ShowController;
import live.studio.show.ShowEvent;
import live.studio.ui.shelf.ShowFixtures;
import live.studio.ui.shelf.ShowFixtures.ManualShowTime;
import org.junit.jupiter.api.Test;

class CommerceViewModelTest {
    private final ManualShowTime time = new ManualShowTime();
    private final ShowController controller = new ShowController(ShowFixtures.catalog(), time);
    private final CommerceViewModel commerce = new CommerceViewModel(new ShowActions(controller), time, ZoneId.of("Europe/Paris"));
    private final List<ShowEvent> events = new ArrayList<>();

    {
        controller.subscribe(event -> {
            if (CommerceViewModel.worthTelling(event)) {
                events.add(event);
            }
        });
    }

    @Test
    void hideAllEmptiesTheAirAndEveryControlFollows() throws Exception {
        commerce.banner().textProperty().set("Free shipping");
        commerce.banner().show(CommandSource.WINDOW);
        commerce.countdown().start(CommandSource.WINDOW);
        controller.execute(new ShowCommand.ShowPromo("VIP"), CommandSource.API);
        commerce.refresh();
        assertThat(controller.state().onAir()).hasSize(3);

        assertThat(commerce.hideAll(CommandSource.SHORTCUT)).isTrue();

        assertThat(controller.state().onAir()).isEmpty();
        assertThat(commerce.banner().onAirProperty().get()).isFalse();
        assertThat(commerce.countdown().phaseProperty().get()).isEqualTo(CountdownPhase.IDLE);
        assertThat(commerce.promos().rows()).noneMatch(PromoCodeRow::isOnAir);
    }

    @Test
    void theActivityLineSaysWhatHappenedAndWhoAsked() throws Exception {
        controller.execute(new ShowCommand.ShowProduct("#12"), CommandSource.API);
        controller.execute(new ShowCommand.ShowBanner("Tonight \u202Eonly\u202C\u0007"), CommandSource.SHORTCUT);

        assertThat(events).hasSize(2);
        commerce.tell(events.get(0));
        assertThat(commerce.lastActivityProperty().get()).isEqualTo("20:00:10  API · product.show #12");
        commerce.tell(events.get(1));
        assertThat(commerce.lastActivityProperty().get()).as("outside text cleaned: no bidi override, no bell")
                .startsWith("20:00:10  Key · banner.show Tonight").doesNotContain("\u202E", "\u0007");
    }
}
