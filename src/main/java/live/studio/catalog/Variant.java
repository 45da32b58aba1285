package live.studio.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One orderable version of a product (a size, a colour). Options keep their order ("Size" before "Colour"). An empty
 * price means the product's price; an empty stock means not tracked.
 */
public record Variant(String id, String title, Map<String, String> options, Optional<Money> price, OptionalInt stock) {
    public Variant {
        requireText(id, "variant id");
        requireText(title, "variant title");
        Objects.requireNonNull(options, "options");
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(stock, "stock");
        price.ifPresent(money -> {
            if (money.amount().signum() < 0) {
                throw new IllegalArgumentException("variant " + id + " has a negative price " + money);
            }
        });
        if (stock.isPresent() && stock.getAsInt() < 0) {
            throw new IllegalArgumentException("variant " + id + " has a negative stock " + stock.getAsInt());
        }
    }

    static void requireText(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
    }
}
