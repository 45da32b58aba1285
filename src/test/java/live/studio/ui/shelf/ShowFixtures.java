package live.studio.ui.shelf;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import live.studio.catalog.Catalog;
import live.studio.catalog.Money;
import live.studio.catalog.Product;
import live.studio.catalog.PromoCode;
import live.studio.catalog.PromoValidity;
import live.studio.overlay.Canvas;
import live.studio.overlay.Entrance;
import live.studio.overlay.MotionStyle;
import live.studio.overlay.OverlayBitmap;
import live.studio.overlay.OverlayContent;
import live.studio.overlay.OverlayLayer;
import live.studio.overlay.OverlayRenderer;
import live.studio.overlay.OverlaySlot;
import live.studio.overlay.RenderedOverlay;
import live.studio.show.ShowTime;

/** A small show for the window's tests: a catalog, a clock moved by hand, a renderer that draws plain boxes. */
public final class ShowFixtures {
    private static final long SECOND_NANOS = 1_000_000_000L;
    /** The wall clock at media time zero: 20:00 in Paris, so "until 21:00" is ahead and "until 19:00" has passed. */
    public static final ZonedDateTime WALL_AT_ZERO = ZonedDateTime.of(2026, 11, 21, 20, 0, 0, 0, ZoneId.of("Europe/Paris"));

    private ShowFixtures() {
    }

    /** Media time and the wall clock move together, only when the test says. */
    public static final class ManualShowTime implements ShowTime {
        private long nanos = 10 * SECOND_NANOS;

        @Override
        public long nanos() {
            return nanos;
        }

        @Override
        public ZonedDateTime wallNow() {
            return WALL_AT_ZERO.plusNanos(nanos);
        }

        public void advance(Duration duration) {
            nanos += duration.toNanos();
        }
    }

    public static Product product(String id, String title, String shortCode, String price, Optional<String> compareAt,
                                  OptionalInt stock, List<Path> images) {
        return new Product(id, title, Money.of(price, "EUR"), compareAt.map(amount -> Money.of(amount, "EUR")), images,
                stock, Optional.of(URI.create("https://shop.example/p/" + id)), shortCode, List.of(),
                List.of("Talk about " + title));
    }

    /** Three products (in stock, low stock, untracked) and three promo codes (15 min, until 21:00, always). */
    public static Catalog catalog() {
        return new Catalog(
                List.of(product("aero", "Aero runner", "11", "89.00", Optional.of("119.00"), OptionalInt.of(14), List.of()),
                        product("mug", "Stoneware mug", "12", "19.90", Optional.empty(), OptionalInt.of(3), List.of()),
                        product("tote", "Leather tote", "13", "149.00", Optional.of("99.00"), OptionalInt.empty(), List.of())),
                List.of(new PromoCode("LIVE20", "-20 % on everything", new PromoValidity.ForDuration(Duration.ofMinutes(15)), List.of()),
                        new PromoCode("NIGHT", "Free shipping", new PromoValidity.Until(LocalTime.of(21, 0)), List.of()),
                        new PromoCode("VIP", "-10 %", new PromoValidity.Always(), List.of())));
    }

    /** {@code count} products, each with stock and a short code 100, 101, ...; no pictures. */
    public static Catalog manyProducts(int count) {
        List<Product> products = new ArrayList<>();
        for (int index = 0; index < count; index++) {
            products.add(product("item-" + index, "Item number " + index, String.valueOf(100 + index), "10.00",
                    Optional.empty(), OptionalInt.of(index % 7), List.of()));
        }
        return new Catalog(products, List.of());
    }

    /**
     * Draws each graphic as a solid square of its slot's colour ({@link #colourOf}) at its slot's place
     * ({@link #placeOf}), so a test can find it in the program picture.
     */
    public static final class BoxRenderer implements OverlayRenderer {
        public static final int SIDE = 48;
        private final Canvas canvas;

        public BoxRenderer(Canvas canvas) {
            this.canvas = canvas;
        }

        @Override
        public RenderedOverlay render(OverlayContent content) {
            int[] pixels = new int[SIDE * SIDE];
            Arrays.fill(pixels, colourOf(content.slot()));
            int[] place = placeOf(content.slot());
            return new RenderedOverlay(content.slot(), List.of(OverlayLayer.fixed(new OverlayBitmap(SIDE, SIDE, pixels),
                    place[0], place[1])), new Entrance(MotionStyle.FADE, 0));
        }

        @Override
        public Canvas canvas() {
            return canvas;
        }

        @Override
        public live.studio.overlay.Region region(OverlaySlot slot) {
            int[] place = placeOf(slot);
            return new live.studio.overlay.Region(place[0], place[1], SIDE, SIDE);
        }

        /** Opaque colours the test pattern does not use. */
        public static int colourOf(OverlaySlot slot) {
            return 0xFF000000 | (0x21 + 0x1F * slot.ordinal()) << 16 | 0xD7 << 8 | (0x93 - 0x11 * slot.ordinal());
        }

        /** Top-left corner of each slot's square, in a row along the canvas's middle. */
        public static int[] placeOf(OverlaySlot slot) {
            return new int[] {16 + slot.ordinal() * (SIDE + 8), 150};
        }
    }
}
