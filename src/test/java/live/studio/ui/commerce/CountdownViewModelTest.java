package live.studio.ui.commerce;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import live.studio.overlay.CountdownUrgency;
import live.studio.overlay.OverlaySlot;
import live.studio.show.CommandSource;
import live.studio.show.EndAction;
import live.studio.show.Graphic;
import live.studio.show.ShowCommand;
import live.studio.show.ShowController;
import live.studio.show.ShowEvent;
import live.studio.ui.shelf.ShowFixtures;
import live.studio.ui.shelf.ShowFixtures.ManualShowTime;
import org.junit.jupiter.api.Test;

/** The countdown's controls over a real show controller on a clock the test moves. */
class CountdownViewModelTest {
    private final ManualShowTime time = new ManualShowTime();
    private final ShowController controller = new ShowController(ShowFixtures.catalog(), time);
    private final CountdownViewModel countdown = new CountdownViewModel(new ShowActions(controller));
    private final List<ShowEvent> events = new CopyOnWriteArrayList<>();

    {
        controller.subscribe(events::add);
    }

    private Graphic.Countdown onAir() {
        return (Graphic.Countdown) controller.state().onAir(OverlaySlot.COUNTDOWN).orElseThrow();
    }

    @Test
    void idleItShowsTheLengthStartWouldGive() {
        assertThat(countdown.lengthProperty().get()).isEqualTo(CountdownLength.FIVE_MINUTES);
        assertThat(countdown.displayProperty().get()).isEqualTo("5:00");
        countdown.lengthProperty().set(CountdownLength.TEN_MINUTES);
        assertThat(countdown.displayProperty().get()).isEqualTo("10:00");
        countdown.lengthProperty().set(CountdownLength.CUSTOM);
        countdown.customLengthProperty().set("90s");
        assertThat(countdown.displayProperty().get()).isEqualTo("1:30");
        countdown.customLengthProperty().set("soon");
        assertThat(countdown.displayProperty().get()).isEqualTo(CountdownViewModel.NO_TIME);
        countdown.lengthProperty().set(CountdownLength.UNTIL_TIME);
        countdown.untilTimeProperty().set("21:30");
        assertThat(countdown.displayProperty().get()).isEqualTo("→ 21:30");
    }

    @Test
    void aPresetStartsAndTheRemainingTimeFollowsTheClock() {
        countdown.lengthProperty().set(CountdownLength.THREE_MINUTES);
        countdown.labelProperty().set("Flash sale");

        assertThat(countdown.start(CommandSource.WINDOW)).isTrue();

        assertThat(onAir().label()).isEqualTo("Flash sale");
        assertThat(onAir().endsAtNanos()).isEqualTo(time.nanos() + Duration.ofMinutes(3).toNanos());
        assertThat(events).filteredOn(ShowEvent.CommandExecuted.class::isInstance).singleElement()
                .satisfies(event -> assertThat(((ShowEvent.CommandExecuted) event).source()).isEqualTo(CommandSource.WINDOW));
        assertThat(countdown.phaseProperty().get()).isEqualTo(CountdownPhase.RUNNING);
        assertThat(countdown.displayProperty().get()).isEqualTo("3:00");

        time.advance(Duration.ofSeconds(61));
        countdown.refresh();
        assertThat(countdown.displayProperty().get()).isEqualTo("1:59");
        assertThat(countdown.urgencyProperty().get()).isEqualTo(CountdownUrgency.NORMAL);
        time.advance(Duration.ofSeconds(60));
        countdown.refresh();
        assertThat(countdown.displayProperty().get()).isEqualTo("0:59");
        assertThat(countdown.urgencyProperty().get()).isEqualTo(CountdownUrgency.LAST_MINUTE);
    }

    @Test
    void plusAndMinusThirtySecondsMoveTheEnd() {
        countdown.start(CommandSource.WINDOW);
        long endsAt = onAir().endsAtNanos();

        countdown.adjust(CountdownViewModel.NUDGE, CommandSource.WINDOW);
        assertThat(onAir().endsAtNanos()).isEqualTo(endsAt + Duration.ofSeconds(30).toNanos());
        assertThat(countdown.displayProperty().get()).isEqualTo("5:30");
        countdown.adjust(CountdownViewModel.NUDGE.negated(), CommandSource.WINDOW);
        countdown.adjust(CountdownViewModel.NUDGE.negated(), CommandSource.WINDOW);
        assertThat(countdown.displayProperty().get()).isEqualTo("4:30");
    }

    @Test
    void stopTakesItOffAirAndTheDisplayShowsTheLengthAgain() {
        countdown.start(CommandSource.WINDOW);
        time.advance(Duration.ofSeconds(20));

        countdown.stop(CommandSource.WINDOW);

        assertThat(controller.state().onAir(OverlaySlot.COUNTDOWN)).isEmpty();
        assertThat(countdown.phaseProperty().get()).isEqualTo(CountdownPhase.IDLE);
        assertThat(countdown.displayProperty().get()).isEqualTo("5:00");
    }

    @Test
    void aCustomLengthIsReadAsMinutesAndSecondsOrWithUnits() {
        countdown.lengthProperty().set(CountdownLength.CUSTOM);
        countdown.customLengthProperty().set("2:30");
        countdown.start(CommandSource.WINDOW);
        assertThat(onAir().endsAtNanos() - time.nanos()).isEqualTo(Duration.ofSeconds(150).toNanos());
    }

    @Test
    void anUnreadableCustomLengthIsRefusedNextToTheControlAndNothingGoesOnAir() {
        countdown.lengthProperty().set(CountdownLength.CUSTOM);
        countdown.customLengthProperty().set("5");

        assertThat(countdown.start(CommandSource.WINDOW)).isFalse();

        assertThat(countdown.feedback().message()).isEqualTo("Custom length: \"5\" has no unit: write 2:30, 90s or 5m");
        assertThat(controller.state().onAir()).isEmpty();
        assertThat(events).isEmpty();
    }

    @Test
    void aTimeOfDayAlreadyPassedIsRefusedWithTheControllersMessage() {
        countdown.lengthProperty().set(CountdownLength.UNTIL_TIME);
        countdown.untilTimeProperty().set("19:00");

        assertThat(countdown.start(CommandSource.WINDOW)).isFalse();

        assertThat(countdown.feedback().message()).isEqualTo("until: 19:00 has already passed today (it is 20:00:10)");
        assertThat(controller.state().onAir()).isEmpty();

        countdown.untilTimeProperty().set("21:00");
        assertThat(countdown.start(CommandSource.WINDOW)).isTrue();
        assertThat(countdown.feedback().message()).as("a command that runs clears the message").isEmpty();
        assertThat(countdown.displayProperty().get()).isEqualTo("59:50");
    }

    @Test
    void aZeroLengthIsRefusedByTheParserNamingTheField() {
        countdown.lengthProperty().set(CountdownLength.CUSTOM);
        countdown.customLengthProperty().set("0s");
        assertThat(countdown.start(CommandSource.WINDOW)).isFalse();
        assertThat(countdown.feedback().message()).isEqualTo("seconds: must be 1 to 86400, got 0");
    }

    @Test
    void revealPromoOffersTheCatalogsCodesAndSendsTheChosenOne() {
        countdown.refresh();
        assertThat(countdown.promoCodes()).containsExactly("LIVE20", "NIGHT", "VIP");
        assertThat(countdown.revealedPromoProperty().get()).isEqualTo("LIVE20");
        countdown.endActionProperty().set(EndAction.REVEAL_PROMO);
        countdown.revealedPromoProperty().set("VIP");
        countdown.lengthProperty().set(CountdownLength.ONE_MINUTE);

        countdown.start(CommandSource.WINDOW);
        time.advance(Duration.ofMinutes(1));
        controller.advance();
        countdown.refresh();

        assertThat(controller.state().onAir(OverlaySlot.PROMO_CODE)).get()
                .isInstanceOfSatisfying(Graphic.PromoCode.class, promo -> assertThat(promo.code()).isEqualTo("VIP"));
        assertThat(countdown.phaseProperty().get()).isEqualTo(CountdownPhase.ENDED);
        assertThat(countdown.displayProperty().get()).isEqualTo("DEAL OVER");
        assertThat(countdown.urgencyProperty().get()).isEqualTo(CountdownUrgency.ENDED);
    }

    @Test
    void theKeyStartsOnlyWhenNoneRunsSoAStrayPressNeverRestartsASale() {
        assertThat(countdown.startUnlessRunning(CommandSource.SHORTCUT)).isTrue();
        long endsAt = onAir().endsAtNanos();
        time.advance(Duration.ofSeconds(40));

        assertThat(countdown.startUnlessRunning(CommandSource.SHORTCUT)).isFalse();

        assertThat(onAir().endsAtNanos()).isEqualTo(endsAt);
        assertThat(countdown.feedback().message()).contains("already running");
    }

    @Test
    void aCountdownStartedElsewhereShowsUpOnRefresh() throws Exception {
        controller.execute(new ShowCommand.StartCountdown(java.util.Optional.of(Duration.ofSeconds(42)),
                java.util.Optional.empty(), "", EndAction.HIDE, java.util.Optional.empty()), CommandSource.API);
        countdown.refresh();
        assertThat(countdown.phaseProperty().get()).isEqualTo(CountdownPhase.RUNNING);
        assertThat(countdown.displayProperty().get()).isEqualTo("0:42");
        assertThat(countdown.urgencyProperty().get()).isEqualTo(CountdownUrgency.LAST_MINUTE);
    }
}
