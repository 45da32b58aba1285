package live.studio.overlay;

/** The places on air a graphic can take; one graphic per slot at a time, bottom of the stack first. */
public enum OverlaySlot {
    BANNER,
    LOWER_THIRD,
    PINNED_COMMENT,
    STOCK_COUNTER,
    PRODUCT_CARD,
    PROMO_CODE,
    COUNTDOWN
}
