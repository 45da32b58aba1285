package live.studio.catalog;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import live.studio.catalog.CsvParser.Field;
import live.studio.catalog.document.DocumentProblem;
import live.studio.catalog.document.DocumentProblem.Severity;

/**
 * The studio's own CSV: a header row, then one product per row. Columns, in any order: id, shortCode, title, price
 * (required: id, title, price), compareAtPrice, currency (else the one given to the reader), stock (empty = not
 * tracked), buyUrl, image (several separated by |, relative to the CSV's folder), talkingPoints (separated by |).
 */
final class CsvCatalogReader {
    static final List<String> COLUMNS = List.of("id", "shortCode", "title", "price", "compareAtPrice", "currency",
            "stock", "buyUrl", "image", "talkingPoints");
    private static final List<String> REQUIRED_COLUMNS = List.of("id", "title", "price");
    private static final String LIST_SEPARATOR = "\\|";

    private final List<DocumentProblem> problems = new ArrayList<>();
    private final Path folder;
    private final Currency defaultCurrency;

    private CsvCatalogReader(Path folder, Currency defaultCurrency) {
        this.folder = folder;
        this.defaultCurrency = defaultCurrency;
    }

    static CatalogImport read(Path file, Currency defaultCurrency) {
        CsvCatalogReader reader = new CsvCatalogReader(JsonCatalogReader.folderOf(file), defaultCurrency);
        Catalog catalog = CsvTable.read(file, reader.problems).map(reader::catalog).orElse(Catalog.empty());
        return new CatalogImport(catalog, CatalogAssembly.catalogProblems(file, reader.problems));
    }

    private Catalog catalog(CsvTable table) {
        table.warnUnknownColumns(COLUMNS, problems);
        if (!table.requireColumns(REQUIRED_COLUMNS, problems)) {
            return Catalog.empty();
        }
        List<ProductEntry> entries = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            product(row).ifPresent(entries::add);
        }
        return new Catalog(CatalogAssembly.products(entries, problems), List.of());
    }

    private Optional<ProductEntry> product(CsvTable.Row row) {
        Optional<String> id = required(row, "id").flatMap(cell -> checked(cell, "id",
                () -> FieldValues.identifier(cell.text(), "a product id")));
        Optional<Field> shortCodeCell = optional(row, "shortCode");
        Optional<String> shortCode = shortCodeCell.flatMap(cell -> checked(cell, "shortCode",
                () -> FieldValues.shortCode(cell.text())));
        Optional<String> title = required(row, "title").map(cell -> cell.text().strip());
        Currency currency = optional(row, "currency")
                .flatMap(cell -> checked(cell, "currency", () -> FieldValues.currency(cell.text())))
                .orElse(defaultCurrency);
        Optional<Money> price = required(row, "price").flatMap(cell -> checked(cell, "price",
                () -> FieldValues.price(cell.text(), currency)));
        Optional<Field> compareAtCell = optional(row, "compareAtPrice");
        Optional<Money> compareAtPrice = compareAtCell.flatMap(cell -> checked(cell, "compareAtPrice",
                () -> FieldValues.price(cell.text(), currency)));
        if (price.isPresent() && compareAtPrice.isPresent() && !compareAtPrice.get().isGreaterThan(price.get())) {
            problems.add(new DocumentProblem(Severity.WARNING, compareAtCell.orElseThrow().position(), "compareAtPrice",
                    "the compare-at price is not higher than the price, so it is not shown: remove it or raise it"));
            compareAtPrice = Optional.empty();
        }
        OptionalInt stock = optional(row, "stock").flatMap(cell -> checked(cell, "stock",
                () -> FieldValues.stock(cell.text()))).map(OptionalInt::of).orElse(OptionalInt.empty());
        Optional<URI> buyUrl = optional(row, "buyUrl").flatMap(cell -> checked(cell, "buyUrl",
                () -> FieldValues.buyUrl(cell.text())));
        List<Path> images = new ArrayList<>();
        optional(row, "image").ifPresent(cell -> {
            for (String name : cell.text().split(LIST_SEPARATOR)) {
                if (!name.isBlank()) {
                    checked(cell, "image", () -> FieldValues.image(name, folder)).ifPresent(images::add);
                }
            }
        });
        List<String> talkingPoints = new ArrayList<>();
        optional(row, "talkingPoints").ifPresent(cell -> {
            for (String point : cell.text().split(LIST_SEPARATOR)) {
                if (!point.isBlank()) {
                    talkingPoints.add(point.strip());
                }
            }
        });
        if (id.isEmpty() || title.isEmpty() || price.isEmpty()) {
            return Optional.empty();
        }
        Field idCell = row.cell("id").orElseThrow();
        return Optional.of(new ProductEntry(id.get(), idCell.position(), "id", title.get(), price.get(), compareAtPrice,
                images, stock, buyUrl, shortCode, shortCodeCell.map(Field::position).orElse(row.start()), "shortCode",
                List.of(), talkingPoints));
    }

    private Optional<Field> required(CsvTable.Row row, String column) {
        Optional<Field> cell = row.cell(column);
        if (cell.isPresent() && cell.get().text().isBlank()) {
            problems.add(new DocumentProblem(Severity.ERROR, cell.get().position(), column,
                    "required value is empty: fill in the " + column));
            return Optional.empty();
        }
        return cell;
    }

    private static Optional<Field> optional(CsvTable.Row row, String column) {
        return row.cell(column).filter(cell -> !cell.text().isBlank());
    }

    private <T> Optional<T> checked(Field cell, String column, FieldValues.Check<T> check) {
        return FieldValues.checked(cell.position(), column, problems, check);
    }
}
