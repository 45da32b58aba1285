package live.studio.catalog;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A product the host can put on screen.
 *
 * @param compareAtPrice the former price, shown struck through; only ever higher than {@code price} when read from a file
 * @param images         picture files, absolute or relative to the working folder, first one on the card
 * @param stock          units left; empty = not tracked (the card then never says "Only N left" or "Sold out")
 * @param shortCode      what viewers type after '#' in the chat to ask for it ("12" for #12), without the '#'
 * @param talkingPoints  notes for the host, never on air
 */
public record Product(String id, String title, Money price, Optional<Money> compareAtPrice, List<Path> images,
        OptionalInt stock, Optional<URI> buyUrl, String shortCode, List<Variant> variants, List<String> talkingPoints) {

    public Product {
        Variant.requireText(id, "product id");
        Variant.requireText(title, "product title");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(compareAtPrice, "compareAtPrice");
        Objects.requireNonNull(stock, "stock");
        Objects.requireNonNull(buyUrl, "buyUrl");
        Variant.requireText(shortCode, "short code");
        images = List.copyOf(images);
        variants = List.copyOf(variants);
        talkingPoints = List.copyOf(talkingPoints);
        if (price.amount().signum() < 0) {
            throw new IllegalArgumentException("product " + id + " has a negative price " + price);
        }
        compareAtPrice.ifPresent(former -> {
            if (!former.currency().equals(price.currency())) {
                throw new IllegalArgumentException("product " + id + ": compare-at price " + former
                        + " is not in the price's currency " + price.currency());
            }
        });
        if (stock.isPresent() && stock.getAsInt() < 0) {
            throw new IllegalArgumentException("product " + id + " has a negative stock " + stock.getAsInt());
        }
        if (shortCode.startsWith("#")) {
            throw new IllegalArgumentException("short code '" + shortCode + "' is stored without its '#'");
        }
    }

    /** The same product with {@code stock} units left (a live stock update). */
    public Product withStock(int stock) {
        return new Product(id, title, price, compareAtPrice, images, OptionalInt.of(stock), buyUrl, shortCode,
                variants, talkingPoints);
    }

    /** True when stock is tracked and none is left. */
    public boolean soldOut() {
        return stock.isPresent() && stock.getAsInt() == 0;
    }
}
