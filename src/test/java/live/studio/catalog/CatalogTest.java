package live.studio.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class CatalogTest {
    private static Product product(String id, String shortCode) {
        return new Product(id, "Title " + id, Money.of("10", "EUR"), Optional.empty(), List.of(), OptionalInt.of(5),
                Optional.empty(), shortCode, List.of(), List.of());
    }

    private final Catalog catalog = new Catalog(List.of(product("mug", "12"), product("cap", "A7")),
            List.of(new PromoCode("FLASH20", "-20 %", new PromoValidity.Always(), List.of())));

    @Test
    void findsProductsByIdAndByShortCodeWithOrWithoutHash() {
        assertThat(catalog.product("mug")).map(Product::id).contains("mug");
        assertThat(catalog.product("MUG")).isEmpty();
        assertThat(catalog.productByShortCode("12")).map(Product::id).contains("mug");
        assertThat(catalog.productByShortCode("#12")).map(Product::id).contains("mug");
        assertThat(catalog.productByShortCode(" # 12 ")).map(Product::id).contains("mug");
        assertThat(catalog.productByShortCode("#a7")).map(Product::id).contains("cap");
        assertThat(catalog.productByShortCode("#13")).isEmpty();
    }

    @Test
    void findsPromoCodesIgnoringCase() {
        assertThat(catalog.promoCode("flash20")).map(PromoCode::code).contains("FLASH20");
        assertThat(catalog.promoCode(" Flash20 ")).isPresent();
        assertThat(catalog.promoCode("FLASH2")).isEmpty();
    }

    @Test
    void stockChangeGivesANewCatalog() {
        Catalog updated = catalog.withStock("mug", 0);

        assertThat(updated.product("mug").orElseThrow().stock()).isEqualTo(OptionalInt.of(0));
        assertThat(updated.product("mug").orElseThrow().soldOut()).isTrue();
        assertThat(catalog.product("mug").orElseThrow().stock()).isEqualTo(OptionalInt.of(5));
        assertThat(updated.product("cap")).isEqualTo(catalog.product("cap"));
        assertThatThrownBy(() -> catalog.withStock("hat", 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hat");
        assertThatThrownBy(() -> catalog.withStock("mug", -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesDuplicatesSoLookupsAreUnambiguous() {
        assertThatThrownBy(() -> new Catalog(List.of(product("a", "1"), product("a", "2")), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Catalog(List.of(product("a", "x1"), product("b", "X1")), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        PromoCode lower = new PromoCode("deal", "-5 %", new PromoValidity.Always(), List.of());
        PromoCode upper = new PromoCode("DEAL", "-5 %", new PromoValidity.Always(), List.of());
        assertThatThrownBy(() -> new Catalog(List.of(), List.of(lower, upper))).isInstanceOf(IllegalArgumentException.class);
        assertThat(Catalog.empty().products()).isEmpty();
    }
}
