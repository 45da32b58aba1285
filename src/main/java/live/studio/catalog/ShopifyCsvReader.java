package live.studio.catalog;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import live.studio.catalog.CsvParser.Field;
import live.studio.catalog.document.DocumentProblem;
import live.studio.catalog.document.DocumentProblem.Severity;
import live.studio.catalog.document.ObjectFields;

/**
 * Shopify's product export. Rows sharing a Handle are one product: the first row carries the Title, each row with a
 * Variant Price or option values is a variant, rows with only an Image Src add pictures. Body (HTML) and the other
 * columns are ignored. Shopify does not export the currency, so the reader is given the shop's. Pictures are looked
 * up by file name in the image folder (the studio has no network): a missing one gets a placeholder and a warning.
 */
final class ShopifyCsvReader {
    static final String HANDLE = "Handle";
    static final String TITLE = "Title";
    static final String VARIANT_PRICE = "Variant Price";
    static final String VARIANT_COMPARE_AT_PRICE = "Variant Compare At Price";
    static final String VARIANT_INVENTORY_QUANTITY = "Variant Inventory Qty";
    static final String VARIANT_INVENTORY_TRACKER = "Variant Inventory Tracker";
    static final String VARIANT_SKU = "Variant SKU";
    static final String VARIANT_IMAGE = "Variant Image";
    static final String IMAGE_SOURCE = "Image Src";
    private static final List<String> REQUIRED_COLUMNS = List.of(HANDLE, TITLE, VARIANT_PRICE);
    private static final int OPTION_COUNT = 3;
    /** What Shopify writes for a product without options: its single variant is not worth listing. */
    private static final String DEFAULT_OPTION_VALUE = "Default Title";
    private static final Pattern SAFE_FILE_NAME = Pattern.compile("[^/\\\\:*?\"<>|\\p{Cntrl}]{1,200}");

    private final List<DocumentProblem> problems = new ArrayList<>();
    private final Path imageFolder;
    private final Currency currency;

    private ShopifyCsvReader(Path imageFolder, Currency currency) {
        this.imageFolder = imageFolder.toAbsolutePath().normalize();
        this.currency = currency;
    }

    static CatalogImport read(Path file, Path imageFolder, Currency currency) {
        ShopifyCsvReader reader = new ShopifyCsvReader(imageFolder, currency);
        Catalog catalog = CsvTable.read(file, reader.problems).map(reader::catalog).orElse(Catalog.empty());
        return new CatalogImport(catalog, CatalogAssembly.catalogProblems(file, reader.problems));
    }

    /** True when a header row names the columns that make a file a Shopify product export. */
    static boolean looksLikeShopifyHeader(String firstLine) {
        return firstLine.contains(HANDLE) && firstLine.contains(VARIANT_PRICE);
    }

    private Catalog catalog(CsvTable table) {
        if (!table.requireColumns(REQUIRED_COLUMNS, problems)) {
            return Catalog.empty();
        }
        Map<String, List<CsvTable.Row>> rowsByHandle = new LinkedHashMap<>();
        for (CsvTable.Row row : table.rows()) {
            Optional<String> handle = row.text(HANDLE);
            if (handle.isEmpty()) {
                problems.add(new DocumentProblem(Severity.ERROR, row.cell(HANDLE).orElseThrow().position(), HANDLE,
                        "the Handle is empty: every row needs the Handle of its product"));
                continue;
            }
            rowsByHandle.computeIfAbsent(handle.get(), ignored -> new ArrayList<>()).add(row);
        }
        List<ProductEntry> entries = new ArrayList<>();
        rowsByHandle.forEach((handle, rows) -> product(handle, rows).ifPresent(entries::add));
        return new Catalog(CatalogAssembly.products(entries, problems), List.of());
    }

    private Optional<ProductEntry> product(String handle, List<CsvTable.Row> rows) {
        CsvTable.Row first = rows.getFirst();
        Field handleCell = first.cell(HANDLE).orElseThrow();
        Optional<String> id = checked(handleCell, HANDLE, () -> FieldValues.identifier(handle, "a Handle"));
        Optional<String> title = rows.stream().flatMap(row -> row.text(TITLE).stream()).findFirst();
        if (title.isEmpty()) {
            problems.add(new DocumentProblem(Severity.ERROR, first.cell(TITLE).orElseThrow().position(), TITLE,
                    "no row of the product \"" + ObjectFields.shortened(handle) + "\" has a Title"));
        }
        String[] optionNames = new String[OPTION_COUNT];
        for (int option = 1; option <= OPTION_COUNT; option++) {
            int index = option;
            optionNames[option - 1] = rows.stream().flatMap(row -> row.text("Option" + index + " Name").stream())
                    .findFirst().orElse("Option " + option);
        }
        List<ShopifyVariant> variants = new ArrayList<>();
        List<Path> images = new ArrayList<>();
        for (CsvTable.Row row : rows) {
            boolean isVariantRow = row.text(VARIANT_PRICE).isPresent() || hasOptionValue(row);
            if (isVariantRow) {
                variant(row, optionNames).ifPresent(variants::add);
            }
            for (String column : List.of(IMAGE_SOURCE, VARIANT_IMAGE)) {
                row.cell(column).filter(cell -> !cell.text().isBlank()).ifPresent(cell -> addImage(cell, column, images));
            }
        }
        if (variants.isEmpty() && rows.stream().noneMatch(row -> row.text(VARIANT_PRICE).isPresent() || hasOptionValue(row))) {
            problems.add(new DocumentProblem(Severity.ERROR, first.cell(VARIANT_PRICE).orElseThrow().position(),
                    VARIANT_PRICE, "the product \"" + ObjectFields.shortened(handle) + "\" has no row with a Variant Price"));
        }
        if (id.isEmpty() || title.isEmpty() || variants.isEmpty()) {
            return Optional.empty();
        }
        ShopifyVariant cheapest = variants.stream().min(Comparator.comparing(variant -> variant.price().amount())).orElseThrow();
        Optional<Money> compareAtPrice = cheapest.compareAtPrice().filter(former -> former.isGreaterThan(cheapest.price()));
        OptionalInt stock = variants.stream().allMatch(variant -> variant.stock().isPresent())
                ? OptionalInt.of(variants.stream().mapToInt(variant -> variant.stock().getAsInt()).sum())
                : OptionalInt.empty();
        List<Variant> listedVariants = new ArrayList<>();
        boolean onlyDefaultVariant = variants.size() == 1 && (variants.getFirst().options().isEmpty()
                || variants.getFirst().options().values().stream().allMatch(DEFAULT_OPTION_VALUE::equals));
        if (!onlyDefaultVariant) {
            Set<String> usedIds = new HashSet<>();
            for (int index = 0; index < variants.size(); index++) {
                ShopifyVariant variant = variants.get(index);
                String variantId = variant.sku().filter(usedIds::add).orElse(handle + "-" + (index + 1));
                usedIds.add(variantId);
                String variantTitle = variant.options().isEmpty() ? variantId : String.join(" / ", variant.options().values());
                listedVariants.add(new Variant(variantId, variantTitle, variant.options(), Optional.of(variant.price()),
                        variant.stock()));
            }
        }
        return Optional.of(new ProductEntry(id.get(), handleCell.position(), HANDLE, title.get(), cheapest.price(),
                compareAtPrice, images, stock, Optional.<URI>empty(), Optional.empty(), first.start(), HANDLE,
                listedVariants, List.of()));
    }

    /** A variant row as read, before deciding whether the product lists its variants. */
    private record ShopifyVariant(Money price, Optional<Money> compareAtPrice, OptionalInt stock, Optional<String> sku,
            Map<String, String> options) {
    }

    private Optional<ShopifyVariant> variant(CsvTable.Row row, String[] optionNames) {
        Field priceCell = row.cell(VARIANT_PRICE).orElseThrow();
        Optional<Money> price;
        if (priceCell.text().isBlank()) {
            problems.add(new DocumentProblem(Severity.ERROR, priceCell.position(), VARIANT_PRICE,
                    "this variant has no price: fill in the Variant Price"));
            price = Optional.empty();
        } else {
            price = checked(priceCell, VARIANT_PRICE, () -> FieldValues.price(priceCell.text(), currency));
        }
        Optional<Money> compareAtPrice = row.cell(VARIANT_COMPARE_AT_PRICE).filter(cell -> !cell.text().isBlank())
                .flatMap(cell -> checked(cell, VARIANT_COMPARE_AT_PRICE, () -> FieldValues.price(cell.text(), currency)));
        boolean tracked = !row.cell(VARIANT_INVENTORY_TRACKER).isPresent()
                || row.text(VARIANT_INVENTORY_TRACKER).isPresent();
        OptionalInt stock = OptionalInt.empty();
        Optional<Field> quantityCell = row.cell(VARIANT_INVENTORY_QUANTITY).filter(cell -> !cell.text().isBlank());
        if (tracked && quantityCell.isPresent()) {
            String quantity = quantityCell.get().text().strip();
            if (quantity.matches("-\\d{1,9}")) {
                // Shopify lets orders take stock below zero (overselling); on screen that is sold out
                problems.add(new DocumentProblem(Severity.WARNING, quantityCell.get().position(),
                        VARIANT_INVENTORY_QUANTITY, "stock " + quantity + " is below zero (oversold): shown as sold out"));
                stock = OptionalInt.of(0);
            } else {
                stock = checked(quantityCell.get(), VARIANT_INVENTORY_QUANTITY, () -> FieldValues.stock(quantity))
                        .map(OptionalInt::of).orElse(OptionalInt.empty());
            }
        }
        Map<String, String> options = new LinkedHashMap<>();
        for (int option = 1; option <= OPTION_COUNT; option++) {
            Optional<String> value = row.text("Option" + option + " Value");
            if (value.isPresent()) {
                options.put(optionNames[option - 1], value.get());
            }
        }
        if (price.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ShopifyVariant(price.get(), compareAtPrice, stock, row.text(VARIANT_SKU), options));
    }

    private static boolean hasOptionValue(CsvTable.Row row) {
        for (int option = 1; option <= OPTION_COUNT; option++) {
            if (row.text("Option" + option + " Value").isPresent()) {
                return true;
            }
        }
        return false;
    }

    private void addImage(Field cell, String column, List<Path> images) {
        imagePath(cell, column).filter(path -> !images.contains(path)).ifPresent(images::add);
    }

    /**
     * The local file for an Image Src: the path itself when it is a file in (or under) the image folder, else a file
     * of the same name in the image folder. When there is none, that name is still returned, so the card shows a
     * placeholder now and the picture once it is saved there.
     */
    private Optional<Path> imagePath(Field cell, String column) {
        String source = cell.text().strip();
        boolean isUrl = source.contains("://");
        String name = isUrl ? urlFileName(source) : lastSegment(source);
        if (!SAFE_FILE_NAME.matcher(name).matches() || name.equals(".") || name.equals("..")) {
            problems.add(new DocumentProblem(Severity.WARNING, cell.position(), column, "\"" + ObjectFields.shortened(source)
                    + "\" does not name a picture file: the product gets a placeholder"));
            return Optional.empty();
        }
        if (!isUrl) {
            try {
                Path direct = imageFolder.resolve(source).normalize();
                if (direct.startsWith(imageFolder) && Files.isRegularFile(direct)) {
                    return Optional.of(direct);
                }
            } catch (InvalidPathException e) {
                // looked up by its name below
            }
        }
        Path byName = imageFolder.resolve(name);
        if (!Files.isRegularFile(byName)) {
            problems.add(new DocumentProblem(Severity.WARNING, cell.position(), column, "picture \"" + name
                    + "\" is not in the image folder " + imageFolder + (isUrl ? " (the studio does not download pictures)" : "")
                    + ": a placeholder is shown until it is saved there"));
        }
        return Optional.of(byName);
    }

    private static String urlFileName(String url) {
        try {
            String path = new URI(url).getRawPath();
            return path == null ? "" : URLDecoder.decode(lastSegment(path), StandardCharsets.UTF_8);
        } catch (URISyntaxException | IllegalArgumentException e) {
            int query = url.indexOf('?');
            return lastSegment(query >= 0 ? url.substring(0, query) : url);
        }
    }

    private static String lastSegment(String path) {
        String trimmed = path.replace('\\', '/');
        int slash = trimmed.lastIndexOf('/');
        return slash >= 0 ? trimmed.substring(slash + 1) : trimmed;
    }

    private <T> Optional<T> checked(Field cell, String column, FieldValues.Check<T> check) {
        return FieldValues.checked(cell.position(), column, problems, check);
    }
}
