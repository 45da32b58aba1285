package live.studio.chat;

/** The viewer commands the studio counts and attributes to products. */
public enum CommandKind {
    /** {@code !buy}, {@code !buy 12}, {@code !buy #12}: wants it. */
    BUY("!buy"),
    /** {@code !price}: asks the price. */
    PRICE("!price"),
    /** {@code !code}: asks the promo code (answered automatically when sending is configured). */
    CODE("!code"),
    /** {@code #12} anywhere in a message: points at a product by its short code. */
    SHORT_CODE("#N");

    private final String written;

    CommandKind(String written) {
        this.written = written;
    }

    /** As a viewer types it. */
    public String written() {
        return written;
    }
}
