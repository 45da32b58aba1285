package live.studio.show;

import java.awt.image.BufferedImage;
import java.net.URI;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import live.studio.catalog.Catalog;
import live.studio.catalog.Money;
import live.studio.catalog.Product;
import live.studio.catalog.PromoCode;
import live.studio.overlay.CountdownUrgency;
import live.studio.overlay.OverlayContent;
import live.studio.overlay.StockLevel;

/**
 * Turns what is on air ({@link Graphic}: references and times) into what a graphic shows at one moment
 * ({@link OverlayContent}: formatted prices, the countdown's seconds, the stock now), and says when that changes next.
 */
final class GraphicContent {
    static final String DEFAULT_COUNTDOWN_LABEL = "Flash sale ends in";
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final Locale locale;
    private final Function<Path, Optional<BufferedImage>> images;

    /** @param images a product image by path (loaded, checked, cached by the caller) */
    GraphicContent(Locale locale, Function<Path, Optional<BufferedImage>> images) {
        this.locale = locale;
        this.images = images;
    }

    /** What {@code graphic} shows at {@code nowNanos}; empty when what it refers to is gone. */
    Optional<OverlayContent> contentOf(Graphic graphic, Catalog catalog, long nowNanos) {
        return switch (graphic) {
            case Graphic.ProductCard card -> catalog.product(card.productId()).map(this::productCard);
            case Graphic.Countdown countdown -> {
                long remaining = countdown.ended() ? 0 : remainingSeconds(countdown.endsAtNanos(), nowNanos);
                String label = countdown.label().isEmpty() ? DEFAULT_COUNTDOWN_LABEL : countdown.label();
                yield Optional.of(new OverlayContent.Countdown(label, remaining,
                        countdown.ended() ? CountdownUrgency.ENDED : CountdownUrgency.at(remaining)));
            }
            case Graphic.PromoCode promo -> catalog.promoCode(promo.code()).map(code -> promoCode(code, promo, nowNanos));
            case Graphic.LowerThird lowerThird ->
                    Optional.of(new OverlayContent.LowerThird(lowerThird.hostName(), lowerThird.role()));
            case Graphic.Banner banner -> Optional.of(new OverlayContent.Banner(banner.text()));
            case Graphic.PinnedComment comment ->
                    Optional.of(new OverlayContent.PinnedComment(comment.author(), comment.text(), comment.platform()));
            case Graphic.StockCounter counter -> catalog.product(counter.productId()).map(product ->
                    new OverlayContent.StockCounter(product.title(), product.stock().orElse(0)));
        };
    }

    /** The next media time at which {@link #contentOf} gives something else for {@code graphic} by itself. */
    static long nextChangeNanos(Graphic graphic, long nowNanos) {
        long endsAt = switch (graphic) {
            case Graphic.Countdown countdown when !countdown.ended() -> countdown.endsAtNanos();
            case Graphic.PromoCode promo when promo.expiresAtNanos() != Graphic.PromoCode.NO_EXPIRY ->
                    promo.expiresAtNanos();
            default -> Long.MAX_VALUE;
        };
        if (endsAt == Long.MAX_VALUE || endsAt <= nowNanos) {
            return Long.MAX_VALUE;
        }
        // The shown seconds drop when the time left crosses a whole second.
        long remainingNanos = endsAt - nowNanos;
        long intoSecond = Math.floorMod(remainingNanos, NANOS_PER_SECOND);
        return nowNanos + (intoSecond == 0 ? NANOS_PER_SECOND : intoSecond);
    }

    static long remainingSeconds(long endsAtNanos, long nowNanos) {
        return Math.max(0, Math.ceilDiv(endsAtNanos - nowNanos, NANOS_PER_SECOND));
    }

    OverlayContent.ProductCard productCard(Product product) {
        Optional<String> compareAt = product.compareAtPrice().filter(price -> price.isGreaterThan(product.price()))
                .map(this::format);
        StockLevel stockLevel = product.stock().isPresent() ? StockLevel.of(product.stock().getAsInt())
                : StockLevel.NOT_TRACKED;
        Optional<BufferedImage> image = product.images().stream().findFirst().flatMap(images);
        return new OverlayContent.ProductCard(product.title(), format(product.price()), compareAt, stockLevel,
                product.stock().orElse(0), image, product.buyUrl().map(URI::toString),
                product.buyUrl().map(GraphicContent::shortLink), product.shortCode(), discount(product));
    }

    /** "−25 %" (in the show's locale) when the compare-at price is higher by at least one per cent. */
    private Optional<String> discount(Product product) {
        return product.compareAtPrice().filter(price -> price.isGreaterThan(product.price())).flatMap(compareAt -> {
            double fraction = compareAt.amount().subtract(product.price().amount())
                    .divide(compareAt.amount(), 4, java.math.RoundingMode.HALF_UP).doubleValue();
            if (fraction < 0.01) {
                return Optional.empty();
            }
            NumberFormat percent = NumberFormat.getPercentInstance(locale);
            return Optional.of(percent.format(-fraction).replace('-', '−'));
        });
    }

    private OverlayContent.PromoCode promoCode(PromoCode code, Graphic.PromoCode onAir, long nowNanos) {
        OptionalLong remaining = onAir.expiresAtNanos() == Graphic.PromoCode.NO_EXPIRY ? OptionalLong.empty()
                : OptionalLong.of(remainingSeconds(onAir.expiresAtNanos(), nowNanos));
        return new OverlayContent.PromoCode(code.code(), code.discountText(), remaining);
    }

    private String format(Money money) {
        return money.format(locale);
    }

    /** "shop.example/p/aero" for https://www.shop.example/p/aero?utm=live: what a viewer can read and type. */
    static String shortLink(URI url) {
        String host = url.getHost() == null ? "" : url.getHost().replaceFirst("^www\\.", "");
        String path = url.getPath() == null || url.getPath().equals("/") ? "" : url.getPath();
        return host + path;
    }
}
