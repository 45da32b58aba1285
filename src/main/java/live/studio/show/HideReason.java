package live.studio.show;

/** Why a graphic left the air. */
public enum HideReason {
    COMMAND,
    HIDE_ALL,
    /** A promo code whose time ran out. */
    EXPIRED,
    /** A countdown that ended and showed "Deal over". */
    COUNTDOWN_ENDED,
    /** Its product left the catalog. */
    CATALOG_CHANGED
}
