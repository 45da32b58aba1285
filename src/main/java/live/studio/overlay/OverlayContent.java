package live.studio.overlay;

import java.awt.image.BufferedImage;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a graphic shows, as plain values. Text here may come from outside (catalog files, chat): the renderer cleans it
 * with {@code live.studio.text.SafeText} before drawing. Prices arrive formatted (currency and locale are the
 * catalog's business).
 */
public sealed interface OverlayContent {

    OverlaySlot slot();

    /**
     * The product card: image, title, price with the compare-at price struck through, stock, QR code, short code.
     *
     * @param discount the badge over the picture, formatted ("−30 %"); empty shows no badge
     */
    record ProductCard(String title, String price, Optional<String> compareAtPrice, StockLevel stockLevel,
            int stockQuantity, Optional<BufferedImage> image, Optional<String> buyUrl, Optional<String> shortLink,
            String shortCode, Optional<String> discount) implements OverlayContent {

        /** A card without a discount badge. */
        public ProductCard(String title, String price, Optional<String> compareAtPrice, StockLevel stockLevel,
                int stockQuantity, Optional<BufferedImage> image, Optional<String> buyUrl, Optional<String> shortLink,
                String shortCode) {
            this(title, price, compareAtPrice, stockLevel, stockQuantity, image, buyUrl, shortLink, shortCode,
                    Optional.empty());
        }

        public OverlaySlot slot() {
            return OverlaySlot.PRODUCT_CARD;
        }
    }

    /** A flash-sale countdown showing {@code remainingSeconds}; at ENDED it reads "Deal over". */
    record Countdown(String label, long remainingSeconds, CountdownUrgency urgency) implements OverlayContent {
        public OverlaySlot slot() {
            return OverlaySlot.COUNTDOWN;
        }
    }

    /** A promo code, large and legible, with the discount and its own time left (empty: no expiry). */
    record PromoCode(String code, String discount, OptionalLong remainingSeconds) implements OverlayContent {
        public OverlaySlot slot() {
            return OverlaySlot.PROMO_CODE;
        }
    }

    /** The host's name and role. */
    record LowerThird(String name, String role) implements OverlayContent {
        public OverlaySlot slot() {
            return OverlaySlot.LOWER_THIRD;
        }
    }

    /** A scrolling ticker along the canvas. */
    record Banner(String text) implements OverlayContent {
        public OverlaySlot slot() {
            return OverlaySlot.BANNER;
        }
    }

    /** A viewer's comment put on air, with the platform it came from ("twitch", "youtube", "irc", ...). */
    record PinnedComment(String author, String text, String platform) implements OverlayContent {
        public OverlaySlot slot() {
            return OverlaySlot.PINNED_COMMENT;
        }
    }

    /** A live stock counter for one product ("7 left"); at 0 it reads "Sold out". */
    record StockCounter(String productTitle, int stockQuantity) implements OverlayContent {
        public OverlaySlot slot() {
            return OverlaySlot.STOCK_COUNTER;
        }
    }
}
