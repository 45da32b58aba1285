package live.studio.catalog;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import live.studio.catalog.FieldValues.InvalidValue;
import live.studio.catalog.document.DocumentPaths;
import live.studio.catalog.document.DocumentProblem;
import live.studio.catalog.document.DocumentProblem.Severity;
import live.studio.catalog.document.LocatedDocument;
import live.studio.catalog.document.LocatedNode;
import live.studio.catalog.document.LocatedNode.ArrayNode;
import live.studio.catalog.document.LocatedNode.Member;
import live.studio.catalog.document.LocatedNode.NumberNode;
import live.studio.catalog.document.LocatedNode.StringNode;
import live.studio.catalog.document.LocatedTreeReader;
import live.studio.catalog.document.ObjectFields;
import live.studio.catalog.document.ObjectFields.Presence;
import live.studio.catalog.document.Position;

/**
 * Interprets a catalog tree (a JSON file, or the {@code catalog} section of a show file):
 * <pre>
 * {"currency": "EUR",
 *  "products": [{"id", "shortCode", "title", "price", "compareAtPrice", "currency", "stock", "buyUrl", "images",
 *                "variants": [{"id", "title", "options": {...}, "price", "stock"}], "talkingPoints"}],
 *  "promoCodes": [{"code", "discount", "validFor" | "validUntil", "products": [ids]}]}
 * </pre>
 * Every problem is collected with the position of the value (or of the name, for an unknown field).
 */
final class JsonCatalogReader {
    private final Path imageFolder;
    private final List<DocumentProblem> problems;
    private final Currency fallbackCurrency;
    private boolean fallbackCurrencyUsed;

    private JsonCatalogReader(Path imageFolder, List<DocumentProblem> problems, Currency fallbackCurrency) {
        this.imageFolder = imageFolder;
        this.problems = problems;
        this.fallbackCurrency = fallbackCurrency;
    }

    static CatalogImport read(Path file, Currency fallbackCurrency) {
        LocatedDocument document = LocatedTreeReader.readJson(file);
        List<DocumentProblem> problems = new ArrayList<>(document.problems());
        Catalog catalog = document.root()
                .map(root -> new JsonCatalogReader(folderOf(file), problems, fallbackCurrency).catalog(root, ""))
                .orElse(Catalog.empty());
        return new CatalogImport(catalog, CatalogAssembly.catalogProblems(file, problems));
    }

    static CatalogImport fromTree(LocatedNode node, String path, Path file, Currency fallbackCurrency) {
        List<DocumentProblem> problems = new ArrayList<>();
        Catalog catalog = new JsonCatalogReader(folderOf(file), problems, fallbackCurrency).catalog(node, path);
        return new CatalogImport(catalog, CatalogAssembly.catalogProblems(file, problems));
    }

    /**
     * Promo codes written beside a catalog rather than in it (a show file whose catalog is a CSV import): read from
     * {@code node} (an array) against {@code catalog}'s products and added to its own codes.
     */
    static CatalogImport withPromoCodes(Catalog catalog, LocatedNode node, String path, Path file) {
        List<DocumentProblem> problems = new ArrayList<>();
        List<PromoCode> promoCodes = new ArrayList<>(catalog.promoCodes());
        if (!(node instanceof ArrayNode array)) {
            problems.add(error(node.position(), path, "expected an array ([...]), found " + ObjectFields.describe(node)));
            return new CatalogImport(catalog, CatalogAssembly.catalogProblems(file, problems));
        }
        JsonCatalogReader reader = new JsonCatalogReader(folderOf(file), problems, CatalogReader.DEFAULT_CURRENCY);
        Set<String> productIds = new HashSet<>();
        catalog.products().forEach(product -> productIds.add(product.id()));
        Map<String, Position> codePositions = new HashMap<>();
        for (int index = 0; index < array.elements().size(); index++) {
            LocatedNode element = array.elements().get(index);
            String promoPath = DocumentPaths.element(path, index);
            reader.promoCode(element, promoPath, productIds, productIds, codePositions).ifPresent(promo -> {
                if (catalog.promoCode(promo.code()).isPresent()) {
                    problems.add(error(element.position(), promoPath + ".code", "the catalog already has the promo code \""
                            + promo.code() + "\": give it once"));
                } else {
                    promoCodes.add(promo);
                }
            });
        }
        return new CatalogImport(new Catalog(catalog.products(), promoCodes),
                CatalogAssembly.catalogProblems(file, problems));
    }

    static Path folderOf(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? Path.of("").toAbsolutePath() : parent;
    }

    private Catalog catalog(LocatedNode root, String path) {
        Optional<ObjectFields> maybeFields = ObjectFields.of(root, path, problems);
        if (maybeFields.isEmpty()) {
            return Catalog.empty();
        }
        ObjectFields fields = maybeFields.get();
        Optional<Currency> catalogCurrency = currency(fields);
        List<ProductEntry> entries = new ArrayList<>();
        Set<String> idsInFile = new HashSet<>();
        Optional<ArrayNode> productArray = fields.array("products", Presence.OPTIONAL);
        productArray.ifPresent(array -> {
            for (int index = 0; index < array.elements().size(); index++) {
                String productPath = DocumentPaths.element(fields.pathOf("products"), index);
                product(array.elements().get(index), productPath, catalogCurrency, idsInFile).ifPresent(entries::add);
            }
        });
        if (productArray.isEmpty() || productArray.get().elements().isEmpty()) {
            problems.add(new DocumentProblem(Severity.WARNING, productArray.map(LocatedNode::position)
                    .orElse(fields.position()), fields.pathOf("products"), "the catalog has no products"));
        }
        List<Product> products = CatalogAssembly.products(entries, problems);
        Set<String> productIds = new HashSet<>();
        products.forEach(product -> productIds.add(product.id()));

        List<PromoCode> promoCodes = new ArrayList<>();
        Map<String, Position> codePositions = new HashMap<>();
        fields.array("promoCodes", Presence.OPTIONAL).ifPresent(array -> {
            for (int index = 0; index < array.elements().size(); index++) {
                String promoPath = DocumentPaths.element(fields.pathOf("promoCodes"), index);
                promoCode(array.elements().get(index), promoPath, idsInFile, productIds, codePositions)
                        .ifPresent(promoCodes::add);
            }
        });
        fields.reportUnknownFields(Severity.ERROR);
        if (fallbackCurrencyUsed) {
            problems.add(new DocumentProblem(Severity.WARNING, fields.position(), fields.pathOf("currency"),
                    "no currency given, prices are read as " + fallbackCurrency.getCurrencyCode()
                            + ": add \"currency\": \"" + fallbackCurrency.getCurrencyCode() + "\""));
        }
        return new Catalog(products, promoCodes);
    }

    /**
     * The object's currency, if it names one. A currency that is written but unknown is reported and read as the
     * fallback, so the prices can still be checked and no second problem says the currency is missing.
     */
    private Optional<Currency> currency(ObjectFields fields) {
        return fields.string("currency", Presence.OPTIONAL).map(node -> checked(node, fields.pathOf("currency"),
                () -> FieldValues.currency(node.value())).orElse(fallbackCurrency));
    }

    private Optional<ProductEntry> product(LocatedNode node, String path, Optional<Currency> catalogCurrency,
            Set<String> idsInFile) {
        Optional<ObjectFields> maybeFields = ObjectFields.of(node, path, problems);
        if (maybeFields.isEmpty()) {
            return Optional.empty();
        }
        ObjectFields fields = maybeFields.get();
        Optional<String> id = text(fields, "id", Presence.REQUIRED).flatMap(idNode -> checked(idNode,
                fields.pathOf("id"), () -> FieldValues.identifier(idNode.value(), "a product id")));
        id.ifPresent(idsInFile::add);
        Optional<LocatedNode> shortCodeNode = fields.stringOrNumber("shortCode", Presence.OPTIONAL);
        Optional<String> shortCode = shortCodeNode.flatMap(value -> checked(value, fields.pathOf("shortCode"),
                () -> FieldValues.shortCode(scalarText(value))));
        Optional<String> title = text(fields, "title", Presence.REQUIRED).map(StringNode::value).map(String::strip);

        Optional<Currency> ownCurrency = currency(fields);
        if (ownCurrency.isEmpty() && catalogCurrency.isEmpty()) {
            fallbackCurrencyUsed = true;
        }
        Currency currency = ownCurrency.or(() -> catalogCurrency).orElse(fallbackCurrency);
        Optional<Money> price = price(fields, "price", Presence.REQUIRED, currency);
        Optional<Money> compareAtPrice = price(fields, "compareAtPrice", Presence.OPTIONAL, currency);
        if (price.isPresent() && compareAtPrice.isPresent() && !compareAtPrice.get().isGreaterThan(price.get())) {
            problems.add(new DocumentProblem(Severity.WARNING, fields.value("compareAtPrice", Presence.OPTIONAL)
                    .orElseThrow().position(), fields.pathOf("compareAtPrice"), "the compare-at price "
                    + compareAtPrice.get().amount().toPlainString() + " is not higher than the price "
                    + price.get().amount().toPlainString() + ", so it is not shown: remove it or raise it"));
            compareAtPrice = Optional.empty();
        }
        OptionalInt stock = stock(fields);
        Optional<URI> buyUrl = text(fields, "buyUrl", Presence.OPTIONAL).flatMap(value -> checked(value,
                fields.pathOf("buyUrl"), () -> FieldValues.buyUrl(value.value())));
        List<Path> images = new ArrayList<>();
        strings(fields, "images").forEach((elementPath, value) -> checked(value, elementPath,
                () -> FieldValues.image(value.value(), imageFolder)).ifPresent(images::add));
        List<Variant> variants = variants(fields, currency);
        List<String> talkingPoints = new ArrayList<>();
        strings(fields, "talkingPoints").values().forEach(value -> {
            if (!value.value().isBlank()) {
                talkingPoints.add(value.value().strip());
            }
        });
        fields.reportUnknownFields(Severity.ERROR);

        if (id.isEmpty() || title.isEmpty() || price.isEmpty()) {
            return Optional.empty();
        }
        if (stock.isEmpty() && !variants.isEmpty() && variants.stream().allMatch(variant -> variant.stock().isPresent())) {
            stock = OptionalInt.of(variants.stream().mapToInt(variant -> variant.stock().getAsInt()).sum());
        }
        Member idMember = fields.node().member("id").orElseThrow();
        Position shortCodePosition = shortCodeNode.map(LocatedNode::position).orElse(fields.position());
        return Optional.of(new ProductEntry(id.get(), idMember.value().position(), fields.pathOf("id"), title.get(),
                price.get(), compareAtPrice, images, stock, buyUrl, shortCode, shortCodePosition,
                fields.pathOf("shortCode"), variants, talkingPoints));
    }

    private List<Variant> variants(ObjectFields product, Currency currency) {
        List<Variant> variants = new ArrayList<>();
        Optional<ArrayNode> array = product.array("variants", Presence.OPTIONAL);
        if (array.isEmpty()) {
            return variants;
        }
        Map<String, Position> idPositions = new HashMap<>();
        for (int index = 0; index < array.get().elements().size(); index++) {
            String path = DocumentPaths.element(product.pathOf("variants"), index);
            Optional<ObjectFields> maybeFields = ObjectFields.of(array.get().elements().get(index), path, problems);
            if (maybeFields.isEmpty()) {
                continue;
            }
            ObjectFields fields = maybeFields.get();
            Optional<StringNode> idNode = text(fields, "id", Presence.REQUIRED);
            Optional<String> id = idNode.flatMap(value -> checked(value, fields.pathOf("id"),
                    () -> FieldValues.identifier(value.value(), "a variant id")));
            Optional<String> title = text(fields, "title", Presence.OPTIONAL).map(StringNode::value).map(String::strip)
                    .filter(value -> !value.isEmpty());
            Map<String, String> options = new LinkedHashMap<>();
            fields.object("options", Presence.OPTIONAL).ifPresent(optionFields -> {
                for (Member option : optionFields.node().members().values()) {
                    LocatedNode value = option.value();
                    if (value instanceof StringNode || value instanceof NumberNode) {
                        options.put(option.name(), scalarText(value).strip());
                    } else {
                        problems.add(error(value.position(), optionFields.pathOf(option.name()),
                                "expected a string like \"M\" or \"Black\", found " + ObjectFields.describe(value)));
                    }
                }
            });
            Optional<Money> price = price(fields, "price", Presence.OPTIONAL, currency);
            OptionalInt stock = stock(fields);
            fields.reportUnknownFields(Severity.ERROR);
            if (id.isEmpty()) {
                continue;
            }
            Position earlier = idPositions.putIfAbsent(id.get(), idNode.get().position());
            if (earlier != null) {
                problems.add(error(idNode.get().position(), fields.pathOf("id"), "duplicate variant id \"" + id.get()
                        + "\" (first used at line " + earlier.line() + ")"));
                continue;
            }
            String shownTitle = title.orElseGet(() -> options.isEmpty() ? id.get() : String.join(" / ", options.values()));
            variants.add(new Variant(id.get(), shownTitle, options, price, stock));
        }
        return variants;
    }

    private Optional<PromoCode> promoCode(LocatedNode node, String path, Set<String> idsInFile, Set<String> productIds,
            Map<String, Position> codePositions) {
        Optional<ObjectFields> maybeFields = ObjectFields.of(node, path, problems);
        if (maybeFields.isEmpty()) {
            return Optional.empty();
        }
        ObjectFields fields = maybeFields.get();
        Optional<StringNode> codeNode = text(fields, "code", Presence.REQUIRED);
        Optional<String> code = codeNode.flatMap(value -> checked(value, fields.pathOf("code"),
                () -> FieldValues.promoCode(value.value())));
        Optional<String> discount = text(fields, "discount", Presence.REQUIRED).map(StringNode::value).map(String::strip);
        Optional<StringNode> validFor = text(fields, "validFor", Presence.OPTIONAL);
        Optional<StringNode> validUntil = text(fields, "validUntil", Presence.OPTIONAL);
        PromoValidity validity = new PromoValidity.Always();
        boolean validityBroken = false;
        if (validFor.isPresent() && validUntil.isPresent()) {
            problems.add(error(validUntil.get().position(), fields.pathOf("validUntil"),
                    "give either validFor or validUntil, not both"));
            validityBroken = true;
        } else if (validFor.isPresent()) {
            Optional<Duration> duration = checked(validFor.get(), fields.pathOf("validFor"),
                    () -> positiveDuration(validFor.get().value()));
            validityBroken = duration.isEmpty();
            validity = duration.<PromoValidity>map(PromoValidity.ForDuration::new).orElse(validity);
        } else if (validUntil.isPresent()) {
            var time = checked(validUntil.get(), fields.pathOf("validUntil"),
                    () -> FieldValues.timeOfDay(validUntil.get().value()));
            validityBroken = time.isEmpty();
            validity = time.<PromoValidity>map(PromoValidity.Until::new).orElse(validity);
        }
        List<String> appliesTo = new ArrayList<>();
        strings(fields, "products").forEach((elementPath, value) -> {
            String id = value.value().strip();
            if (!idsInFile.contains(id)) {
                problems.add(error(value.position(), elementPath, "no product with the id \"" + ObjectFields.shortened(id)
                        + "\" in the catalog"));
            } else if (productIds.contains(id) && !appliesTo.contains(id)) {
                appliesTo.add(id);
            }
        });
        fields.reportUnknownFields(Severity.ERROR);
        if (code.isEmpty() || discount.isEmpty() || validityBroken) {
            return Optional.empty();
        }
        Position earlier = codePositions.putIfAbsent(code.get().toUpperCase(Locale.ROOT), codeNode.get().position());
        if (earlier != null) {
            problems.add(error(codeNode.get().position(), fields.pathOf("code"), "duplicate promo code \"" + code.get()
                    + "\" (first at line " + earlier.line() + "; codes ignore case)"));
            return Optional.empty();
        }
        return Optional.of(new PromoCode(code.get(), discount.get(), validity, appliesTo));
    }

    private static Duration positiveDuration(String text) throws InvalidValue {
        Duration duration;
        try {
            duration = DurationText.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidValue(e.getMessage());
        }
        if (duration.isZero()) {
            throw new InvalidValue("a promo code valid for 0 seconds would never be usable: give a longer duration");
        }
        return duration;
    }

    private Optional<StringNode> text(ObjectFields fields, String name, Presence presence) {
        return fields.string(name, presence);
    }

    private Optional<Money> price(ObjectFields fields, String name, Presence presence, Currency currency) {
        Optional<LocatedNode> node = fields.value(name, presence);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (!(node.get() instanceof NumberNode) && !(node.get() instanceof StringNode)) {
            problems.add(error(node.get().position(), fields.pathOf(name), "expected a price (a number like 89.00 or a "
                    + "string like \"89.00\"), found " + ObjectFields.describe(node.get())));
            return Optional.empty();
        }
        return checked(node.get(), fields.pathOf(name), () -> FieldValues.price(scalarText(node.get()), currency));
    }

    private OptionalInt stock(ObjectFields fields) {
        Optional<LocatedNode> node = fields.value("stock", Presence.OPTIONAL);
        if (node.isEmpty()) {
            return OptionalInt.empty();
        }
        if (!(node.get() instanceof NumberNode number)) {
            problems.add(error(node.get().position(), fields.pathOf("stock"), "expected a whole number like 12, found "
                    + ObjectFields.describe(node.get())));
            return OptionalInt.empty();
        }
        return checked(number, fields.pathOf("stock"), () -> FieldValues.stock(number.text()))
                .map(OptionalInt::of).orElse(OptionalInt.empty());
    }

    /** The string elements of an array field by their paths; other elements are reported. */
    private Map<String, StringNode> strings(ObjectFields fields, String name) {
        Map<String, StringNode> strings = new LinkedHashMap<>();
        fields.array(name, Presence.OPTIONAL).ifPresent(array -> {
            for (int index = 0; index < array.elements().size(); index++) {
                String elementPath = DocumentPaths.element(fields.pathOf(name), index);
                LocatedNode element = array.elements().get(index);
                if (element instanceof StringNode string) {
                    strings.put(elementPath, string);
                } else {
                    problems.add(error(element.position(), elementPath, "expected a string, found "
                            + ObjectFields.describe(element)));
                }
            }
        });
        return strings;
    }

    private static String scalarText(LocatedNode node) {
        return switch (node) {
            case StringNode string -> string.value();
            case NumberNode number -> number.text();
            default -> throw new IllegalArgumentException("not a scalar: " + node.kind());
        };
    }

    private <T> Optional<T> checked(LocatedNode node, String path, FieldValues.Check<T> check) {
        return FieldValues.checked(node.position(), path, problems, check);
    }

    private static DocumentProblem error(Position position, String path, String message) {
        return new DocumentProblem(Severity.ERROR, position, path, message);
    }
}
