package live.studio.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import live.studio.catalog.document.LocatedNode;

/**
 * Reads a catalog from a file. Never throws for bad content: every problem comes back in the {@link CatalogImport},
 * with file, line, column and field, and the catalog holds what could be read (a product whose id, title or price
 * is unusable is left out, a bad optional value is left empty, of duplicates the first is kept).
 */
public final class CatalogReader {
    /** The currency of prices when a file does not say (our CSV without a currency column, Shopify's export). */
    public static final Currency DEFAULT_CURRENCY = Currency.getInstance("EUR");
    /** The columns our CSV knows; a file may have them in any order. */
    public static final List<String> CSV_COLUMNS = CsvCatalogReader.COLUMNS;
    private static final int SNIFFED_BYTES = 4096;

    private CatalogReader() {
    }

    /** Our JSON catalog (the {@code catalog} section of a show file, on its own). Pictures are relative to its folder. */
    public static CatalogImport readJson(Path file) {
        return JsonCatalogReader.read(file, DEFAULT_CURRENCY);
    }

    /**
     * A catalog that is part of a larger document already read (the show file): {@code path} is where it is in that
     * document ("catalog"), for the fields named in problems; pictures are relative to {@code file}'s folder.
     */
    public static CatalogImport fromTree(LocatedNode catalogNode, String path, Path file) {
        return JsonCatalogReader.fromTree(catalogNode, path, file, DEFAULT_CURRENCY);
    }

    /**
     * {@code catalog} with the promo codes of {@code promoCodesNode} (an array written as in a JSON catalog) added:
     * how a show file gives promo codes to a catalog imported from CSV. {@code path} names the array in problems.
     */
    public static CatalogImport withPromoCodes(Catalog catalog, LocatedNode promoCodesNode, String path, Path file) {
        return JsonCatalogReader.withPromoCodes(catalog, promoCodesNode, path, file);
    }

    /** Our CSV: header row, then one product per row (columns: {@link #CSV_COLUMNS}); prices in EUR unless a currency column says. */
    public static CatalogImport readCsv(Path file) {
        return readCsv(file, DEFAULT_CURRENCY);
    }

    public static CatalogImport readCsv(Path file, Currency defaultCurrency) {
        return CsvCatalogReader.read(file, defaultCurrency);
    }

    /** Shopify's product export, prices in EUR; pictures are found by file name in {@code imageFolder}. */
    public static CatalogImport readShopifyCsv(Path file, Path imageFolder) {
        return readShopifyCsv(file, imageFolder, DEFAULT_CURRENCY);
    }

    /** Shopify's product export; {@code shopCurrency} is the shop's currency, which the export does not contain. */
    public static CatalogImport readShopifyCsv(Path file, Path imageFolder, Currency shopCurrency) {
        return ShopifyCsvReader.read(file, imageFolder, shopCurrency);
    }

    /**
     * Any of the formats, told apart by extension (.json, .csv) and content: text starting with '{' is JSON, a header
     * naming Handle and Variant Price is a Shopify export (pictures then in the file's folder), other text is our CSV.
     */
    public static CatalogImport read(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        String start = firstCharacters(file);
        if (name.endsWith(".json") || (!name.endsWith(".csv") && start.stripLeading().startsWith("{"))) {
            return readJson(file);
        }
        if (ShopifyCsvReader.looksLikeShopifyHeader(firstLine(start))) {
            return readShopifyCsv(file, JsonCatalogReader.folderOf(file));
        }
        return readCsv(file);
    }

    /** The beginning of the file for telling formats apart; empty when unreadable (the reader then reports why). */
    private static String firstCharacters(Path file) {
        try (InputStream input = Files.newInputStream(file)) {
            byte[] bytes = input.readNBytes(SNIFFED_BYTES);
            String text = new String(bytes, StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (IOException | SecurityException e) {
            return "";
        }
    }

    private static String firstLine(String text) {
        int end = 0;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return text.substring(0, end);
    }
}
