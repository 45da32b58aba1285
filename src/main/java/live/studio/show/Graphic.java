package live.studio.show;

import java.util.Optional;
import live.studio.overlay.OverlaySlot;

/**
 * What is on air in one slot, as the show controller knows it: references and times, not pixels. The overlay
 * director turns each into drawable content at the moment it draws (a countdown's digits follow the clock).
 */
public sealed interface Graphic {

    OverlaySlot slot();

    /** A short text for logs, events and the API: the product id, the promo code, the banner text. */
    String describe();

    record ProductCard(String productId) implements Graphic {
        public OverlaySlot slot() {
            return OverlaySlot.PRODUCT_CARD;
        }

        public String describe() {
            return productId;
        }
    }

    /**
     * A countdown ending at {@code endsAtNanos} (media time); once ended it reads "Deal over" until the controller
     * hides it.
     */
    record Countdown(String label, long endsAtNanos, EndAction endAction, Optional<String> promo, boolean ended)
            implements Graphic {
        public OverlaySlot slot() {
            return OverlaySlot.COUNTDOWN;
        }

        public String describe() {
            return label.isEmpty() ? "countdown" : label;
        }

        Countdown endingAt(long nanos) {
            return new Countdown(label, nanos, endAction, promo, ended);
        }

        Countdown asEnded() {
            return new Countdown(label, endsAtNanos, endAction, promo, true);
        }
    }

    /** A promo code; {@code expiresAtNanos} is {@link #NO_EXPIRY} for a code valid all show. */
    record PromoCode(String code, long expiresAtNanos) implements Graphic {
        public static final long NO_EXPIRY = Long.MAX_VALUE;

        public OverlaySlot slot() {
            return OverlaySlot.PROMO_CODE;
        }

        public String describe() {
            return code;
        }
    }

    record LowerThird(String hostName, String role) implements Graphic {
        public OverlaySlot slot() {
            return OverlaySlot.LOWER_THIRD;
        }

        public String describe() {
            return hostName;
        }
    }

    record Banner(String text) implements Graphic {
        public OverlaySlot slot() {
            return OverlaySlot.BANNER;
        }

        public String describe() {
            return text;
        }
    }

    record PinnedComment(String author, String text, String platform) implements Graphic {
        public OverlaySlot slot() {
            return OverlaySlot.PINNED_COMMENT;
        }

        public String describe() {
            return author;
        }
    }

    record StockCounter(String productId) implements Graphic {
        public OverlaySlot slot() {
            return OverlaySlot.STOCK_COUNTER;
        }

        public String describe() {
            return productId;
        }
    }
}
