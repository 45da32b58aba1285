package live.studio.catalog;

import static live.studio.catalog.CatalogFiles.at;
import static live.studio.catalog.CatalogFiles.located;
import static live.studio.catalog.CatalogFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvCatalogReaderTest {
    private static final String BOM = "\uFEFF";

    @TempDir
    Path folder;

    private Path writeWithBom(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, (BOM + text).getBytes(StandardCharsets.UTF_8));
        return file;
    }

    @Test
    void readsBomCrlfQuotedNewlinesDoubledQuotesAndColumnsInAnyOrder() throws IOException {
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", folder.resolve("mug.png").toFile());
        String csv = "title,price,id,stock,talkingPoints,buyUrl,image,shortCode,compareAtPrice\r\n"
                + "\"Mug \"\"Atelier\"\", grès\",18.50,mug,40,\"Fait main\r\nen Bretagne|Lave-vaisselle\","
                + "https://shop.example/p/mug,mug.png,#13,24\r\n"
                + "\r\n"
                + "Casquette,25,cap,,,,,,\r\n";
        CatalogImport result = CatalogReader.readCsv(writeWithBom("catalog.csv", csv));

        assertThat(result.problems()).isEmpty();
        Product mug = result.catalog().product("mug").orElseThrow();
        assertThat(mug.title()).isEqualTo("Mug \"Atelier\", grès");
        assertThat(mug.price().amount()).isEqualTo(new BigDecimal("18.50"));
        assertThat(mug.price().currency().getCurrencyCode()).isEqualTo("EUR");
        assertThat(mug.compareAtPrice()).contains(Money.of("24", "EUR"));
        assertThat(mug.stock()).isEqualTo(OptionalInt.of(40));
        assertThat(mug.talkingPoints()).containsExactly("Fait main\r\nen Bretagne", "Lave-vaisselle");
        assertThat(mug.buyUrl()).contains(URI.create("https://shop.example/p/mug"));
        assertThat(mug.images()).containsExactly(folder.resolve("mug.png").toAbsolutePath());
        assertThat(mug.shortCode()).isEqualTo("13");
        Product cap = result.catalog().product("cap").orElseThrow();
        assertThat(cap.stock()).isEmpty();
        assertThat(cap.shortCode()).isEqualTo("1");
    }

    @Test
    void badPriceIsReportedWhereTheFieldStartsEvenAfterAQuotedNewline() throws IOException {
        String csv = "id,title,price,currency\r\n"
                + "mug,\"Mug\r\nen grès\",\"18,50\",EUR\r\n"
                + "cap,Casquette,-3,EUR\r\n"
                + "hat,Chapeau,12.345,EUR\r\n"
                + "pin,Pin's,5,EURO\r\n";
        CatalogImport result = CatalogReader.readCsv(writeWithBom("catalog.csv", csv));

        // the bad field of line 3 (the quoted title's second line) starts at its opening quote
        assertThat(located(result)).containsExactly(
                at(csv, 3, "\"18,50\"") + ": price: \"18,50\" is not a price: write decimals with a dot, like 18.50",
                at(csv, 4, "-3") + ": price: a price cannot be negative (-3)",
                at(csv, 5, "12.345") + ": price: 12.345 has more decimals than EUR has (2)",
                at(csv, 6, "EURO") + ": currency: \"EURO\" is not a currency: write its ISO 4217 code, like EUR, USD or GBP");
        assertThat(result.catalog().products()).extracting(Product::id).containsExactly("pin");
    }

    @Test
    void missingColumnsAreNamed() throws IOException {
        String csv = "id,titel,stock\nmug,Mug,3\n";
        CatalogImport result = CatalogReader.readCsv(write(folder, "catalog.csv", csv));

        assertThat(result.hasErrors()).isTrue();
        assertThat(located(result)).containsExactly(
                "1:1: title: required column \"title\" is missing from the header row: add it",
                "1:1: price: required column \"price\" is missing from the header row: add it",
                at(csv, 1, "titel") + ": titel: unknown column, its values are ignored (did you mean \"title\"?)");
        assertThat(result.catalog().products()).isEmpty();
    }

    @Test
    void emptyRequiredValuesAndShortRowsAreReportedWhereTheValueIsMissing() throws IOException {
        String csv = "id,title,price\nmug,,18\ncap,Casquette\n";
        CatalogImport result = CatalogReader.readCsv(write(folder, "catalog.csv", csv));

        assertThat(located(result)).containsExactly(
                "2:5: title: required value is empty: fill in the title",
                "3:14: price: required value is empty: fill in the price");
    }

    @Test
    void unclosedQuoteAndTextAfterAClosingQuoteAreSyntaxErrors() throws IOException {
        String csv = "id,title,price\nmug,\"Mug\"x,18\ncap,\"Casquette,25\n";
        CatalogImport result = CatalogReader.readCsv(write(folder, "catalog.csv", csv));

        assertThat(located(result)).containsExactly(
                at(csv, 2, "x,") + ": (document): text after a closing quote: put the whole field in quotes and double "
                        + "the quotes inside it",
                at(csv, 3, "\"") + ": (document): a quoted field is never closed: add the closing quote (\") or double "
                        + "the quotes inside it",
                "4:1: price: required value is empty: fill in the price");
    }

    @Test
    void spreadsheetExportsWithSemicolonsAndWindows1252AreRead() throws IOException {
        String csv = "id;title;price\r\nmug;Mug en grès;18.50\r\n";
        Path file = folder.resolve("excel.csv");
        Files.write(file, csv.getBytes(Charset.forName("windows-1252")));

        CatalogImport result = CatalogReader.read(file);

        assertThat(result.hasErrors()).isFalse();
        assertThat(located(result)).containsExactly(at(csv, 2, "è") + ": (document): the file is not UTF-8 (byte 0xE8 "
                + "here), so it is read as Windows-1252: check accented letters, or save it as \"CSV UTF-8\"");
        assertThat(result.catalog().product("mug").orElseThrow().title()).isEqualTo("Mug en grès");
    }

    @Test
    void extraFieldsAreWarnedAboutAndMissingImagesAreErrors() throws IOException {
        String csv = "id,title,price,image\nmug,Mug,18,mug.png,oops\n";
        CatalogImport result = CatalogReader.readCsv(write(folder, "catalog.csv", csv));

        assertThat(located(result)).containsExactly(
                at(csv, 2, "mug.png") + ": image: image file not found: " + folder.resolve("mug.png").toAbsolutePath()
                        + " (paths are relative to the catalog's folder)",
                at(csv, 2, "oops") + ": (document): this row has 5 fields but the header names 4 columns: the extra "
                        + "fields are ignored (a comma inside a value needs quotes)");
        assertThat(result.catalog().product("mug").orElseThrow().images()).isEmpty();
    }
}
