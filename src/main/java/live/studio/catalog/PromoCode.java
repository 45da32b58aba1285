package live.studio.catalog;

import java.util.List;
import java.util.Objects;

/**
 * A code viewers type at checkout. {@code discountText} is shown as written ("-20 %", "Free delivery");
 * {@code productIds} empty means the whole shop.
 */
public record PromoCode(String code, String discountText, PromoValidity validity, List<String> productIds) {
    public PromoCode {
        Variant.requireText(code, "promo code");
        Variant.requireText(discountText, "discount text");
        Objects.requireNonNull(validity, "validity");
        productIds = List.copyOf(productIds);
    }

    public boolean appliesTo(String productId) {
        return productIds.isEmpty() || productIds.contains(productId);
    }
}
