package live.studio.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The demo catalog in assets/demo is what the studio opens on first run and what screenshots show. */
class DemoCatalogTest {
    private static final Path DEMO = Path.of("assets/demo/catalog.json");

    @Test
    void demoCatalogLoadsWithoutAnyProblem() {
        CatalogImport result = CatalogReader.read(DEMO);

        assertThat(result.problems()).isEmpty();
        Catalog catalog = result.catalog();
        assertThat(catalog.products()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(catalog.products()).extracting(Product::shortCode)
                .containsExactly("11", "12", "13", "14", "15", "16");
        assertThat(catalog.products()).allSatisfy(product -> {
            assertThat(product.price().currency().getCurrencyCode()).isEqualTo("EUR");
            assertThat(product.buyUrl()).hasValueSatisfying(url -> assertThat(url.toString())
                    .startsWith("https://shop.example/"));
            assertThat(product.talkingPoints()).isNotEmpty();
            assertThat(product.images()).hasSize(1);
        });
        assertThat(catalog.products()).anySatisfy(product -> assertThat(product.compareAtPrice()).isPresent());
        assertThat(catalog.products()).anySatisfy(product -> assertThat(product.soldOut()).isTrue());
        assertThat(catalog.products()).anySatisfy(product -> assertThat(product.stock().orElse(99)).isBetween(1, 5));
        assertThat(catalog.products()).filteredOn(product -> !product.variants().isEmpty()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(catalog.productByShortCode("#12").orElseThrow().stock()).isEqualTo(OptionalInt.of(3));
    }

    @Test
    void demoPromoCodesCoverEachKindOfValidity() {
        Catalog catalog = CatalogReader.read(DEMO).catalog();

        assertThat(catalog.promoCode("flash20").orElseThrow().validity())
                .isEqualTo(new PromoValidity.ForDuration(Duration.ofMinutes(15)));
        assertThat(catalog.promoCode("SOIREE10").orElseThrow().validity())
                .isEqualTo(new PromoValidity.Until(LocalTime.of(21, 30)));
        assertThat(catalog.promoCode("DUO15").orElseThrow().productIds()).containsExactly("casque-anc", "montre-marine");
    }

    @Test
    void demoPicturesAreRealDrawingsNotPlaceholders() {
        for (Product product : CatalogReader.read(DEMO).catalog().products()) {
            LoadedImage loaded = ProductImages.load(product.images().getFirst());

            assertThat(loaded.warning()).as(product.id()).isEmpty();
            assertThat(loaded.placeholder()).as(product.id()).isFalse();
            assertThat(loaded.image().getWidth()).as(product.id()).isEqualTo(800);
            assertThat(loaded.image().getHeight()).as(product.id()).isEqualTo(800);
            // a drawing, not a flat fill: many different colours
            java.util.Set<Integer> colours = new java.util.HashSet<>();
            for (int y = 0; y < 800; y += 8) {
                for (int x = 0; x < 800; x += 8) {
                    colours.add(loaded.image().getRGB(x, y));
                }
            }
            assertThat(colours.size()).as(product.id()).isGreaterThan(500);
        }
    }
}
