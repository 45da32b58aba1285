package live.studio.show.file;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import live.studio.catalog.Catalog;
import live.studio.catalog.CatalogImport;
import live.studio.catalog.CatalogReader;
import live.studio.catalog.Product;
import live.studio.catalog.document.DocumentPaths;
import live.studio.catalog.document.DocumentProblem;
import live.studio.catalog.document.DocumentProblem.Severity;
import live.studio.catalog.document.LocatedDocument;
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
import live.studio.catalog.document.Suggestions;
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
 * Reads a show file (JSON, or YAML for people who write it by hand; docs/show-file.md) into a {@link ShowFile}.
 * Never throws for bad content: every problem comes back with file, line, column and field, and the show is there
 * only when there is no error. The catalog part is read by {@link CatalogReader}, the cues' actions by
 * {@link ShowCommands}, so a show file, a catalog file and an API request say the same thing the same way.
 */
public final class ShowFileReader {
    /** The overlay themes a show may name. */
    public static final List<String> THEMES = List.of("studio", "boutique");
    public static final String DEFAULT_THEME = "studio";
    public static final Locale DEFAULT_LANGUAGE = Locale.ENGLISH;
    /** What a cue's {@code at} says for "when the operator says go". */
    public static final String GO = "go";
    /** What a segment's {@code start} says for a soft start. */
    public static final String FOLLOWS = "follows";
    static final Set<String> CUE_FIELDS = Set.of("id", "label", "at", "command");
    /** Where a cue's arguments go when one is named like a cue field (countdown.start's "label"). */
    static final String ARGUMENTS = "arguments";
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
    private static final Pattern TIME_OF_DAY = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2}))?");
    private static final int MAX_DERIVED_ID_CHARS = 40;

    /** What a file holds, as {@code studio validate} tells them apart. */
    public enum DocumentKind {
        /** A show: an object with "show" (and usually "catalog" and "runSheet"). */
        SHOW,
        /** A run-sheet alone: an array of segments, or an object with "runSheet" and no "show". */
        RUN_SHEET,
        /** A catalog: an object with "products" and neither "show" nor "runSheet", or a CSV file. */
        CATALOG
    }

    private final Path file;
    private final Path folder;
    private final DocumentKind kind;
    private final List<DocumentProblem> problems = new ArrayList<>();
    /** Problems already tied to a file: the embedded catalog's (this file) and a referenced catalog's (its own). */
    private final List<ShowProblem> filedProblems = new ArrayList<>();
    private Catalog catalog = Catalog.empty();
    private boolean catalogGiven;
    private boolean layoutsGiven;
    private final Map<String, Layout> layouts = new LinkedHashMap<>();

    private ShowFileReader(Path file, DocumentKind kind) {
        this.file = file;
        Path parent = file.toAbsolutePath().getParent();
        this.folder = parent == null ? Path.of("").toAbsolutePath() : parent;
        this.kind = kind;
    }

    /** Reads a show file; YAML when its name ends in .yaml or .yml, else JSON. */
    public static ShowFileLoad read(Path file) {
        return interpret(ShowDocuments.read(file, ShowFormat.of(file)), file, DocumentKind.SHOW);
    }

    /**
     * Reads a show from text (tests, the window's clipboard); {@code file} names it in problems and is where relative
     * references (catalog import, pictures) are looked for. It need not exist.
     */
    public static ShowFileLoad read(String text, ShowFormat format, Path file) {
        return interpret(ShowDocuments.parse(text, format), file, DocumentKind.SHOW);
    }

    /**
     * Reads a run-sheet alone: an array of segments, or an object with "runSheet" (and optionally "catalog" and
     * "layouts" to check references against). Without a catalog, product and promo-code references are not checked.
     * The result's show has an empty title and catalog.
     */
    public static ShowFileLoad readRunSheet(Path file) {
        return interpret(ShowDocuments.read(file, ShowFormat.of(file)), file, DocumentKind.RUN_SHEET);
    }

    public static ShowFileLoad readRunSheet(String text, ShowFormat format, Path file) {
        return interpret(ShowDocuments.parse(text, format), file, DocumentKind.RUN_SHEET);
    }

    /**
     * What the file holds, from its name (.csv is a catalog) and its top-level fields. A file that cannot be parsed is
     * taken as a show, so that reading it reports why.
     */
    public static DocumentKind kindOf(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return DocumentKind.CATALOG;
        }
        LocatedDocument document = ShowDocuments.read(file, ShowFormat.of(file));
        return switch (document.root().orElse(null)) {
            case ArrayNode ignored -> DocumentKind.RUN_SHEET;
            case ObjectNode object when object.member("show").isEmpty() && object.member("runSheet").isPresent() ->
                    DocumentKind.RUN_SHEET;
            case ObjectNode object when object.member("show").isEmpty() && object.member("products").isPresent() ->
                    DocumentKind.CATALOG;
            case null, default -> DocumentKind.SHOW;
        };
    }

    private static ShowFileLoad interpret(LocatedDocument document, Path file, DocumentKind kind) {
        ShowFileReader reader = new ShowFileReader(file, kind);
        reader.problems.addAll(document.problems());
        Optional<ShowFile> show = document.root().flatMap(reader::show);
        List<ShowProblem> all = new ArrayList<>();
        reader.problems.forEach(problem -> all.add(ShowProblem.of(file, problem)));
        all.addAll(reader.filedProblems);
        // this file's problems in file order, then those of a file it refers to, in theirs
        all.sort(Comparator.comparing((ShowProblem problem) -> !problem.file().equals(file))
                .thenComparing(problem -> problem.file().toString())
                .thenComparingInt(ShowProblem::line).thenComparingInt(ShowProblem::column));
        boolean hasErrors = all.stream().anyMatch(ShowProblem::isError);
        return new ShowFileLoad(hasErrors ? Optional.empty() : show, all);
    }

    private Optional<ShowFile> show(LocatedNode root) {
        if (kind == DocumentKind.RUN_SHEET && root instanceof ArrayNode segments) {
            RunSheet runSheet = runSheet(segments, "runSheet");
            return Optional.of(new ShowFile(Optional.of(file), untitled(), catalog, DEFAULT_THEME, List.of(), runSheet));
        }
        Optional<ObjectFields> maybeTop = ObjectFields.of(root, "", problems);
        if (maybeTop.isEmpty()) {
            return Optional.empty();
        }
        ObjectFields top = maybeTop.get();
        top.string("$schema", Presence.OPTIONAL); // an editor's hint, nothing for the studio
        Optional<ShowInfo> info = kind == DocumentKind.SHOW
                ? top.object("show", Presence.REQUIRED).flatMap(this::info)
                : Optional.of(untitled());
        readCatalog(top);
        String theme = theme(top);
        List<ShowLayout> showLayouts = layouts(top);
        RunSheet runSheet = top.value("runSheet", Presence.OPTIONAL)
                .map(node -> node instanceof ArrayNode array ? runSheet(array, top.pathOf("runSheet")) : wrongType(node,
                        top.pathOf("runSheet"), "an array of segments ([{\"title\": ..., \"duration\": ...}])"))
                .orElse(RunSheet.empty());
        top.reportUnknownFields(Severity.ERROR);
        return info.map(showInfo -> new ShowFile(Optional.of(file), showInfo, catalog, theme, showLayouts, runSheet));
    }

    private static ShowInfo untitled() {
        return new ShowInfo("", "", DEFAULT_LANGUAGE, Optional.empty());
    }

    private RunSheet wrongType(LocatedNode node, String path, String expected) {
        problems.add(error(node.position(), path, "expected " + expected + ", found " + ObjectFields.describe(node)));
        return RunSheet.empty();
    }

    // ---- show -----------------------------------------------------------------------------------------------------

    private Optional<ShowInfo> info(ObjectFields fields) {
        Optional<String> title = fields.string("title", Presence.REQUIRED).map(node -> node.value().strip());
        String host = fields.string("host", Presence.OPTIONAL).map(node -> node.value().strip()).orElse("");
        Locale language = fields.string("language", Presence.OPTIONAL).flatMap(node -> language(node,
                fields.pathOf("language"))).orElse(DEFAULT_LANGUAGE);
        Optional<LocalDate> date = fields.string("date", Presence.OPTIONAL).flatMap(node -> {
            try {
                return Optional.of(LocalDate.parse(node.value().strip()));
            } catch (DateTimeParseException e) {
                problems.add(error(node.position(), fields.pathOf("date"), quote(node.value())
                        + " is not a date: write it as YYYY-MM-DD, like 2026-12-04"));
                return Optional.empty();
            }
        });
        fields.reportUnknownFields(Severity.ERROR);
        return title.map(text -> new ShowInfo(text, host, language, date));
    }

    private Optional<Locale> language(StringNode node, String path) {
        String tag = node.value().strip();
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag).build();
            if (!locale.getLanguage().isEmpty()) {
                return Optional.of(locale);
            }
        } catch (IllformedLocaleException e) {
            // the message below says what to write
        }
        problems.add(error(node.position(), path, quote(tag) + " is not a language: write a language tag like "
                + "\"fr\", \"en\" or \"fr-CA\""));
        return Optional.empty();
    }

    // ---- catalog, promo codes, theme, layouts ---------------------------------------------------------------------

    private void readCatalog(ObjectFields top) {
        Optional<LocatedNode> node = top.value("catalog", Presence.OPTIONAL);
        node.ifPresent(value -> {
            switch (value) {
                case ObjectNode object -> {
                    catalogGiven = true;
                    take(CatalogReader.fromTree(object, top.pathOf("catalog"), file));
                }
                case StringNode reference -> importedCatalog(reference, top.pathOf("catalog"));
                default -> problems.add(error(value.position(), top.pathOf("catalog"), "expected the catalog "
                        + "({\"products\": [...]}) or the name of a catalog file (\"catalog.json\", \"products.csv\"), "
                        + "found " + ObjectFields.describe(value)));
            }
        });
        top.value("promoCodes", Presence.OPTIONAL).ifPresent(promoCodes -> {
            if (node.isPresent() && node.get() instanceof ObjectNode) {
                problems.add(error(promoCodes.position(), top.pathOf("promoCodes"), "the catalog is in this file: "
                        + "move the promo codes into it (\"catalog\": {\"promoCodes\": [...]})"));
                return;
            }
            take(CatalogReader.withPromoCodes(catalog, promoCodes, top.pathOf("promoCodes"), file));
        });
    }

    private void importedCatalog(StringNode reference, String path) {
        String name = reference.value().strip();
        Path imported;
        try {
            imported = folder.resolve(name).normalize();
        } catch (InvalidPathException e) {
            problems.add(error(reference.position(), path, quote(name) + " is not a file name"));
            return;
        }
        if (name.isEmpty() || !Files.isRegularFile(imported)) {
            problems.add(error(reference.position(), path, "catalog file not found: " + imported
                    + " (a catalog file is named relative to the show file's folder)"));
            return;
        }
        if (imported.equals(file.toAbsolutePath().normalize())) {
            problems.add(error(reference.position(), path, "the show file cannot be its own catalog"));
            return;
        }
        catalogGiven = true;
        CatalogImport result = CatalogReader.read(imported);
        long errors = result.problems().stream().filter(problem -> problem.severity()
                == live.studio.catalog.ProblemSeverity.ERROR).count();
        if (errors > 0) {
            problems.add(error(reference.position(), path, "the catalog file " + name + " has " + errors
                    + (errors == 1 ? " error" : " errors") + " (listed with its name)"));
        }
        result.problems().forEach(problem -> filedProblems.add(ShowProblem.of(problem)));
        catalog = result.catalog();
    }

    private void take(CatalogImport result) {
        result.problems().forEach(problem -> filedProblems.add(ShowProblem.of(problem)));
        catalog = result.catalog();
    }

    private String theme(ObjectFields top) {
        Optional<StringNode> node = top.string("theme", Presence.OPTIONAL);
        if (node.isEmpty()) {
            return DEFAULT_THEME;
        }
        String theme = node.get().value().strip();
        if (!THEMES.contains(theme)) {
            problems.add(error(node.get().position(), top.pathOf("theme"), "unknown theme " + quote(theme)
                    + didYouMean(theme, THEMES, "use one of " + String.join(", ", THEMES))));
            return DEFAULT_THEME;
        }
        return theme;
    }

    private List<ShowLayout> layouts(ObjectFields top) {
        List<ShowLayout> showLayouts = new ArrayList<>();
        Optional<ArrayNode> array = top.array("layouts", Presence.OPTIONAL);
        if (array.isEmpty()) {
            return showLayouts;
        }
        layoutsGiven = true;
        List<LocatedNode> elements = limited(array.get(), top.pathOf("layouts"), ShowLimits.MAX_LAYOUTS, "layouts");
        Map<String, Position> seen = new HashMap<>();
        for (int index = 0; index < elements.size(); index++) {
            String path = DocumentPaths.element(top.pathOf("layouts"), index);
            Optional<ObjectFields> maybeFields = ObjectFields.of(elements.get(index), path, problems);
            if (maybeFields.isEmpty()) {
                continue;
            }
            ObjectFields fields = maybeFields.get();
            Optional<StringNode> nameNode = fields.string("name", Presence.REQUIRED);
            Optional<String> name = nameNode.flatMap(node -> identifier(node, fields.pathOf("name"), "a layout name"));
            Optional<String> label = fields.string("label", Presence.OPTIONAL).map(node -> node.value().strip())
                    .filter(text -> !text.isEmpty());
            Optional<Layout> arrangement = fields.string("arrangement", Presence.REQUIRED)
                    .flatMap(node -> builtIn(node, fields.pathOf("arrangement")));
            fields.reportUnknownFields(Severity.ERROR);
            if (name.isEmpty()) {
                continue;
            }
            if (builtInLayoutNames().contains(name.get())) {
                problems.add(error(nameNode.get().position(), fields.pathOf("name"), quote(name.get())
                        + " is a built-in layout's name: give yours another"));
                continue;
            }
            Position earlier = seen.putIfAbsent(name.get(), nameNode.get().position());
            if (earlier != null) {
                problems.add(error(nameNode.get().position(), fields.pathOf("name"), "duplicate layout name "
                        + quote(name.get()) + " (first at line " + earlier.line() + ")"));
                continue;
            }
            if (arrangement.isPresent()) {
                layouts.put(name.get(), arrangement.get());
                showLayouts.add(new ShowLayout(name.get(), label.orElse(name.get()), arrangement.get()));
            }
        }
        return showLayouts;
    }

    private Optional<Layout> builtIn(StringNode node, String path) {
        String name = node.value().strip();
        Optional<Layout> layout = builtInLayout(name);
        if (layout.isEmpty()) {
            problems.add(error(node.position(), path, "unknown arrangement " + quote(name) + didYouMean(name,
                    builtInLayoutNames(), "use one of " + String.join(", ", builtInLayoutNames()))));
        }
        return layout;
    }

    // ---- run-sheet ------------------------------------------------------------------------------------------------

    /** A run-sheet checked alone names the show's layouts without them: they can be checked only in a show. */
    private boolean layoutsCheckable() {
        return kind == DocumentKind.SHOW || layoutsGiven;
    }

    private RunSheet runSheet(ArrayNode array, String path) {
        List<LocatedNode> elements = limited(array, path, ShowLimits.MAX_SEGMENTS, "segments");
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
            List<LocatedNode> elements = limited(array, fields.pathOf("cues"), ShowLimits.MAX_CUES_PER_SEGMENT, "cues");
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
        if (text.value().strip().equalsIgnoreCase(GO)) {
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
        String shown = ShowDurations.format(offset);
        if (advance == Advance.AUTOMATIC && offset.compareTo(planned) >= 0 && !planned.isZero()) {
            problems.add(error(where, fields.pathOf("at"), "at " + shown + " the segment has already ended (it lasts "
                    + ShowDurations.format(planned) + " and advances by itself), so the cue would never fire: "
                    + "move it earlier, lengthen the segment or make it \"advance\": \"manual\""));
        } else if (advance == Advance.MANUAL && offset.compareTo(planned) > 0) {
            problems.add(new DocumentProblem(Severity.WARNING, where, fields.pathOf("at"), "at " + shown
                    + " is after the segment's planned " + ShowDurations.format(planned)
                    + ": it fires only if the segment runs over that long"));
        }
    }

    private Optional<ShowCommand> command(ObjectFields fields) {
        Optional<StringNode> nameNode = fields.string("command", Presence.REQUIRED);
        // the arguments follow the command in the cue, or sit in "arguments" (for countdown.start's own "label")
        Optional<LocatedNode> wrapped = fields.value(ARGUMENTS, Presence.OPTIONAL);
        String argumentsPath = wrapped.isPresent() ? fields.pathOf(ARGUMENTS) : fields.path();
        Map<String, Member> given = new LinkedHashMap<>();
        List<Member> strays = new ArrayList<>();
        fields.node().members().forEach((name, member) -> {
            if (!CUE_FIELDS.contains(name) && !name.equals(ARGUMENTS)) {
                if (wrapped.isPresent()) {
                    strays.add(member);
                } else {
                    given.put(name, member);
                }
            }
        });
        Set<String> cueFields = new HashSet<>(CUE_FIELDS);
        cueFields.add(ARGUMENTS);
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
                    + didYouMean(reference, ids, "give a product id or a short code like \"#11\"")));
        }
        return product.map(Product::id);
    }

    /** The built-in layouts by the names commands use (fullFrame, pictureInPicture, sideBySide). */
    static List<String> builtInLayoutNames() {
        return java.util.Arrays.stream(Layout.values()).map(ShowCommands::layoutName).toList();
    }

    static Optional<Layout> builtInLayout(String name) {
        return java.util.Arrays.stream(Layout.values()).filter(layout -> ShowCommands.layoutName(layout).equals(name))
                .findFirst();
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
        if (text.equalsIgnoreCase(FOLLOWS)) {
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
            return Optional.of(ShowDurations.parse(text.value()));
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
        Optional<String> id = identifier(node.get(), fields.pathOf("id"), "a " + what + " id");
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

    private Optional<String> identifier(StringNode node, String path, String what) {
        String text = node.value().strip();
        if (IDENTIFIER.matcher(text).matches()) {
            return Optional.of(text);
        }
        problems.add(error(node.position(), path, quote(text) + " is not usable as " + what + ": use letters, digits, "
                + "'-', '_' or '.', at most 64, like \"flash-sale\""));
        return Optional.empty();
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

    private List<LocatedNode> limited(ArrayNode array, String path, int maximum, String what) {
        if (array.elements().size() <= maximum) {
            return array.elements();
        }
        problems.add(error(array.position(), path, array.elements().size() + " " + what + ", more than the " + maximum
                + " a show file may have: split the show"));
        return array.elements().subList(0, maximum);
    }

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
            case ArrayNode array -> array.elements().stream().map(ShowFileReader::plain).toList();
        };
    }

    private int errorCount() {
        return (int) problems.stream().filter(problem -> problem.severity() == Severity.ERROR).count();
    }

    private static String didYouMean(String written, java.util.Collection<String> known, String otherwise) {
        return Suggestions.closest(written, known).map(best -> " (did you mean " + quote(best) + "?)")
                .orElse(": " + otherwise);
    }

    private static String quote(String text) {
        return "\"" + ObjectFields.shortened(text) + "\"";
    }

    private static DocumentProblem error(Position position, String path, String message) {
        return new DocumentProblem(Severity.ERROR, position, DocumentPaths.shown(path), message);
    }
}
