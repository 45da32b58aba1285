package live.studio.catalog;

import static live.studio.catalog.CatalogFiles.at;
import static live.studio.catalog.CatalogFiles.located;
import static live.studio.catalog.CatalogFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShopifyCsvReaderTest {
    /** The columns of Shopify's product export, in its order (some left out, as older exports do). */
    private static final String HEADER = "Handle,Title,Body (HTML),Vendor,Product Category,Type,Tags,Published,"
            + "Option1 Name,Option1 Value,Option2 Name,Option2 Value,Option3 Name,Option3 Value,Variant SKU,"
            + "Variant Grams,Variant Inventory Tracker,Variant Inventory Qty,Variant Inventory Policy,"
            + "Variant Fulfillment Service,Variant Price,Variant Compare At Price,Variant Requires Shipping,"
            + "Variant Taxable,Variant Barcode,Image Src,Image Position,Image Alt Text,Gift Card,Variant Image,Status";

    @TempDir
    Path folder;

    private static String row(String handle, String title, String body, String option1Name, String option1Value,
            String option2Name, String option2Value, String sku, String tracker, String quantity, String price,
            String compareAt, String imageSource, String variantImage) {
        return String.join(",", handle, title, body, title.isEmpty() ? "" : "Atelier", "", "", "", title.isEmpty() ? "" : "TRUE",
                option1Name, option1Value, option2Name, option2Value, "", "", sku, price.isEmpty() ? "" : "350", tracker,
                quantity, price.isEmpty() ? "" : "deny", price.isEmpty() ? "" : "manual", price, compareAt,
                price.isEmpty() ? "" : "TRUE", price.isEmpty() ? "" : "TRUE", "", imageSource,
                imageSource.isEmpty() ? "" : "1", "", title.isEmpty() ? "" : "FALSE", variantImage,
                title.isEmpty() ? "" : "active");
    }

    private void picture(String name) throws IOException {
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", folder.resolve(name).toFile());
    }

    @Test
    void rowsOfAHandleBecomeOneProductWithVariantsAndImages() throws IOException {
        picture("sneaker-white.png");
        picture("sneaker-side.png");
        String cdn = "https://cdn.shopify.example/s/files/1/0001/products/";
        String csv = HEADER + "\r\n"
                + row("runner-sneaker", "Runner Sneaker", "\"<p>Léger,\r\n\"\"respirant\"\"</p>\"", "Taille", "40",
                        "Couleur", "Blanc", "RUN-40", "shopify", "3", "89.00", "119.00", cdn + "sneaker-white.png?v=17", "")
                + "\r\n"
                + row("runner-sneaker", "", "", "", "41", "", "Blanc", "RUN-41", "shopify", "0", "89.00", "119.00",
                        cdn + "sneaker-side.png?v=17", "")
                + "\r\n"
                + row("runner-sneaker", "", "", "", "42", "", "Noir", "RUN-42", "shopify", "5", "94.00", "",
                        "", cdn + "sneaker-black.png")
                + "\r\n"
                + row("runner-sneaker", "", "", "", "", "", "", "", "", "", "", "", cdn + "sneaker-box.png", "")
                + "\r\n"
                + "\r\n"
                + row("ceramic-mug", "Mug en grès", "", "Title", "Default Title", "", "", "MUG-1", "", "", "18.5", "",
                        "mug.png", "")
                + "\r\n";
        Path file = folder.resolve("products_export.csv");
        Files.write(file, ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8));

        CatalogImport result = CatalogReader.readShopifyCsv(file, folder);

        // line 1 is the header; the first row's quoted description spans lines 2 and 3
        assertThat(located(result)).containsExactly(
                at(csv, 5, "https://") + ": Variant Image: picture \"sneaker-black.png\" is not in the image folder "
                        + folder.toAbsolutePath() + " (the studio does not download pictures): a placeholder is shown "
                        + "until it is saved there",
                at(csv, 6, "https://") + ": Image Src: picture \"sneaker-box.png\" is not in the image folder "
                        + folder.toAbsolutePath() + " (the studio does not download pictures): a placeholder is shown "
                        + "until it is saved there",
                at(csv, 8, "mug.png") + ": Image Src: picture \"mug.png\" is not in the image folder "
                        + folder.toAbsolutePath() + ": a placeholder is shown until it is saved there");
        assertThat(result.hasErrors()).isFalse();
        assertThat(result.catalog().products()).extracting(Product::id).containsExactly("runner-sneaker", "ceramic-mug");

        Product sneaker = result.catalog().product("runner-sneaker").orElseThrow();
        assertThat(sneaker.title()).isEqualTo("Runner Sneaker");
        assertThat(sneaker.price()).isEqualTo(Money.of("89", "EUR"));
        assertThat(sneaker.compareAtPrice()).contains(Money.of("119", "EUR"));
        assertThat(sneaker.stock()).isEqualTo(OptionalInt.of(8));
        assertThat(sneaker.shortCode()).isEqualTo("1");
        assertThat(sneaker.images()).containsExactly(folder.resolve("sneaker-white.png"),
                folder.resolve("sneaker-side.png"), folder.resolve("sneaker-black.png"), folder.resolve("sneaker-box.png"));
        assertThat(sneaker.variants()).containsExactly(
                new Variant("RUN-40", "40 / Blanc", Map.of("Taille", "40", "Couleur", "Blanc"),
                        Optional.of(Money.of("89", "EUR")), OptionalInt.of(3)),
                new Variant("RUN-41", "41 / Blanc", Map.of("Taille", "41", "Couleur", "Blanc"),
                        Optional.of(Money.of("89", "EUR")), OptionalInt.of(0)),
                new Variant("RUN-42", "42 / Noir", Map.of("Taille", "42", "Couleur", "Noir"),
                        Optional.of(Money.of("94", "EUR")), OptionalInt.of(5)));
        assertThat(sneaker.variants().getFirst().options().keySet()).containsExactly("Taille", "Couleur");

        Product mug = result.catalog().product("ceramic-mug").orElseThrow();
        assertThat(mug.price()).isEqualTo(Money.of("18.50", "EUR"));
        assertThat(mug.variants()).isEmpty();
        assertThat(mug.stock()).isEmpty();
        assertThat(mug.shortCode()).isEqualTo("2");
        // the picture is not there: the path stays, so the loader shows the placeholder until it is saved
        assertThat(mug.images()).containsExactly(folder.resolve("mug.png"));
        assertThat(ProductImages.load(mug.images().getFirst()).placeholder()).isTrue();
    }

    @Test
    void missingColumnIsNamed() throws IOException {
        String csv = "Handle,Title,Variant Compare At Price\nmug,Mug,20\n";
        CatalogImport result = CatalogReader.readShopifyCsv(write(folder, "export.csv", csv), folder);

        assertThat(located(result)).containsExactly(
                "1:1: Variant Price: required column \"Variant Price\" is missing from the header row: add it");
    }

    @Test
    void badPricesAndQuantitiesAreReportedAtTheirCell() throws IOException {
        String csv = "Handle,Title,Option1 Name,Option1 Value,Variant Price,Variant Inventory Qty,Variant Compare At Price\r\n"
                + "tote,Sac cabas,Couleur,Cognac,129.00,-2,\r\n"
                + "tote,,,Noir,\"12O.00\",1,\r\n"
                + "watch,Montre,Title,Default Title,249,7,abc\r\n"
                + "cap,Casquette,Title,Default Title,,4,\r\n";
        CatalogImport result = CatalogReader.readShopifyCsv(write(folder, "export.csv", csv), folder);

        assertThat(located(result)).containsExactly(
                at(csv, 2, "-2") + ": Variant Inventory Qty: stock -2 is below zero (oversold): shown as sold out",
                at(csv, 3, "\"12O.00\"") + ": Variant Price: \"12O.00\" is not a price: write only the amount, like "
                        + "89.00 (the currency is given apart)",
                at(csv, 4, "abc") + ": Variant Compare At Price: \"abc\" is not a price: write only the amount, like "
                        + "89.00 (the currency is given apart)",
                at(csv, 5, ",4") + ": Variant Price: this variant has no price: fill in the Variant Price");
        Product tote = result.catalog().product("tote").orElseThrow();
        assertThat(tote.stock()).isEqualTo(OptionalInt.of(0));
        assertThat(tote.variants()).hasSize(1);
        assertThat(result.catalog().product("watch").orElseThrow().compareAtPrice()).isEmpty();
        assertThat(result.catalog().product("cap")).isEmpty();
    }

    @Test
    void readRecognisesAShopifyExportByItsHeader() throws IOException {
        String csv = HEADER + "\n" + row("mug", "Mug", "", "Title", "Default Title", "", "", "", "", "", "18", "", "", "")
                + "\n";
        CatalogImport result = CatalogReader.read(write(folder, "products_export_1.csv", csv));

        assertThat(result.problems()).isEmpty();
        assertThat(result.catalog().product("mug").orElseThrow().price()).isEqualTo(Money.of("18", "EUR"));
    }
}
