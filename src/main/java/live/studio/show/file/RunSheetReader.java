package live.studio.show.file;

import live.studio.show.runsheet.SegmentDurations;
import live.studio.catalog.DurationText;
import static live.studio.show.file.ShowFields.builtInLayout;
import static live.studio.show.file.ShowFields.builtInLayoutNames;
import static live.studio.show.file.ShowFields.didYouMean;
import static live.studio.show.file.ShowFields.error;
import static live.studio.show.file.ShowFields.identifier;
import static live.studio.show.file.ShowFields.limited;
import static live.studio.show.file.ShowFields.quote;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import live.studio.catalog.Catalog;
import live.studio.catalog.Product;
import live.studio.catalog.document.DocumentPaths;
import live.studio.catalog.document.DocumentProblem;
import live.studio.catalog.document.DocumentProblem.Severity;
import live.studio.catalog.document.LocatedNode;
import live.studio.catalog.document.LocatedNode.ArrayNode;
import live.studio.catalog.document.LocatedNode.BooleanNode;
import live.studio.catalog.document.LocatedNode.Member;
import live.studio.catalog.document.LocatedNode.NullNode;
import live.studio.catalog.document.LocatedNode.NumberNode;
import live.studio.catalog.document.LocatedNode.ObjectNode;
import live.studio.catalog.document.LocatedNode.StringNode;
import live.studio.catalog.document.ObjectFields;
import live.studio.catalog.document.ObjectFields.Presence;
import live.studio.catalog.document.Position;
import live.studio.compose.Layout;
import live.studio.show.CommandException;
import live.studio.show.CommandSpec;
import live.studio.show.ShowCommand;
import live.studio.show.ShowCommands;
import live.studio.show.runsheet.Advance;
import live.studio.show.runsheet.Cue;
import live.studio.show.runsheet.CueTrigger;
import live.studio.show.runsheet.RunSheet;
import live.studio.show.runsheet.Segment;
import live.studio.show.runsheet.SegmentStart;

/**
 * Reads the run-sheet of a show file: its segments and their cues, checked against the show's catalog and layouts
 * when the file has them (a run-sheet checked alone has neither, and its references are then taken as written).
 * Problems go into the list it is given, with the position and path of each value.
 */
final class RunSheetReader {
    private static final Pattern TIME_OF_DAY = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2}))?");
    private static final int MAX_DERIVED_ID_CHARS = 40;

    private final List<DocumentProblem> problems;
    private final Catalog catalog;
    private final boolean catalogGiven;
    private final Map<String, Layout> layouts;
    private final boolean layoutsCheckable;

    /**
     * @param catalog the catalog to check products and promo codes against; empty when there is none to check with
     * @param layouts the file's layouts; empty when layout names cannot be checked (a run-sheet alone)
     */
    RunSheetReader(List<DocumentProblem> problems, Optional<Catalog> catalog, Optional<Map<String, Layout>> layouts) {
        this.problems = problems;
        this.catalog = catalog.orElse(Catalog.empty());
        this.catalogGiven = catalog.isPresent();
        this.layouts = layouts.orElse(Map.of());
        this.layoutsCheckable = layouts.isPresent();
    }

    private boolean layoutsCheckable() {
        return layoutsCheckable;
    }

    RunSheet runSheet(ArrayNode array, String path) {
        List<LocatedNode> elements = limited(array, path, ShowLimits.MAX_SEGMENTS, "segments", problems);
        Set<String> takenSegmentIds = explicitIds(elements, List.of());
        Set<String> takenCueIds = new HashSet<>();
        for (LocatedNode element : elements) {
            if (element instanceof ObjectNode segment) {
                segment.member("cues").ifPresent(cues -> {
                    if (cues.value() instanceof ArrayNode cueArray) {
                        takenCueIds.addAll(explicitIds(cueArray.elements(), List.of()));
                    }
                });
            }
        }
        Map<String, Position> segmentIds = new HashMap<>();
        Map<String, Position> cueIds = new HashMap<>();
        List<Segment> segments = new ArrayList<>();
        int errorsBefore = errorCount();
        for (int index = 0; index < elements.size(); index++) {
            segment(elements.get(index), DocumentPaths.element(path, index), index, takenSegmentIds, segmentIds,
                    takenCueIds, cueIds).ifPresent(segments::add);
        }
        // a run-sheet with errors is never used; building one could trip over the duplicates just reported
        return errorCount() == errorsBefore ? new RunSheet(segments) : RunSheet.empty();
    }

    private Optional<Segment> segment(LocatedNode node, String path, int index, Set<String> takenIds,
            Map<String, Position> seenIds, Set<String> takenCueIds, Map<String, Position> seenCueIds) {
        Optional<ObjectFields> maybeFields = ObjectFields.of(node, path, problems);
        if (maybeFields.isEmpty()) {
            return Optional.empty();
        }
        ObjectFields fields = maybeFields.get();
        Optional<String> title = fields.string("title", Presence.REQUIRED).map(value -> value.value().strip());
        Optional<String> id = id(fields, seenIds, "segment", () -> uniqueId(slug(title.orElse(""),
                "segment-" + (index + 1)), takenIds));
        Optional<Duration> duration = duration(fields, "duration", Presence.REQUIRED);
        SegmentStart start = fields.string("start", Presence.OPTIONAL).map(value -> start(value, fields.pathOf("start")))
                .orElse(new SegmentStart.FollowsPrevious());
        Advance advance = fields.string("advance", Presence.OPTIONAL).map(value -> advance(value, fields.pathOf("advance")))
                .orElse(Advance.AUTOMATIC);
        String notes = fields.string("notes", Presence.OPTIONAL).map(StringNode::value).map(String::strip).orElse("");
        List<String> talkingPoints = new ArrayList<>();
        strings(fields, "talkingPoints", "a talking point").forEach(value -> {
            if (!value.value().isBlank()) {
                talkingPoints.add(value.value().strip());
            }
        });
        List<String> products = new ArrayList<>();
        strings(fields, "products", "a product id like \"baskets-runner\" or a short code like \"#11\"").forEach(value ->
                productId(value, pathOfElement(fields, "products", value)).ifPresent(productId -> {
                    if (!products.contains(productId)) {
                        products.add(productId);
                    }
                }));
        Optional<String> layout = fields.string("layout", Presence.OPTIONAL).flatMap(value -> {
            String name = value.value().strip();
            return layoutExists(name, value.position(), fields.pathOf("layout")) ? Optional.of(name) : Optional.empty();
        });
        List<Cue> cues = new ArrayList<>();
        String segmentId = id.orElse("segment-" + (index + 1));
        fields.array("cues", Presence.OPTIONAL).ifPresent(array -> {
            List<LocatedNode> elements = limited(array, fields.pathOf("cues"), ShowLimits.MAX_CUES_PER_SEGMENT, "cues", problems);
            for (int cueIndex = 0; cueIndex < elements.size(); cueIndex++) {
                cue(elements.get(cueIndex), DocumentPaths.element(fields.pathOf("cues"), cueIndex), segmentId, cueIndex,
                        takenCueIds, seenCueIds, duration, advance).ifPresent(cues::add);
            }
        });
        fields.reportUnknownFields(Severity.ERROR);
        if (id.isEmpty() || title.isEmpty() || duration.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Segment(id.get(), title.get(), duration.get(), start, advance, notes, talkingPoints,
                products, layout, cues));
    }

    private Optional<Cue> cue(LocatedNode node, String path, String segmentId, int index, Set<String> takenIds,
            Map<String, Position> seenIds, Optional<Duration> segmentDuration, Advance advance) {
        Optional<ObjectFields> maybeFields = ObjectFields.of(node, path, problems);
        if (maybeFields.isEmpty()) {
            return Optional.empty();
        }
        ObjectFields fields = maybeFields.get();
        Optional<String> id = id(fields, seenIds, "cue", () -> uniqueId(segmentId + "-cue-" + (index + 1), takenIds));
        String label = fields.string("label", Presence.OPTIONAL).map(value -> value.value().strip()).orElse("");
        Optional<CueTrigger> trigger = trigger(fields);
        trigger.ifPresent(value -> checkOffset(value, fields, segmentDuration, advance));
        Optional<ShowCommand> command = command(fields);
        if (id.isEmpty() || trigger.isEmpty() || command.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Cue(id.get(), label, trigger.get(), command.get()));
    }

    private Optional<CueTrigger> trigger(ObjectFields fields) {
        Optional<LocatedNode> node = fields.value("at", Presence.REQUIRED);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (!(node.get() instanceof StringNode text)) {
            problems.add(error(node.get().position(), fields.pathOf("at"), "expected an offset from the segment's "
                    + "start like \"1m30s\" or \"go\", found " + ObjectFields.describe(node.get())));
            return Optional.empty();
        }
        if (text.value().strip().equalsIgnoreCase(ShowFileReader.GO)) {
            return Optional.of(new CueTrigger.OnGo());
        }
        return parsedDuration(text, fields.pathOf("at"), " or \"go\"").map(CueTrigger.AtOffset::new);
    }

    /**
     * A cue after its segment's planned end: an automatic segment has ended by then, so the cue would never fire (an
     * error); a manual one may be running over, so it can fire, but probably not as meant (a warning).
     */
    private void checkOffset(CueTrigger trigger, ObjectFields fields, Optional<Duration> segmentDuration, Advance advance) {
        if (!(trigger instanceof CueTrigger.AtOffset(Duration offset)) || segmentDuration.isEmpty()) {
            return;
        }
        Duration planned = segmentDuration.get();
        Position where = fields.node().member("at").orElseThrow().value().position();
        String shown = DurationText.format(offset);
        if (advance == Advance.AUTOMATIC && offset.compareTo(planned) >= 0 && !planned.isZero()) {
            problems.add(error(where, fields.pathOf("at"), "at " + shown + " the segment has already ended (it lasts "
                    + DurationText.format(planned) + " and advances by itself), so the cue would never fire: "
                    + "move it earlier, lengthen the segment or make it \"advance\": \"manual\""));
        } else if (advance == Advance.MANUAL && offset.compareTo(planned) > 0) {
            problems.add(new DocumentProblem(Severity.WARNING, where, fields.pathOf("at"), "at " + shown
                    + " is after the segment's planned " + DurationText.format(planned)
                    + ": it fires only if the segment runs over that long"));
        }
    }

    private Optional<ShowCommand> command(ObjectFields fields) {
        Optional<StringNode> nameNode = fields.string("command", Presence.REQUIRED);
        // the arguments follow the command in the cue, or sit in "arguments" (for countdown.start's own "label")
        Optional<LocatedNode> wrapped = fields.value(ShowFileReader.ARGUMENTS, Presence.OPTIONAL);
        String argumentsPath = wrapped.isPresent() ? fields.pathOf(ShowFileReader.ARGUMENTS) : fields.path();
        Map<String, Member> given = new LinkedHashMap<>();
        List<Member> strays = new ArrayList<>();
        fields.node().members().forEach((name, member) -> {
            if (!ShowFileReader.CUE_FIELDS.contains(name) && !name.equals(ShowFileReader.ARGUMENTS)) {
                if (wrapped.isPresent()) {
                    strays.add(member);
                } else {
                    given.put(name, member);
                }
            }
        });
        Set<String> cueFields = new HashSet<>(ShowFileReader.CUE_FIELDS);
        cueFields.add(ShowFileReader.ARGUMENTS);
        strays.forEach(member -> problems.add(error(member.namePosition(), fields.pathOf(member.name()), "unknown field"
                + didYouMean(member.name(), cueFields, "with \"arguments\" given, every argument goes in it"))));
        if (wrapped.isPresent()) {
            if (!(wrapped.get() instanceof ObjectNode object)) {
                problems.add(error(wrapped.get().position(), argumentsPath, "expected the command's arguments "
                        + "({\"seconds\": 180, ...}), found " + ObjectFields.describe(wrapped.get())));
                return Optional.empty();
            }
            given.putAll(object.members());
        }
        if (nameNode.isEmpty()) {
            if (wrapped.isEmpty()) {
                given.values().forEach(member -> problems.add(error(member.namePosition(),
                        fields.pathOf(member.name()), "unknown field" + didYouMean(member.name(), cueFields,
                                "a cue's arguments follow its \"command\""))));
            }
            return Optional.empty();
        }
        if (!strays.isEmpty()) {
            return Optional.empty();
        }
        String name = nameNode.get().value().strip();
        Optional<CommandSpec> spec = ShowCommands.spec(name);
        if (spec.isEmpty()) {
            problems.add(error(nameNode.get().position(), fields.pathOf("command"), "unknown command " + quote(name)
                    + didYouMean(name, ShowCommands.names(), "see docs/show-file.md for the commands")));
            return Optional.empty();
        }
        Set<String> argumentNames = new HashSet<>();
        spec.get().arguments().forEach(argument -> argumentNames.add(argument.name()));
        boolean unknown = false;
        Map<String, Object> arguments = new LinkedHashMap<>();
        for (Member member : given.values()) {
            if (!argumentNames.contains(member.name())) {
                Set<String> known = new HashSet<>(argumentNames);
                if (wrapped.isEmpty()) {
                    known.addAll(cueFields);
                }
                problems.add(error(member.namePosition(), DocumentPaths.child(argumentsPath, member.name()),
                        "unknown argument for " + name + didYouMean(member.name(), known, argumentNames.isEmpty()
                                ? "it takes none" : "it takes " + String.join(", ", argumentNames.stream().sorted()
                                .toList()))));
                unknown = true;
            } else {
                arguments.put(member.name(), plain(member.value()));
            }
        }
        if (unknown) {
            return Optional.empty();
        }
        // a layout of the file is sent as the arrangement it names: the controller knows only the built-in ones
        if (name.equals("layout.set") && arguments.get("layout") instanceof String layoutName) {
            Layout own = layouts.get(layoutName.strip());
            if (own != null) {
                arguments.put("layout", ShowCommands.layoutName(own));
            } else if (builtInLayout(layoutName.strip()).isEmpty() && layoutsCheckable()) {
                Member member = given.get("layout");
                layoutExists(layoutName.strip(), member.value().position(), DocumentPaths.child(argumentsPath, "layout"));
                return Optional.empty();
            }
        }
        ShowCommand command;
        try {
            command = ShowCommands.parse(name, arguments);
        } catch (CommandException e) {
            Member member = given.get(e.field());
            Position where = member != null ? member.value().position()
                    : wrapped.map(LocatedNode::position).orElse(fields.position());
            String path = e.field().equals("command") ? fields.pathOf("command")
                    : DocumentPaths.child(argumentsPath, e.field());
            problems.add(error(where, path, e.getMessage()));
            return Optional.empty();
        }
        return checkedReferences(command, given, argumentsPath) ? Optional.of(command) : Optional.empty();
    }

    /** The products and promo codes a command names exist (when the file has a catalog to check them against). */
    private boolean checkedReferences(ShowCommand command, Map<String, Member> given, String argumentsPath) {
        if (!catalogGiven) {
            return true;
        }
        return switch (command) {
            case ShowCommand.ShowProduct c -> productArgument(given.get("product"), argumentsPath);
            case ShowCommand.SetStock c -> productArgument(given.get("product"), argumentsPath);
            case ShowCommand.ShowStock c -> productArgument(given.get("product"), argumentsPath);
            case ShowCommand.ShowPromo c -> promoArgument(given.get("code"), DocumentPaths.child(argumentsPath, "code"));
            case ShowCommand.StartCountdown c when c.promo().isPresent() ->
                    promoArgument(given.get("promo"), DocumentPaths.child(argumentsPath, "promo"));
            default -> true;
        };
    }

    private boolean productArgument(Member member, String argumentsPath) {
        return member.value() instanceof StringNode value
                && productId(value, DocumentPaths.child(argumentsPath, member.name())).isPresent();
    }

    private boolean promoArgument(Member member, String path) {
        if (!(member.value() instanceof StringNode value)) {
            return false;
        }
        String code = value.value().strip();
        if (catalog.promoCode(code).isPresent()) {
            return true;
        }
        List<String> codes = catalog.promoCodes().stream().map(promo -> promo.code()).toList();
        problems.add(error(value.position(), path, "no promo code " + quote(code) + " in the catalog"
                + didYouMean(code, codes, codes.isEmpty() ? "add it to \"promoCodes\""
                : "it has " + String.join(", ", codes))));
        return false;
    }

    /**
     * The id of the product an id or a short code ("#11") names, reported when the catalog has none. Without a
     * catalog (a run-sheet checked alone) the reference is taken as written.
     */
    private Optional<String> productId(StringNode value, String path) {
        String reference = value.value().strip();
        if (!catalogGiven) {
            return Optional.of(reference);
        }
        Optional<Product> product = reference.startsWith("#")
                ? catalog.productByShortCode(reference)
                : catalog.product(reference).or(() -> catalog.productByShortCode(reference));
        if (product.isEmpty()) {
            List<String> ids = catalog.products().stream().map(Product::id).toList();
            problems.add(error(value.position(), path, "no product " + quote(reference) + " in the catalog"
                    + didYouMean(reference, ids, ids.isEmpty() ? "the show has no products: add a \"catalog\""
                    : "give a product id or a short code like \"#11\"")));
        }
        return product.map(Product::id);
    }

    private boolean layoutExists(String name, Position position, String path) {
        if (layouts.containsKey(name) || builtInLayout(name).isPresent() || !layoutsCheckable()) {
            return true;
        }
        List<String> known = new ArrayList<>(builtInLayoutNames());
        known.addAll(layouts.keySet());
        problems.add(error(position, path, "unknown layout " + quote(name) + didYouMean(name, known,
                "use one of " + String.join(", ", known) + " or add it to \"layouts\"")));
        return false;
    }

    private SegmentStart start(StringNode node, String path) {
        String text = node.value().strip();
        if (text.equalsIgnoreCase(ShowFileReader.FOLLOWS)) {
            return new SegmentStart.FollowsPrevious();
        }
        Matcher matcher = TIME_OF_DAY.matcher(text);
        if (matcher.matches()) {
            int hours = Integer.parseInt(matcher.group(1));
            int minutes = Integer.parseInt(matcher.group(2));
            int seconds = matcher.group(3) == null ? 0 : Integer.parseInt(matcher.group(3));
            if (hours < 24 && minutes < 60 && seconds < 60) {
                return new SegmentStart.AtTimeOfDay(LocalTime.of(hours, minutes, seconds));
            }
        }
        problems.add(error(node.position(), path, quote(text) + " is not a start: write \"follows\" (right after the "
                + "previous segment) or a time of day like \"20:00\""));
        return new SegmentStart.FollowsPrevious();
    }

    private Advance advance(StringNode node, String path) {
        String text = node.value().strip();
        return switch (text) {
            case "auto" -> Advance.AUTOMATIC;
            case "manual" -> Advance.MANUAL;
            default -> {
                problems.add(error(node.position(), path, quote(text) + " is not an advance" + didYouMean(text,
                        List.of("auto", "manual"), "write \"auto\" (ends by itself) or \"manual\" (waits for the operator)")));
                yield Advance.AUTOMATIC;
            }
        };
    }

    private Optional<Duration> duration(ObjectFields fields, String name, Presence presence) {
        Optional<LocatedNode> node = fields.value(name, presence);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (!(node.get() instanceof StringNode text)) {
            problems.add(error(node.get().position(), fields.pathOf(name), "expected a duration like \"6m\", \"90s\" "
                    + "or \"1:30\", found " + ObjectFields.describe(node.get())));
            return Optional.empty();
        }
        return parsedDuration(text, fields.pathOf(name), "");
    }

    private Optional<Duration> parsedDuration(StringNode text, String path, String alternative) {
        try {
            return Optional.of(SegmentDurations.parse(text.value()));
        } catch (IllegalArgumentException e) {
            problems.add(error(text.position(), path, e.getMessage() + alternative));
            return Optional.empty();
        }
    }

    /** The object's "id" if written (checked, unique), else one made up from {@code derived}. */
    private Optional<String> id(ObjectFields fields, Map<String, Position> seen, String what,
            java.util.function.Supplier<String> derived) {
        Optional<StringNode> node = fields.string("id", Presence.OPTIONAL);
        if (node.isEmpty()) {
            return fields.node().member("id").filter(member -> !(member.value() instanceof NullNode)).isPresent()
                    ? Optional.empty() : Optional.of(derived.get());
        }
        Optional<String> id = identifier(node.get(), fields.pathOf("id"), "a " + what + " id", problems);
        if (id.isPresent()) {
            Position earlier = seen.putIfAbsent(id.get(), node.get().position());
            if (earlier != null) {
                problems.add(error(node.get().position(), fields.pathOf("id"), "duplicate " + what + " id "
                        + quote(id.get()) + " (first at line " + earlier.line() + "): give each " + what + " its own"));
                return Optional.empty();
            }
        }
        return id;
    }

    /** The ids written in these objects, so that made-up ones never take one a later object names. */
    private static Set<String> explicitIds(List<LocatedNode> elements, List<String> extra) {
        Set<String> ids = new HashSet<>(extra);
        for (LocatedNode element : elements) {
            if (element instanceof ObjectNode object) {
                object.member("id").map(Member::value).filter(StringNode.class::isInstance)
                        .map(value -> ((StringNode) value).value().strip()).ifPresent(ids::add);
            }
        }
        return ids;
    }

    private static String uniqueId(String base, Set<String> taken) {
        String id = base;
        for (int suffix = 2; taken.contains(id); suffix++) {
            id = base + "-" + suffix;
        }
        taken.add(id);
        return id;
    }

    /** "Baskets Runner — démo 6 min" becomes "baskets-runner-demo-6-min". */
    static String slug(String title, String fallback) {
        String plain = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (plain.length() > MAX_DERIVED_ID_CHARS) {
            plain = plain.substring(0, MAX_DERIVED_ID_CHARS).replaceAll("-+$", "");
        }
        return plain.isEmpty() ? fallback : plain;
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    private List<StringNode> strings(ObjectFields fields, String name, String expected) {
        List<StringNode> strings = new ArrayList<>();
        fields.array(name, Presence.OPTIONAL).ifPresent(array -> {
            for (int index = 0; index < array.elements().size(); index++) {
                LocatedNode element = array.elements().get(index);
                if (element instanceof StringNode string) {
                    strings.add(string);
                } else {
                    problems.add(error(element.position(), DocumentPaths.element(fields.pathOf(name), index),
                            "expected " + expected + ", found " + ObjectFields.describe(element)));
                }
            }
        });
        return strings;
    }

    private static String pathOfElement(ObjectFields fields, String name, StringNode element) {
        ArrayNode array = (ArrayNode) fields.node().member(name).orElseThrow().value();
        int index = 0;
        while (array.elements().get(index) != element) {
            index++;
        }
        return DocumentPaths.element(fields.pathOf(name), index);
    }

    /** A cue argument as {@link ShowCommands#parse} takes it: String, BigDecimal, Boolean, null, Map or List. */
    private static Object plain(LocatedNode node) {
        return switch (node) {
            case StringNode string -> string.value();
            case NumberNode number -> new BigDecimal(number.text());
            case BooleanNode bool -> bool.value();
            case NullNode ignored -> null;
            case ObjectNode object -> {
                Map<String, Object> map = new LinkedHashMap<>();
                object.members().forEach((name, member) -> map.put(name, plain(member.value())));
                yield map;
            }
            case ArrayNode array -> array.elements().stream().map(RunSheetReader::plain).toList();
        };
    }

    private int errorCount() {
        return (int) problems.stream().filter(problem -> problem.severity() == Severity.ERROR).count();
    }

}
