package live.studio.show.file;

import live.studio.catalog.DurationText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import live.studio.catalog.Catalog;
import live.studio.catalog.Money;
import live.studio.catalog.Product;
import live.studio.catalog.PromoCode;
import live.studio.catalog.PromoValidity;
import live.studio.catalog.Variant;
import live.studio.files.AtomicFiles;
import live.studio.show.ShowCommands;
import live.studio.show.runsheet.Advance;
import live.studio.show.runsheet.Cue;
import live.studio.show.runsheet.CueTrigger;
import live.studio.show.runsheet.RunSheet;
import live.studio.show.runsheet.Segment;
import live.studio.show.runsheet.SegmentStart;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Writes shows back in the format {@link ShowFileReader} reads, through {@link AtomicFiles} (a crash leaves the old
 * file or the new one, and the old one as {@code NAME.bak}). What it writes reads back equal: durations in their
 * compact form (6m, 1m30s), times of day as 20:00, a cue's arguments after its command (in "arguments" when one is
 * named like a cue field). Defaults are left out (a soft start, auto-advance, empty notes).
 */
public final class ShowFileWriter {
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final ObjectMapper YAML = YAMLMapper.builder().build();

    private ShowFileWriter() {
    }

    /**
     * Saves an edited run-sheet into the show file it came from, keeping everything else as it is written there (the
     * catalog reference, the layouts, fields in their order); a YAML file stays YAML (its comments are lost).
     *
     * @throws IOException when the file cannot be read, is no longer a show file's object, or cannot be written
     */
    public static void saveRunSheet(Path file, RunSheet runSheet) throws IOException {
        ShowFormat format = ShowFormat.of(file);
        ObjectMapper mapper = format == ShowFormat.YAML ? YAML : JSON;
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (JacksonException e) {
            throw new IOException(file + " cannot be read as " + format + " any more (" + e.getOriginalMessage()
                    + "): the run-sheet was not saved", e);
        }
        if (!(root instanceof ObjectNode show)) {
            throw new IOException(file + " does not hold a show (an object) any more: the run-sheet was not saved");
        }
        show.set("runSheet", runSheetNode(runSheet));
        AtomicFiles.writeString(file, serialized(mapper, show));
    }

    /** Saves a whole show as JSON, its catalog included; pictures are named relative to {@code file}'s folder. */
    public static void save(ShowFile show, Path file) throws IOException {
        AtomicFiles.writeString(file, toJson(show, file));
    }

    /** The whole show as JSON text; pictures are named relative to {@code file}'s folder. */
    public static String toJson(ShowFile show, Path file) {
        Path folder = file.toAbsolutePath().normalize().getParent();
        ObjectNode root = JSON.createObjectNode();
        ObjectNode info = root.putObject("show");
        info.put("title", show.info().title());
        if (!show.info().host().isEmpty()) {
            info.put("host", show.info().host());
        }
        info.put("language", show.info().language().toLanguageTag());
        show.info().date().ifPresent(date -> info.put("date", date.toString()));
        root.set("catalog", catalogNode(show.catalog(), folder));
        root.put("theme", show.theme());
        if (!show.layouts().isEmpty()) {
            ArrayNode layouts = root.putArray("layouts");
            show.layouts().forEach(layout -> layouts.addObject().put("name", layout.name())
                    .put("label", layout.label()).put("arrangement", ShowCommands.layoutName(layout.arrangement())));
        }
        root.set("runSheet", runSheetNode(show.runSheet()));
        return serialized(JSON, root);
    }

    /** The run-sheet alone as JSON text (an array of segments), which {@link ShowFileReader#readRunSheet} reads. */
    public static String toJson(RunSheet runSheet) {
        return serialized(JSON, runSheetNode(runSheet));
    }

    private static ArrayNode runSheetNode(RunSheet runSheet) {
        ArrayNode segments = JSON.createArrayNode();
        for (Segment segment : runSheet.segments()) {
            ObjectNode node = segments.addObject();
            node.put("id", segment.id());
            node.put("title", segment.title());
            node.put("duration", DurationText.format(segment.plannedDuration()));
            if (segment.start() instanceof SegmentStart.AtTimeOfDay(var timeOfDay)) {
                node.put("start", timeOfDay.toString());
            }
            if (segment.advance() == Advance.MANUAL) {
                node.put("advance", "manual");
            }
            segment.layout().ifPresent(layout -> node.put("layout", layout));
            if (!segment.hostNotes().isEmpty()) {
                node.put("notes", segment.hostNotes());
            }
            strings(node, "talkingPoints", segment.talkingPoints());
            strings(node, "products", segment.featuredProducts());
            if (!segment.cues().isEmpty()) {
                ArrayNode cues = node.putArray("cues");
                segment.cues().forEach(cue -> cues.add(cueNode(cue)));
            }
        }
        return segments;
    }

    private static ObjectNode cueNode(Cue cue) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", cue.id());
        if (!cue.label().isEmpty()) {
            node.put("label", cue.label());
        }
        node.put("at", switch (cue.trigger()) {
            case CueTrigger.AtOffset(var offset) -> DurationText.format(offset);
            case CueTrigger.OnGo() -> ShowFileReader.GO;
        });
        node.put("command", cue.command().name());
        Map<String, Object> arguments = ShowCommands.argumentsOf(cue.command());
        boolean clashes = arguments.keySet().stream().anyMatch(name -> ShowFileReader.CUE_FIELDS.contains(name)
                || name.equals(ShowFileReader.ARGUMENTS));
        ObjectNode target = clashes ? node.putObject(ShowFileReader.ARGUMENTS) : node;
        arguments.forEach((name, value) -> {
            switch (value) {
                case Integer number -> target.put(name, number);
                case Long number -> target.put(name, number);
                default -> target.put(name, value.toString());
            }
        });
        return node;
    }

    private static ObjectNode catalogNode(Catalog catalog, Path folder) {
        ObjectNode node = JSON.createObjectNode();
        ArrayNode products = node.putArray("products");
        for (Product product : catalog.products()) {
            ObjectNode entry = products.addObject();
            entry.put("id", product.id());
            entry.put("shortCode", product.shortCode());
            entry.put("title", product.title());
            entry.put("currency", product.price().currency().getCurrencyCode());
            entry.put("price", amount(product.price()));
            product.compareAtPrice().ifPresent(price -> entry.put("compareAtPrice", amount(price)));
            product.stock().ifPresent(stock -> entry.put("stock", stock));
            product.buyUrl().ifPresent(url -> entry.put("buyUrl", url.toString()));
            strings(entry, "images", product.images().stream().map(image -> relative(image, folder)).toList());
            if (!product.variants().isEmpty()) {
                ArrayNode variants = entry.putArray("variants");
                for (Variant variant : product.variants()) {
                    ObjectNode variantNode = variants.addObject();
                    variantNode.put("id", variant.id());
                    variantNode.put("title", variant.title());
                    if (!variant.options().isEmpty()) {
                        ObjectNode options = variantNode.putObject("options");
                        variant.options().forEach(options::put);
                    }
                    variant.price().ifPresent(price -> variantNode.put("price", amount(price)));
                    variant.stock().ifPresent(stock -> variantNode.put("stock", stock));
                }
            }
            strings(entry, "talkingPoints", product.talkingPoints());
        }
        if (!catalog.promoCodes().isEmpty()) {
            ArrayNode promoCodes = node.putArray("promoCodes");
            for (PromoCode promo : catalog.promoCodes()) {
                ObjectNode entry = promoCodes.addObject();
                entry.put("code", promo.code());
                entry.put("discount", promo.discountText());
                switch (promo.validity()) {
                    case PromoValidity.ForDuration(var duration) -> entry.put("validFor", DurationText.format(duration));
                    case PromoValidity.Until(var timeOfDay) -> entry.put("validUntil", timeOfDay.toString());
                    case PromoValidity.Always() -> { }
                }
                strings(entry, "products", promo.productIds());
            }
        }
        return node;
    }

    private static String amount(Money money) {
        return money.amount().toPlainString();
    }

    /** A picture beside or below the show's folder by its relative name (with '/'), any other by its full path. */
    private static String relative(Path image, Path folder) {
        Path absolute = image.toAbsolutePath().normalize();
        if (folder != null && absolute.startsWith(folder)) {
            return folder.relativize(absolute).toString().replace('\\', '/');
        }
        return absolute.toString();
    }

    private static void strings(ObjectNode node, String name, java.util.List<String> values) {
        if (!values.isEmpty()) {
            ArrayNode array = node.putArray(name);
            values.forEach(array::add);
        }
    }

    private static String serialized(ObjectMapper mapper, JsonNode node) {
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(node) + (mapper == JSON ? "\n" : "");
    }
}
