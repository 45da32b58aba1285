package live.studio.show;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import live.studio.catalog.Catalog;
import live.studio.catalog.Money;
import live.studio.catalog.Product;
import live.studio.catalog.PromoCode;
import live.studio.catalog.PromoValidity;
import live.studio.overlay.CountdownUrgency;
import live.studio.overlay.OverlayContent;
import live.studio.overlay.OverlaySlot;
import live.studio.overlay.StockLevel;
import org.junit.jupiter.api.Test;

class ShowControllerTest {
    private static final long SECOND = 1_000_000_000L;

    /** A clock the test moves by hand: media time and the wall clock move together. */
    static final class ManualTime implements ShowTime {
        private long nanos = 10 * SECOND;
        private final ZonedDateTime wallAtZero = ZonedDateTime.of(2026, 11, 21, 20, 0, 0, 0, ZoneId.of("Europe/Paris"));

        @Override
        public long nanos() {
            return nanos;
        }

        @Override
        public ZonedDateTime wallNow() {
            return wallAtZero.plusNanos(nanos);
        }

        void advance(Duration duration) {
            nanos += duration.toNanos();
        }
    }

    static Product product(String id, String shortCode, String price, OptionalInt stock) {
        return new Product(id, "Product " + id, Money.of(price, "EUR"), Optional.of(Money.of("99.00", "EUR")),
                List.of(), stock, Optional.of(URI.create("https://www.shop.example/p/" + id + "?utm=live")),
                shortCode, List.of(), List.of());
    }

    static Catalog catalog() {
        return new Catalog(
                List.of(product("aero", "11", "89.00", OptionalInt.of(14)),
                        product("mug", "12", "19.90", OptionalInt.of(3)),
                        product("tote", "13", "149.00", OptionalInt.empty())),
                List.of(new PromoCode("LIVE20", "20 % off everything", new PromoValidity.ForDuration(Duration.ofMinutes(15)), List.of()),
                        new PromoCode("NIGHT", "Free shipping", new PromoValidity.Until(LocalTime.of(21, 0)), List.of()),
                        new PromoCode("VIP", "10 % off", new PromoValidity.Always(), List.of())));
    }

    private final ManualTime time = new ManualTime();
    private final ShowController controller = new ShowController(catalog(), time);
    private final List<ShowEvent> events = new CopyOnWriteArrayList<>();
    private final GraphicContent contents = new GraphicContent(Locale.FRANCE, path -> Optional.empty());

    {
        controller.subscribe(events::add);
    }

    private void run(String name, Map<String, ?> arguments) throws CommandException {
        controller.execute(ShowCommands.parse(name, arguments), CommandSource.API);
    }

    private OverlayContent content(OverlaySlot slot) {
        ShowState state = controller.state();
        return contents.contentOf(state.onAir(slot).orElseThrow(), state.catalog(), time.nanos()).orElseThrow();
    }

    @Test
    void showsAProductByIdOrShortCodeAndPublishesEvents() throws CommandException {
        run("product.show", Map.of("product", "#12"));
        assertThat(controller.state().onAir(OverlaySlot.PRODUCT_CARD)).contains(new Graphic.ProductCard("mug"));
        OverlayContent.ProductCard card = (OverlayContent.ProductCard) content(OverlaySlot.PRODUCT_CARD);
        assertThat(card.price()).isEqualTo("19,90\u00a0€");
        assertThat(card.compareAtPrice()).contains("99,00\u00a0€");
        assertThat(card.stockLevel()).isEqualTo(StockLevel.LOW);
        assertThat(card.shortLink()).contains("shop.example/p/mug");
        assertThat(card.discount()).contains("\u221280\u00a0%"); // 19.90 instead of 99.00
        assertThat(events).extracting(ShowEvent::type).containsExactly("overlay.shown", "command.executed");
        assertThat(events).extracting(ShowEvent::sequence).containsExactly(1L, 2L);

        run("product.show", Map.of("product", "aero"));
        assertThat(controller.state().onAir(OverlaySlot.PRODUCT_CARD)).contains(new Graphic.ProductCard("aero"));
    }

    @Test
    void unknownProductIsRefusedAndNothingChanges() {
        assertThatThrownBy(() -> run("product.show", Map.of("product", "#99")))
                .isInstanceOfSatisfying(CommandException.class, e -> {
                    assertThat(e.field()).isEqualTo("product");
                    assertThat(e.getMessage()).contains("no product \"#99\"");
                });
        assertThat(controller.state().onAir()).isEmpty();
        assertThat(events).isEmpty();
    }

    @Test
    void nextProductFollowsCatalogOrderAndWraps() throws CommandException {
        run("product.next", Map.of());
        run("product.next", Map.of());
        assertThat(controller.state().lastProductId()).contains("mug");
        run("product.show", Map.of("product", "tote"));
        run("product.next", Map.of());
        assertThat(controller.state().lastProductId()).contains("aero");
    }

    @Test
    void countdownGoesThroughItsUrgencyStatesThenDealOverThenHides() throws CommandException {
        run("countdown.start", Map.of("seconds", 75, "label", "Flash sale"));
        assertThat(((OverlayContent.Countdown) content(OverlaySlot.COUNTDOWN)).urgency()).isEqualTo(CountdownUrgency.NORMAL);
        time.advance(Duration.ofSeconds(15).plusMillis(1));
        OverlayContent.Countdown lastMinute = (OverlayContent.Countdown) content(OverlaySlot.COUNTDOWN);
        assertThat(lastMinute.remainingSeconds()).isEqualTo(60);
        assertThat(lastMinute.urgency()).isEqualTo(CountdownUrgency.LAST_MINUTE);
        time.advance(Duration.ofSeconds(50));
        assertThat(((OverlayContent.Countdown) content(OverlaySlot.COUNTDOWN)).urgency())
                .isEqualTo(CountdownUrgency.FINAL_SECONDS);
        time.advance(Duration.ofSeconds(10));
        controller.advance();
        OverlayContent.Countdown ended = (OverlayContent.Countdown) content(OverlaySlot.COUNTDOWN);
        assertThat(ended.urgency()).isEqualTo(CountdownUrgency.ENDED);
        assertThat(events).extracting(ShowEvent::type).contains("countdown.ended");
        time.advance(ShowController.DEAL_OVER_HOLD);
        controller.advance();
        assertThat(controller.state().onAir(OverlaySlot.COUNTDOWN)).isEmpty();
        assertThat(events.getLast()).isInstanceOfSatisfying(ShowEvent.OverlayHidden.class,
                hidden -> assertThat(hidden.reason()).isEqualTo(HideReason.COUNTDOWN_ENDED));
    }

    @Test
    void countdownEndActionShowsTheNextProduct() throws CommandException {
        run("product.show", Map.of("product", "aero"));
        run("countdown.start", Map.of("seconds", 30, "endAction", "nextProduct"));
        time.advance(Duration.ofSeconds(30));
        controller.advance();
        assertThat(controller.state().onAir(OverlaySlot.PRODUCT_CARD)).contains(new Graphic.ProductCard("mug"));
    }

    @Test
    void countdownEndActionRevealsThePromoCode() throws CommandException {
        run("countdown.start", Map.of("seconds", 30, "endAction", "revealPromo", "promo", "live20"));
        assertThat(controller.state().onAir(OverlaySlot.PROMO_CODE)).isEmpty();
        time.advance(Duration.ofSeconds(30));
        controller.advance();
        assertThat(controller.state().onAir(OverlaySlot.PROMO_CODE)).get()
                .isInstanceOfSatisfying(Graphic.PromoCode.class, promo -> assertThat(promo.code()).isEqualTo("LIVE20"));
    }

    @Test
    void revealingAnUnknownPromoIsRefusedAtStart() {
        assertThatThrownBy(() -> run("countdown.start", Map.of("seconds", 30, "endAction", "revealPromo", "promo", "NOPE")))
                .isInstanceOfSatisfying(CommandException.class, e -> assertThat(e.field()).isEqualTo("promo"));
    }

    @Test
    void countdownToATimeOfDayAndAdjustments() throws CommandException {
        run("countdown.start", Map.of("until", "20:05"));
        assertThat(controller.countdownRemainingSeconds()).contains(290L); // the wall clock reads 20:00:10
        run("countdown.adjust", Map.of("seconds", 60));
        assertThat(controller.countdownRemainingSeconds()).contains(350L);
        run("countdown.adjust", Map.of("seconds", -1000));
        controller.advance();
        assertThat(controller.countdownRemainingSeconds()).contains(0L);
        assertThat(events).extracting(ShowEvent::type).contains("countdown.ended");
        assertThatThrownBy(() -> run("countdown.adjust", Map.of("seconds", 10)))
                .isInstanceOfSatisfying(CommandException.class, e -> assertThat(e.getMessage()).contains("no countdown"));
    }

    @Test
    void aTimeOfDayThatHasPassedIsRefused() {
        assertThatThrownBy(() -> run("countdown.start", Map.of("until", "19:30")))
                .isInstanceOfSatisfying(CommandException.class, e -> {
                    assertThat(e.field()).isEqualTo("until");
                    assertThat(e.getMessage()).contains("has already passed");
                });
    }

    @Test
    void promoCodesShowTheirTimeLeftAndHideThemselvesAtExpiry() throws CommandException {
        run("promo.show", Map.of("code", "LIVE20"));
        assertThat(((OverlayContent.PromoCode) content(OverlaySlot.PROMO_CODE)).remainingSeconds()).hasValue(900);
        time.advance(Duration.ofMinutes(15).minusSeconds(1));
        assertThat(controller.advance()).isEqualTo(time.nanos() + SECOND);
        assertThat(((OverlayContent.PromoCode) content(OverlaySlot.PROMO_CODE)).remainingSeconds()).hasValue(1);
        time.advance(Duration.ofSeconds(1));
        controller.advance();
        assertThat(controller.state().onAir(OverlaySlot.PROMO_CODE)).isEmpty();
        assertThat(events.getLast()).isInstanceOfSatisfying(ShowEvent.OverlayHidden.class,
                hidden -> assertThat(hidden.reason()).isEqualTo(HideReason.EXPIRED));
    }

    @Test
    void promoValidUntilATimeOfDayAndAlways() throws CommandException {
        run("promo.show", Map.of("code", "night"));
        assertThat(((OverlayContent.PromoCode) content(OverlaySlot.PROMO_CODE)).remainingSeconds()).hasValue(3590);
        run("promo.show", Map.of("code", "VIP"));
        assertThat(((OverlayContent.PromoCode) content(OverlaySlot.PROMO_CODE)).remainingSeconds()).isEmpty();
        time.advance(Duration.ofHours(1));
        assertThatThrownBy(() -> run("promo.show", Map.of("code", "NIGHT")))
                .isInstanceOfSatisfying(CommandException.class, e -> assertThat(e.getMessage()).contains("already passed"));
    }

    @Test
    void stockChangesFlowIntoTheCardAndTheCounter() throws CommandException {
        run("product.show", Map.of("product", "aero"));
        run("stock.show", Map.of("product", "aero"));
        run("stock.set", Map.of("product", "#11", "stock", 0));
        assertThat(((OverlayContent.ProductCard) content(OverlaySlot.PRODUCT_CARD)).stockLevel()).isEqualTo(StockLevel.SOLD_OUT);
        assertThat(((OverlayContent.StockCounter) content(OverlaySlot.STOCK_COUNTER)).stockQuantity()).isZero();
        assertThat(events).anySatisfy(event -> assertThat(event).isEqualTo(
                new ShowEvent.StockChanged(event.sequence(), event.epochMillis(), "aero", 0)));
        assertThatThrownBy(() -> run("stock.show", Map.of("product", "tote")))
                .isInstanceOfSatisfying(CommandException.class, e -> assertThat(e.getMessage()).contains("no stock count"));
    }

    @Test
    void hideAllTakesEveryGraphicOff() throws CommandException {
        run("product.show", Map.of("product", "aero"));
        run("banner.show", Map.of("text", "Free shipping"));
        run("lowerThird.show", Map.of("name", "Camille", "role", "Host"));
        run("comment.pin", Map.of("author", "marie", "text", "Size 38?"));
        events.clear();
        run("overlay.hideAll", Map.of());
        assertThat(controller.state().onAir()).isEmpty();
        assertThat(events).filteredOn(ShowEvent.OverlayHidden.class::isInstance).hasSize(4)
                .allSatisfy(event -> assertThat(((ShowEvent.OverlayHidden) event).reason()).isEqualTo(HideReason.HIDE_ALL));
    }

    @Test
    void aNewCatalogTakesMissingProductsOffAir() throws CommandException {
        run("product.show", Map.of("product", "mug"));
        controller.setCatalog(new Catalog(List.of(product("aero", "11", "89.00", OptionalInt.of(1))), List.of()));
        assertThat(controller.state().onAir(OverlaySlot.PRODUCT_CARD)).isEmpty();
    }

    @Test
    void countdownDigitsChangeOnWholeSeconds() {
        long endsAt = 100 * SECOND;
        assertThat(GraphicContent.nextChangeNanos(new Graphic.Countdown("", endsAt, EndAction.HIDE, Optional.empty(), false),
                95 * SECOND + 300_000_000L)).isEqualTo(96 * SECOND);
        assertThat(GraphicContent.nextChangeNanos(new Graphic.Countdown("", endsAt, EndAction.HIDE, Optional.empty(), false),
                95 * SECOND)).isEqualTo(96 * SECOND);
        assertThat(GraphicContent.remainingSeconds(endsAt, 95 * SECOND + 1)).isEqualTo(5);
    }
}
