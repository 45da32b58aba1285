package live.studio.catalog;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import live.studio.catalog.document.Position;

/**
 * A product as read from one place in a file, before the checks across products (duplicate ids and short codes)
 * and before a short code is given to those that have none.
 */
record ProductEntry(String id, Position idPosition, String idField, String title, Money price,
        Optional<Money> compareAtPrice, List<Path> images, OptionalInt stock, Optional<URI> buyUrl,
        Optional<String> shortCode, Position shortCodePosition, String shortCodeField, List<Variant> variants,
        List<String> talkingPoints) {

    Product toProduct(String assignedShortCode) {
        return new Product(id, title, price, compareAtPrice, images, stock, buyUrl, assignedShortCode, variants,
                talkingPoints);
    }
}
