package live.studio.ui.shelf;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.image.Image;
import live.studio.catalog.Product;
import live.studio.overlay.StockLevel;
import live.studio.text.SafeText;
import live.studio.ui.common.Messages;

/**
 * One product on the shelf, as its tile shows it: thumbnail, title, price (the compare-at price struck through),
 * stock, short code, hotkey, and whether its card is on air. UI thread only; the shelf keeps it up to date.
 */
public final class ProductTile {
    private static final Messages TEXT = Messages.of(ProductTile.class);
    private static final int MAX_TITLE_GRAPHEMES = 80;
    private static final int MAX_TALKING_POINTS = 6;
    private static final int MAX_TALKING_POINT_GRAPHEMES = 160;

    private final String productId;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper price = new ReadOnlyStringWrapper(this, "price", "");
    private final ReadOnlyStringWrapper compareAtPrice = new ReadOnlyStringWrapper(this, "compareAtPrice", "");
    private final ReadOnlyStringWrapper stockText = new ReadOnlyStringWrapper(this, "stockText", "");
    private final ReadOnlyObjectWrapper<StockLevel> stockLevel = new ReadOnlyObjectWrapper<>(this, "stockLevel", StockLevel.NOT_TRACKED);
    private final ReadOnlyStringWrapper shortCode = new ReadOnlyStringWrapper(this, "shortCode", "");
    private final ReadOnlyStringWrapper hotkey = new ReadOnlyStringWrapper(this, "hotkey", "");
    private final ReadOnlyBooleanWrapper onAir = new ReadOnlyBooleanWrapper(this, "onAir");
    private final ReadOnlyObjectWrapper<Image> thumbnail = new ReadOnlyObjectWrapper<>(this, "thumbnail");
    private final ThumbnailLoader thumbnails;
    private Product product;
    private int position;
    private boolean thumbnailRequested;

    ProductTile(Product product, ThumbnailLoader thumbnails) {
        this.productId = product.id();
        this.thumbnails = thumbnails;
    }

    public String productId() {
        return productId;
    }

    /** 1-based place in the catalog. */
    public int position() {
        return position;
    }

    /** The host's notes (never on air), cleaned, a few at most. */
    public List<String> talkingPoints() {
        return product.talkingPoints().stream().limit(MAX_TALKING_POINTS)
                .map(point -> SafeText.singleLine(point, MAX_TALKING_POINT_GRAPHEMES)).toList();
    }

    public OptionalInt stock() {
        return product.stock();
    }

    void update(Product newProduct, int newPosition, String hotkeyText, Locale locale) {
        Product before = product;
        product = newProduct;
        position = newPosition;
        // Catalog text comes from outside: one cleaned line, bounded (the label wraps it on two lines at most).
        set(title, SafeText.singleLine(newProduct.title(), MAX_TITLE_GRAPHEMES));
        set(price, newProduct.price().format(locale));
        set(compareAtPrice, newProduct.compareAtPrice().filter(former -> former.isGreaterThan(newProduct.price()))
                .map(former -> former.format(locale)).orElse(""));
        StockLevel level = newProduct.stock().isPresent() ? StockLevel.of(newProduct.stock().getAsInt()) : StockLevel.NOT_TRACKED;
        stockLevel.set(level);
        set(stockText, switch (level) {
            case NOT_TRACKED -> "";
            case SOLD_OUT -> TEXT.text("tile.stock.sold-out");
            case LOW -> TEXT.text("tile.stock.low", newProduct.stock().getAsInt());
            case IN_STOCK -> TEXT.text("tile.stock.in-stock", newProduct.stock().getAsInt());
        });
        set(shortCode, "#" + SafeText.singleLine(newProduct.shortCode(), 12));
        set(hotkey, hotkeyText);
        if (before != null && !before.images().equals(newProduct.images())) {
            thumbnailRequested = false;
            thumbnail.set(null);
        }
    }

    void setOnAir(boolean shown) {
        onAir.set(shown);
    }

    /** Asks for the thumbnail once, when the tile is first shown: a shelf of 200 products reads only what is seen. */
    public void requestThumbnail() {
        if (thumbnailRequested || product.images().isEmpty()) {
            return;
        }
        thumbnailRequested = true;
        Product asked = product;
        thumbnails.request(asked.images().getFirst(), image -> {
            if (product.images().equals(asked.images())) {
                thumbnail.set(image);
            }
        });
    }

    private static void set(ReadOnlyStringWrapper property, String value) {
        if (!value.equals(property.get())) {
            property.set(value);
        }
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty priceProperty() {
        return price.getReadOnlyProperty();
    }

    /** The former price, higher than the price, or empty. */
    public ReadOnlyStringProperty compareAtPriceProperty() {
        return compareAtPrice.getReadOnlyProperty();
    }

    /** "Only 3 left", "Sold out", "14 in stock", or empty when stock is not tracked. */
    public ReadOnlyStringProperty stockTextProperty() {
        return stockText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<StockLevel> stockLevelProperty() {
        return stockLevel.getReadOnlyProperty();
    }

    /** "#12". */
    public ReadOnlyStringProperty shortCodeProperty() {
        return shortCode.getReadOnlyProperty();
    }

    /** The key that shows it ("1" to "9" as configured), or empty. */
    public ReadOnlyStringProperty hotkeyProperty() {
        return hotkey.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty onAirProperty() {
        return onAir.getReadOnlyProperty();
    }

    public boolean isOnAir() {
        return onAir.get();
    }

    /** Null until loaded (the tile shows its initials meanwhile). */
    public ReadOnlyObjectProperty<Image> thumbnailProperty() {
        return thumbnail.getReadOnlyProperty();
    }
}
