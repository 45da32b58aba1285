package live.studio.overlay;

/** What the product card says about stock. */
public enum StockLevel {
    NOT_TRACKED,
    IN_STOCK,
    LOW,
    SOLD_OUT;

    /** At or below this many left the card says "Only N left". */
    public static final int LOW_STOCK_THRESHOLD = 5;

    public static StockLevel of(int quantity) {
        if (quantity <= 0) {
            return SOLD_OUT;
        }
        return quantity <= LOW_STOCK_THRESHOLD ? LOW : IN_STOCK;
    }
}
