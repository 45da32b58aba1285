package live.studio.ui.shelf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import live.studio.catalog.ProductImages;
import live.studio.overlay.OverlaySlot;
import live.studio.show.CommandSource;
import live.studio.show.Graphic;
import live.studio.show.ShowCommand;
import live.studio.show.ShowController;
import live.studio.show.ShowEvent;
import live.studio.ui.commerce.CountdownPhase;
import live.studio.ui.commerce.ShortcutAction;
import live.studio.ui.commerce.ShortcutMap;
import live.studio.ui.shelf.ShowFixtures.ManualShowTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The desk follows the controller from other threads through hand-offs, and turns keys into commands. */
class ShowDeskTest {
    private final HandOffUiThread ui = new HandOffUiThread();
    private final ManualShowTime time = new ManualShowTime();
    private final ShowController controller = new ShowController(ShowFixtures.catalog(), time);
    private final ShowDesk desk = new ShowDesk(controller, time, ui.uiThread(),
            new ThumbnailLoader(Runnable::run, ui.uiThread(), ProductImages::load), ShortcutMap.defaults(), Locale.US,
            ZoneId.of("Europe/Paris"));
    private final List<ShowEvent> events = new CopyOnWriteArrayList<>();

    {
        controller.subscribe(events::add);
        desk.start();
        desk.refresh();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private void onOtherThread(ShowCommand command) throws InterruptedException {
        Thread api = Thread.ofPlatform().name("api").start(() -> {
            try {
                controller.execute(command, CommandSource.API);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        api.join();
    }

    @Test
    void aCommandFromAnotherThreadReachesTheShelfOnlyThroughTheUiThreadAsOneRefresh() throws Exception {
        onOtherThread(new ShowCommand.ShowProduct("aero"));
        onOtherThread(new ShowCommand.ShowBanner("Tonight only"));
        onOtherThread(new ShowCommand.ShowProduct("mug"));

        ProductTile mug = desk.shelf().tiles().get(1);
        assertThat(mug.isOnAir()).as("nothing touched off the UI thread").isFalse();
        assertThat(ui.pending()).as("one coalesced refresh and one activity hand-off").isEqualTo(2);

        ui.runPending();

        assertThat(mug.isOnAir()).isTrue();
        assertThat(desk.shelf().tiles().getFirst().isOnAir()).isFalse();
        assertThat(desk.commerce().banner().onAirProperty().get()).isTrue();
        assertThat(desk.commerce().lastActivityProperty().get()).endsWith("API · product.show mug");
    }

    @Test
    void productKeysShowAndHideAsShortcuts() {
        desk.perform(ShortcutAction.PRODUCT_2);
        assertThat(controller.state().onAir(OverlaySlot.PRODUCT_CARD)).contains(new Graphic.ProductCard("mug"));
        assertThat(events).filteredOn(ShowEvent.CommandExecuted.class::isInstance).last()
                .satisfies(event -> assertThat(((ShowEvent.CommandExecuted) event).source()).isEqualTo(CommandSource.SHORTCUT));
        assertThat(desk.shelf().tiles().get(1).isOnAir()).isTrue();

        desk.perform(ShortcutAction.PRODUCT_2);
        assertThat(controller.state().onAir(OverlaySlot.PRODUCT_CARD)).isEmpty();

        desk.perform(ShortcutAction.NEXT_PRODUCT);
        assertThat(controller.state().onAir(OverlaySlot.PRODUCT_CARD)).contains(new Graphic.ProductCard("tote"));
        desk.perform(ShortcutAction.HIDE_PRODUCT);
        assertThat(controller.state().onAir(OverlaySlot.PRODUCT_CARD)).isEmpty();
    }

    @Test
    void everyOtherKeyDoesWhatTheShortcutsPageSays() {
        desk.commerce().lowerThird().nameProperty().set("Camille");
        desk.commerce().banner().textProperty().set("Free shipping");

        desk.perform(ShortcutAction.START_COUNTDOWN);
        desk.perform(ShortcutAction.TOGGLE_PROMO);
        desk.perform(ShortcutAction.TOGGLE_LOWER_THIRD);
        desk.perform(ShortcutAction.TOGGLE_BANNER);
        desk.perform(ShortcutAction.PRODUCT_1);
        assertThat(controller.state().onAir().keySet()).containsExactlyInAnyOrder(OverlaySlot.COUNTDOWN,
                OverlaySlot.PROMO_CODE, OverlaySlot.LOWER_THIRD, OverlaySlot.BANNER, OverlaySlot.PRODUCT_CARD);

        desk.perform(ShortcutAction.STOP_COUNTDOWN);
        assertThat(desk.commerce().countdown().phaseProperty().get()).isEqualTo(CountdownPhase.IDLE);
        desk.perform(ShortcutAction.HIDE_ALL);
        assertThat(controller.state().onAir()).isEmpty();
        assertThat(desk.shelf().tiles()).noneMatch(ProductTile::isOnAir);
        assertThat(events).filteredOn(ShowEvent.CommandExecuted.class::isInstance)
                .allSatisfy(event -> assertThat(((ShowEvent.CommandExecuted) event).source()).isEqualTo(CommandSource.SHORTCUT));
    }

    @Test
    void afterCloseTheDeskNoLongerFollows() throws Exception {
        desk.close();
        onOtherThread(new ShowCommand.ShowProduct("aero"));
        ui.runPending();
        assertThat(desk.shelf().tiles().getFirst().isOnAir()).isFalse();
    }
}
