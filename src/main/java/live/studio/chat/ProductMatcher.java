package live.studio.chat;

import java.util.List;
import java.util.Optional;

/**
 * How chat finds products in messages, without knowing the catalog: the composition root wires it to the catalog
 * ({@code Catalog.productByShortCode}, product titles); {@link CatalogProductMatcher} does the matching for a list of
 * products.
 */
public interface ProductMatcher {
    /** No catalog: no product is ever recognised. */
    ProductMatcher NONE = new ProductMatcher() {
        @Override
        public Optional<ProductRef> byShortCode(int shortCode) {
            return Optional.empty();
        }

        @Override
        public List<ProductRef> mentionedIn(String text) {
            return List.of();
        }
    };

    /** The product with this short code ({@code #12} → 12). */
    Optional<ProductRef> byShortCode(int shortCode);

    /** The products whose names the message mentions, first mentioned first. */
    List<ProductRef> mentionedIn(String text);
}
