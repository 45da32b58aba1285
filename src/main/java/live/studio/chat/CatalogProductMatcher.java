package live.studio.chat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds products by short code and by name: a product is mentioned when one of its names appears whole, as words
 * ("the denim jacket in black" mentions "Denim Jacket"; "the jacket" does not), ignoring case and accents.
 * Give each product its title and any other names it goes by (the title in another language, a nickname).
 */
public final class CatalogProductMatcher implements ProductMatcher {
    private final Map<Integer, ProductRef> byShortCode = new HashMap<>();
    private final Map<String, ProductRef> byFoldedName = new LinkedHashMap<>();

    private CatalogProductMatcher() {
    }

    /** One product and the names it is called by (its title is always one). */
    public record Entry(ProductRef product, List<String> otherNames) {
    }

    public static CatalogProductMatcher of(List<Entry> entries) {
        CatalogProductMatcher matcher = new CatalogProductMatcher();
        for (Entry entry : entries) {
            ProductRef product = entry.product();
            if (product.shortCode() > 0) {
                matcher.byShortCode.put(product.shortCode(), product);
            }
            List<String> names = new ArrayList<>(entry.otherNames());
            names.add(product.title());
            for (String name : names) {
                String folded = ChatWords.fold(name).strip();
                if (!folded.isEmpty()) {
                    matcher.byFoldedName.put(folded, product);
                }
            }
        }
        return matcher;
    }

    @Override
    public Optional<ProductRef> byShortCode(int shortCode) {
        return Optional.ofNullable(byShortCode.get(shortCode));
    }

    @Override
    public List<ProductRef> mentionedIn(String text) {
        String folded = ChatWords.fold(text);
        record Found(int position, ProductRef product) {
        }
        List<Found> found = new ArrayList<>();
        for (Map.Entry<String, ProductRef> name : byFoldedName.entrySet()) {
            int position = folded.indexOf(" " + name.getKey() + " ");
            if (position >= 0 && found.stream().noneMatch(existing -> existing.product().equals(name.getValue()))) {
                found.add(new Found(position, name.getValue()));
            }
        }
        return found.stream().sorted(Comparator.comparingInt(Found::position)).map(Found::product).toList();
    }
}
