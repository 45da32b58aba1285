package live.studio.ui.runsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import live.studio.catalog.Catalog;
import live.studio.show.CommandSource;
import live.studio.show.ShowController;
import live.studio.ui.commerce.ShowActions;
import org.junit.jupiter.api.Test;

class HostViewModelTest {
    private final ShowController controller = new ShowController(Catalog.empty(), new live.studio.ui.shelf.ShowFixtures.ManualShowTime());
    private final HostViewModel host = new HostViewModel(new ShowActions(controller));

    @Test
    void showsTheSegmentOnAirWhatComesNextAndTheNextCue() {
        host.update(RunTimingTest.show(), RunTimingTest.running("demo", Duration.ofSeconds(10),
                Map.of("opening", Duration.ofSeconds(100)), Set.of()));

        assertThat(host.segmentTitleProperty().get()).isEqualTo("Sneaker demo");
        assertThat(host.segmentPositionProperty().get()).isEqualTo("Segment 2 of 3");
        assertThat(host.nextSegmentProperty().get()).isEqualTo("Next: Flash sale · 3:00");
        assertThat(host.timeLeftProperty().get()).isEqualTo("5:50");
        assertThat(host.overTimeProperty().get()).isFalse();
        assertThat(host.nextCueProperty().get()).isEqualTo("Sneaker card — in 0:20");
        assertThat(host.goCueProperty().get()).isEqualTo("promo.show code=LIVE20");
        assertThat(host.overUnderProperty().get()).isEqualTo("+0:20");
        assertThat(host.lateProperty().get()).isFalse();
    }

    @Test
    void overTimeTheTimeLeftIsNegativeAndTheShowLate() {
        host.update(RunTimingTest.show(), RunTimingTest.running("demo", Duration.ofSeconds(400),
                Map.of("opening", Duration.ofSeconds(120)), Set.of("card", "promo")));

        assertThat(host.timeLeftProperty().get()).isEqualTo("-0:40");
        assertThat(host.overTimeProperty().get()).isTrue();
        assertThat(host.overUnderProperty().get()).isEqualTo("-0:40");
        assertThat(host.lateProperty().get()).isTrue();
        assertThat(host.nextCueProperty().get()).isEqualTo("No more cues in this segment");
    }

    @Test
    void beforeTheStartItSaysSoAndTheFirstSegmentComesNext() {
        host.update(RunTimingTest.show(), RunProgress.notStarted(RunTimingTest.NOW));

        assertThat(host.segmentTitleProperty().get()).isEqualTo("Not started");
        assertThat(host.nextSegmentProperty().get()).isEqualTo("Next: Opening · 2:00");
        assertThat(host.timeLeftProperty().get()).isEmpty();
        assertThat(host.overUnderProperty().get()).isEmpty();
        assertThat(host.underWayProperty().get()).isFalse();
    }

    @Test
    void theScriptSizeStaysWithinItsBounds() {
        for (int step = 0; step < 40; step++) {
            host.biggerText();
        }
        assertThat(host.textSizeProperty().get()).isEqualTo(HostViewModel.MAX_TEXT_SIZE);
        for (int step = 0; step < 40; step++) {
            host.smallerText();
        }
        assertThat(host.textSizeProperty().get()).isEqualTo(HostViewModel.MIN_TEXT_SIZE);
    }

    @Test
    void goIsSentToTheControllerAndItsRefusalShown() {
        assertThat(host.goNextCue(CommandSource.SHORTCUT)).contains(
                "No run-sheet is loaded in this studio: open a show file first");
        assertThat(host.messageProperty().get()).isEqualTo("No run-sheet is loaded in this studio: open a show file first");
    }
}
