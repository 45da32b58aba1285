package live.studio.catalog;

import static live.studio.catalog.CatalogFiles.at;
import static live.studio.catalog.CatalogFiles.located;
import static live.studio.catalog.CatalogFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonCatalogReaderTest {
    @TempDir
    Path folder;

    private void picture(String name) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", file.toFile());
    }

    @Test
    void readsEveryFieldOfAValidCatalog() throws IOException {
        picture("images/mug.png");
        String json = """
                {
                  "currency": "EUR",
                  "products": [
                    {
                      "id": "mug",
                      "shortCode": 13,
                      "title": "Mug en grès",
                      "price": 18.50,
                      "compareAtPrice": "24",
                      "stock": 40,
                      "buyUrl": "https://shop.example/p/mug",
                      "images": ["images/mug.png"],
                      "variants": [
                        {"id": "mug-blue", "options": {"Couleur": "Bleu"}, "stock": 10},
                        {"id": "mug-sand", "title": "Sable", "options": {"Couleur": "Sable"}, "price": "19.99", "stock": 30}
                      ],
                      "talkingPoints": ["Fait main", "Passe au lave-vaisselle"]
                    },
                    {"id": "cap", "title": "Casquette", "price": 25, "currency": "USD"}
                  ],
                  "promoCodes": [
                    {"code": "FLASH20", "discount": "-20 %", "validFor": "15m"},
                    {"code": "SOIR", "discount": "-10 %", "validUntil": "21:30", "products": ["mug"]},
                    {"code": "TOUJOURS", "discount": "Livraison offerte"}
                  ]
                }
                """;
        CatalogImport result = CatalogReader.readJson(write(folder, "catalog.json", json));

        assertThat(result.problems()).isEmpty();
        Product mug = result.catalog().product("mug").orElseThrow();
        Currency euro = Currency.getInstance("EUR");
        assertThat(mug.title()).isEqualTo("Mug en grès");
        assertThat(mug.shortCode()).isEqualTo("13");
        assertThat(mug.price()).isEqualTo(new Money(new BigDecimal("18.50"), euro));
        assertThat(mug.compareAtPrice()).contains(new Money(new BigDecimal("24.00"), euro));
        assertThat(mug.stock()).isEqualTo(OptionalInt.of(40));
        assertThat(mug.buyUrl()).contains(URI.create("https://shop.example/p/mug"));
        assertThat(mug.images()).containsExactly(folder.resolve("images/mug.png").toAbsolutePath().normalize());
        assertThat(mug.variants()).containsExactly(
                new Variant("mug-blue", "Bleu", Map.of("Couleur", "Bleu"), Optional.empty(), OptionalInt.of(10)),
                new Variant("mug-sand", "Sable", Map.of("Couleur", "Sable"), Optional.of(Money.of("19.99", "EUR")),
                        OptionalInt.of(30)));
        assertThat(mug.talkingPoints()).containsExactly("Fait main", "Passe au lave-vaisselle");
        Product cap = result.catalog().productByShortCode("#1").orElseThrow();
        assertThat(cap.id()).isEqualTo("cap");
        assertThat(cap.price()).isEqualTo(Money.of("25.00", "USD"));
        assertThat(cap.stock()).isEmpty();
        assertThat(result.catalog().promoCodes()).containsExactly(
                new PromoCode("FLASH20", "-20 %", new PromoValidity.ForDuration(Duration.ofMinutes(15)), List.of()),
                new PromoCode("SOIR", "-10 %", new PromoValidity.Until(LocalTime.of(21, 30)), List.of("mug")),
                new PromoCode("TOUJOURS", "Livraison offerte", new PromoValidity.Always(), List.of()));
    }

    @Test
    void pricesAreReadExactlyNotThroughADouble() throws IOException {
        String json = """
                {"currency": "EUR", "products": [
                  {"id": "a", "title": "A", "price": 0.10},
                  {"id": "b", "title": "B", "price": 1234567.89},
                  {"id": "c", "title": "C", "price": "0.3"}
                ]}
                """;
        Catalog catalog = CatalogReader.readJson(write(folder, "catalog.json", json)).catalog();

        assertThat(catalog.product("a").orElseThrow().price().amount()).isEqualTo(new BigDecimal("0.10"));
        assertThat(catalog.product("b").orElseThrow().price().amount()).isEqualTo(new BigDecimal("1234567.89"));
        assertThat(catalog.product("c").orElseThrow().price().amount()).isEqualTo(new BigDecimal("0.30"));
    }

    @Test
    void syntaxErrorIsReportedWhereItIs() throws IOException {
        String json = """
                {
                  "products": [
                    {"id": "a", "title": "A", "price": 1,, "stock": 2}
                  ]
                }
                """;
        CatalogImport result = CatalogReader.readJson(write(folder, "catalog.json", json));

        assertThat(result.hasErrors()).isTrue();
        assertThat(result.problems()).hasSize(1);
        // the second comma, where a field name should start
        assertThat(located(result)).containsExactly(at(json, 3, ", \"stock\"") + ": products[0]: syntax error: "
                + "Unexpected character (',' (code 44)): was expecting double-quote to start property name");
        assertThat(result.catalog()).isEqualTo(Catalog.empty());
    }

    @Test
    void unknownFieldIsReportedAtItsNameWithItsPathAndASuggestion() throws IOException {
        String json = """
                {"currency": "EUR", "products": [
                  {"id": "a", "title": "A", "price": 1},
                  {"id": "b", "title": "B", "price": 2},
                  {"id": "c", "title": "C", "prize": 3, "colour": "red"}
                ]}
                """;
        CatalogImport result = CatalogReader.readJson(write(folder, "catalog.json", json));

        assertThat(located(result)).contains(
                at(json, 4, "\"prize\"") + ": products[2].prize: unknown field (did you mean \"price\"?)",
                at(json, 4, "\"colour\"") + ": products[2].colour: unknown field: remove it or check its spelling");
    }

    @Test
    void wrongTypesAreReportedAtTheValue() throws IOException {
        String json = """
                {"currency": "EUR", "products": [
                  {"id": "a", "title": 12, "price": true, "stock": "many", "images": "a.png"}
                ], "promoCodes": {}}
                """;
        CatalogImport result = CatalogReader.readJson(write(folder, "catalog.json", json));

        assertThat(located(result)).containsExactly(
                at(json, 2, "12") + ": products[0].title: expected a string (\"...\"), found the number 12",
                at(json, 2, "true") + ": products[0].price: expected a price (a number like 89.00 or a string like "
                        + "\"89.00\"), found true",
                at(json, 2, "\"many\"") + ": products[0].stock: expected a whole number like 12, found a string (\"many\")",
                at(json, 2, "\"a.png\"") + ": products[0].images: expected an array ([...]), found a string (\"a.png\")",
                at(json, 3, "{}") + ": promoCodes: expected an array ([...]), found an object");
    }

    @Test
    void missingRequiredFieldIsReportedAtTheObjectThatLacksIt() throws IOException {
        String json = """
                {"currency": "EUR", "products": [
                  {"id": "a", "title": "A", "price": 1},
                  {"id": "b", "title": "B"}
                ], "promoCodes": [{"discount": "-5 %"}]}
                """;
        CatalogImport result = CatalogReader.readJson(write(folder, "catalog.json", json));

        assertThat(located(result)).containsExactly(
                at(json, 3, "{") + ": products[1].price: required field is missing: add \"price\"",
                at(json, 4, "{\"discount\"") + ": promoCodes[0].code: required field is missing: add \"code\"");
        assertThat(result.catalog().products()).extracting(Product::id).containsExactly("a");
    }

    @Test
    void duplicateIdsAndShortCodesAreReportedAtTheSecond() throws IOException {
        String json = """
                {"currency": "EUR", "products": [
                  {"id": "a", "shortCode": "11", "title": "A", "price": 1},
                  {"id": "a", "shortCode": "12", "title": "A again", "price": 1},
                  {"id": "b", "shortCode": "#11", "title": "B", "price": 1},
                  {"id": "c", "title": "C", "price": 1}
                ], "promoCodes": [
                  {"code": "DEAL", "discount": "-5 %"},
                  {"code": "deal", "discount": "-6 %"}
                ]}
                """;
        CatalogImport result = CatalogReader.readJson(write(folder, "catalog.json", json));

        assertThat(located(result)).containsExactly(
                at(json, 3, "\"a\"") + ": products[1].id: duplicate id \"a\" (first used at line 2): give each product "
                        + "its own id",
                at(json, 4, "\"#11\"") + ": products[2].shortCode: duplicate short code #11 (first used by \"a\" at "
                        + "line 2): viewers could not tell them apart",
                at(json, 8, "\"deal\"") + ": promoCodes[1].code: duplicate promo code \"deal\" (first at line 7; codes "
                        + "ignore case)");
        // the first of duplicates is kept; a product without a short code gets the smallest free number
        assertThat(result.catalog().products()).extracting(Product::id, Product::shortCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", "11"), org.assertj.core.groups.Tuple.tuple("c", "1"));
    }

    @Test
    void promoCodeNamingAnUnknownProductIsReportedAtTheId() throws IOException {
        String json = """
                {"currency": "EUR", "products": [{"id": "mug", "title": "Mug", "price": 18}],
                 "promoCodes": [{"code": "DUO", "discount": "-15 %", "products": ["mug", "watch"]}]}
                """;
        CatalogImport result = CatalogReader.readJson(write(folder, "catalog.json", json));

        assertThat(located(result)).containsExactly(
                at(json, 2, "\"watch\"") + ": promoCodes[0].products[1]: no product with the id \"watch\" in the catalog");
        assertThat(result.catalog().promoCode("duo").orElseThrow().productIds()).containsExactly("mug");
    }

    @Test
    void missingImageIsReportedAtItsPath() throws IOException {
        picture("images/here.png");
        String json = """
                {"currency": "EUR", "products": [
                  {"id": "a", "title": "A", "price": 1, "images": ["images/here.png", "images/gone.png"]}
                ]}
                """;
        CatalogImport result = CatalogReader.readJson(write(folder, "catalog.json", json));

        assertThat(located(result)).containsExactly(at(json, 2, "\"images/gone.png\"")
                + ": products[0].images[1]: image file not found: " + folder.resolve("images/gone.png").toAbsolutePath()
                + " (paths are relative to the catalog's folder)");
        assertThat(result.catalog().product("a").orElseThrow().images()).hasSize(1);
    }

    @Test
    void badDurationsAndTimesAreReportedAtTheValue() throws IOException {
        String json = """
                {"currency": "EUR", "products": [],
                 "promoCodes": [
                   {"code": "A1", "discount": "-5 %", "validFor": "15 minutes"},
                   {"code": "B2", "discount": "-5 %", "validUntil": "25:00"},
                   {"code": "C3", "discount": "-5 %", "validFor": "0s"},
                   {"code": "D4", "discount": "-5 %", "validFor": "1h30m", "validUntil": "21:00"}
                 ]}
                """;
        CatalogImport result = CatalogReader.readJson(write(folder, "catalog.json", json));

        assertThat(located(result)).containsExactly(
                at(json, 1, "[]") + ": products: the catalog has no products",
                at(json, 3, "\"15 minutes\"") + ": promoCodes[0].validFor: \"15 minutes\" is not a duration: write it "
                        + "like 15m, 90s, 1h30m or PT15M",
                at(json, 4, "\"25:00\"") + ": promoCodes[1].validUntil: \"25:00\" is not a time of day: write it as "
                        + "HH:MM, like 21:30",
                at(json, 5, "\"0s\"") + ": promoCodes[2].validFor: a promo code valid for 0 seconds would never be "
                        + "usable: give a longer duration",
                at(json, 6, "\"21:00\"") + ": promoCodes[3].validUntil: give either validFor or validUntil, not both");
        assertThat(result.catalog().promoCodes()).isEmpty();
    }

    @Test
    void negativePricesAndTooManyDecimalsAreErrors() throws IOException {
        String json = """
                {"currency": "EUR", "products": [
                  {"id": "a", "title": "A", "price": -5},
                  {"id": "b", "title": "B", "price": 9.999},
                  {"id": "c", "title": "C", "price": "12,50"},
                  {"id": "d", "title": "D", "price": 1000, "currency": "JPY", "compareAtPrice": 999.5},
                  {"id": "e", "title": "E", "price": 10.000}
                ]}
                """;
        CatalogImport result = CatalogReader.readJson(write(folder, "catalog.json", json));

        assertThat(located(result)).containsExactly(
                at(json, 2, "-5") + ": products[0].price: a price cannot be negative (-5)",
                at(json, 3, "9.999") + ": products[1].price: 9.999 has more decimals than EUR has (2)",
                at(json, 4, "\"12,50\"") + ": products[2].price: \"12,50\" is not a price: write decimals with a dot, "
                        + "like 12.50",
                at(json, 5, "999.5") + ": products[3].compareAtPrice: 999.5 has more decimals than JPY has (0)");
        assertThat(result.catalog().products()).extracting(Product::id).containsExactly("d", "e");
    }

    @Test
    void everyProblemIsCollectedNotJustTheFirst() throws IOException {
        String json = """
                {"currency": "EURO", "products": [
                  {"id": "a", "title": "A", "price": "x", "stock": -1, "buyUrl": "shop.example/a", "shortCode": "#1 2"},
                  {"id": "", "title": "B", "price": 1, "variants": [{"title": "no id"}, {"id": "v", "options": {"n": []}}]}
                ], "extra": 1}
                """;
        CatalogImport result = CatalogReader.readJson(write(folder, "catalog.json", json));

        assertThat(located(result)).extracting(line -> line.substring(0, line.indexOf(": ", line.indexOf(": ") + 2)))
                .containsExactly(
                        at(json, 1, "\"EURO\"") + ": currency",
                        at(json, 2, "\"x\"") + ": products[0].price",
                        at(json, 2, "-1") + ": products[0].stock",
                        at(json, 2, "\"shop.example/a\"") + ": products[0].buyUrl",
                        at(json, 2, "\"#1 2\"") + ": products[0].shortCode",
                        at(json, 3, "\"\"") + ": products[1].id",
                        at(json, 3, "{\"title\"") + ": products[1].variants[0].id",
                        at(json, 3, "[]") + ": products[1].variants[1].options.n",
                        at(json, 4, "\"extra\"") + ": extra");
    }

    @Test
    void catalogWithoutCurrencyIsReadInEurosWithAWarning() throws IOException {
        String json = """
                {"products": [{"id": "a", "title": "A", "price": 1}]}
                """;
        CatalogImport result = CatalogReader.readJson(write(folder, "catalog.json", json));

        assertThat(result.hasErrors()).isFalse();
        assertThat(located(result)).containsExactly(
                "1:1: currency: no currency given, prices are read as EUR: add \"currency\": \"EUR\"");
        assertThat(result.problems().getFirst().severity()).isEqualTo(ProblemSeverity.WARNING);
        assertThat(result.catalog().product("a").orElseThrow().price()).isEqualTo(Money.of("1", "EUR"));
    }

    @Test
    void stockOfAProductWithTrackedVariantsIsTheirSum() throws IOException {
        String json = """
                {"currency": "EUR", "products": [
                  {"id": "a", "title": "A", "price": 1, "variants": [{"id": "s", "stock": 2}, {"id": "m", "stock": 3}]},
                  {"id": "b", "title": "B", "price": 1, "variants": [{"id": "s", "stock": 2}, {"id": "m"}]}
                ]}
                """;
        Catalog catalog = CatalogReader.readJson(write(folder, "catalog.json", json)).catalog();

        assertThat(catalog.product("a").orElseThrow().stock()).isEqualTo(OptionalInt.of(5));
        assertThat(catalog.product("b").orElseThrow().stock()).isEmpty();
    }

    @Test
    void compareAtPriceNotAboveThePriceIsDroppedWithAWarning() throws IOException {
        String json = """
                {"currency": "EUR", "products": [{"id": "a", "title": "A", "price": 20, "compareAtPrice": 20}]}
                """;
        CatalogImport result = CatalogReader.readJson(write(folder, "catalog.json", json));

        assertThat(result.hasErrors()).isFalse();
        assertThat(located(result)).containsExactly(at(json, 1, "20}") + ": products[0].compareAtPrice: the compare-at "
                + "price 20.00 is not higher than the price 20.00, so it is not shown: remove it or raise it");
        assertThat(result.catalog().product("a").orElseThrow().compareAtPrice()).isEmpty();
    }

    @Test
    void problemLineIsTheStudioValidateFormat() throws IOException {
        String json = "{\"currency\": \"EUR\", \"products\": [{\"id\": \"a\", \"title\": \"A\", \"price\": 1, \"prize\": 2}]}";
        Path file = write(folder, "shop.json", json);

        CatalogImport result = CatalogReader.readJson(file);

        assertThat(result.problems()).singleElement().hasToString(file + ":" + at(json, 1, "\"prize\"")
                + ": products[0].prize: unknown field (did you mean \"price\"?)");
    }

    @Test
    void byteOrderMarkAndCrlfLineEndsKeepPositionsRight() throws IOException {
        String json = "{\"currency\": \"EUR\",\r\n \"products\": [\r\n  {\"id\": \"a\", \"title\": \"A\", \"prize\": 1}\r\n]}\r\n";
        Path file = folder.resolve("crlf.json");
        byte[] body = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Files.write(file, withBom);

        CatalogImport result = CatalogReader.readJson(file);

        assertThat(located(result)).containsExactly(
                at(json, 3, "{") + ": products[0].price: required field is missing: add \"price\"",
                at(json, 3, "\"prize\"") + ": products[0].prize: unknown field (did you mean \"price\"?)");
    }

    @Test
    void readPicksTheFormatByExtensionAndContent() throws IOException {
        String json = "{\"currency\": \"EUR\", \"products\": [{\"id\": \"a\", \"title\": \"A\", \"price\": 1}]}";
        Path withoutExtension = write(folder, "catalog", json);

        CatalogImport result = CatalogReader.read(withoutExtension);

        assertThat(result.problems()).isEmpty();
        assertThat(result.catalog().products()).hasSize(1);
    }
}
