package live.studio.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The products and promo codes of a show. Ids, short codes and promo codes (ignoring case) are unique; the readers
 * keep the first of duplicates and report the others. Immutable: a stock change gives a new catalog.
 */
public record Catalog(List<Product> products, List<PromoCode> promoCodes) {
    private static final Catalog EMPTY = new Catalog(List.of(), List.of());

    public Catalog {
        products = List.copyOf(products);
        promoCodes = List.copyOf(promoCodes);
        Set<String> ids = new HashSet<>();
        Set<String> shortCodes = new HashSet<>();
        for (Product product : products) {
            if (!ids.add(product.id())) {
                throw new IllegalArgumentException("two products have the id " + product.id());
            }
            if (!shortCodes.add(normalisedShortCode(product.shortCode()))) {
                throw new IllegalArgumentException("two products have the short code #" + product.shortCode());
            }
        }
        Set<String> codes = new HashSet<>();
        for (PromoCode promo : promoCodes) {
            if (!codes.add(promo.code().toUpperCase(Locale.ROOT))) {
                throw new IllegalArgumentException("two promo codes are " + promo.code());
            }
        }
    }

    public static Catalog empty() {
        return EMPTY;
    }

    public Optional<Product> product(String id) {
        return products.stream().filter(product -> product.id().equals(id)).findFirst();
    }

    /** "12", "#12" and " #12 " find the product whose short code is 12; letters match ignoring case. */
    public Optional<Product> productByShortCode(String shortCodeWithOrWithoutHash) {
        String wanted = normalisedShortCode(shortCodeWithOrWithoutHash);
        return products.stream().filter(product -> normalisedShortCode(product.shortCode()).equals(wanted)).findFirst();
    }

    /** The promo code, ignoring case: viewers and hosts type "flash20" as often as "FLASH20". */
    public Optional<PromoCode> promoCode(String code) {
        String wanted = code.strip();
        return promoCodes.stream().filter(promo -> promo.code().equalsIgnoreCase(wanted)).findFirst();
    }

    /** The catalog with {@code productId}'s stock set to {@code stock}; an unknown id is a mistake of the caller. */
    public Catalog withStock(String productId, int stock) {
        List<Product> updated = new ArrayList<>(products.size());
        boolean found = false;
        for (Product product : products) {
            if (product.id().equals(productId)) {
                updated.add(product.withStock(stock));
                found = true;
            } else {
                updated.add(product);
            }
        }
        if (!found) {
            throw new IllegalArgumentException("no product with the id '" + productId + "' in the catalog");
        }
        return new Catalog(updated, promoCodes);
    }

    static String normalisedShortCode(String shortCode) {
        String stripped = shortCode.strip();
        if (stripped.startsWith("#")) {
            stripped = stripped.substring(1).strip();
        }
        return stripped.toUpperCase(Locale.ROOT);
    }
}
