package live.studio.show.file;

import static live.studio.show.file.ShowFields.builtInLayout;
import static live.studio.show.file.ShowFields.builtInLayoutNames;
import static live.studio.show.file.ShowFields.didYouMean;
import static live.studio.show.file.ShowFields.error;
import static live.studio.show.file.ShowFields.identifier;
import static live.studio.show.file.ShowFields.limited;
import static live.studio.show.file.ShowFields.quote;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import live.studio.catalog.Catalog;
import live.studio.catalog.CatalogImport;
import live.studio.catalog.CatalogReader;
import live.studio.catalog.document.DocumentPaths;
import live.studio.catalog.document.DocumentProblem;
import live.studio.catalog.document.DocumentProblem.Severity;
import live.studio.catalog.document.LocatedDocument;
import live.studio.catalog.document.LocatedNode;
import live.studio.catalog.document.LocatedNode.ArrayNode;
import live.studio.catalog.document.LocatedNode.ObjectNode;
import live.studio.catalog.document.LocatedNode.StringNode;
import live.studio.catalog.document.ObjectFields;
import live.studio.catalog.document.ObjectFields.Presence;
import live.studio.catalog.document.Position;
import live.studio.compose.Layout;
import live.studio.show.ShowCommands;
import live.studio.show.runsheet.RunSheet;

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
    private final DocumentKind kind;
    private final List<DocumentProblem> problems = new ArrayList<>();
    /** Problems already tied to a file: the embedded catalog's (this file) and a referenced catalog's (its own). */
    private final List<ShowProblem> filedProblems = new ArrayList<>();
    private Catalog catalog = Catalog.empty();
    private boolean catalogGiven;
    /** A catalog was named but could not be read at all (no such file, not a catalog). */
    private boolean catalogUnreadable;
    private boolean layoutsGiven;
    private final Map<String, Layout> layouts = new LinkedHashMap<>();

    private ShowFileReader(Path file, DocumentKind kind) {
        this.file = file;
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
            RunSheet runSheet = runSheetReader().runSheet(segments, "runSheet");
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
                .map(node -> node instanceof ArrayNode array ? runSheetReader().runSheet(array, top.pathOf("runSheet"))
                        : wrongType(node,
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
                default -> {
                    catalogUnreadable = true;
                    problems.add(error(value.position(), top.pathOf("catalog"), "expected the catalog "
                            + "({\"products\": [...]}) or the name of a catalog file (\"catalog.json\", "
                            + "\"products.csv\"), found " + ObjectFields.describe(value)));
                }
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
            // beside the show file, named as the show file was (relative stays relative in messages)
            imported = file.resolveSibling(name).normalize();
        } catch (InvalidPathException e) {
            catalogUnreadable = true;
            problems.add(error(reference.position(), path, quote(name) + " is not a file name"));
            return;
        }
        if (name.isEmpty() || !Files.isRegularFile(imported)) {
            catalogUnreadable = true;
            problems.add(error(reference.position(), path, "catalog file not found: " + imported
                    + " (a catalog file is named relative to the show file's folder)"));
            return;
        }
        if (imported.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize())) {
            catalogUnreadable = true;
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
        List<LocatedNode> elements = limited(array.get(), top.pathOf("layouts"), ShowLimits.MAX_LAYOUTS, "layouts", problems);
        Map<String, Position> seen = new HashMap<>();
        for (int index = 0; index < elements.size(); index++) {
            String path = DocumentPaths.element(top.pathOf("layouts"), index);
            Optional<ObjectFields> maybeFields = ObjectFields.of(elements.get(index), path, problems);
            if (maybeFields.isEmpty()) {
                continue;
            }
            ObjectFields fields = maybeFields.get();
            Optional<StringNode> nameNode = fields.string("name", Presence.REQUIRED);
            Optional<String> name = nameNode.flatMap(node -> identifier(node, fields.pathOf("name"), "a layout name", problems));
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

    /**
     * The run-sheet's reader, checking references against what this file gave. A show is checked against its
     * catalog (none: an empty one) and layouts, unless its catalog could not be read at all, which is reported once
     * rather than at every product; a run-sheet alone only against what it gives.
     */
    private RunSheetReader runSheetReader() {
        boolean layoutsCheckable = kind == DocumentKind.SHOW || layoutsGiven;
        boolean catalogCheckable = kind == DocumentKind.SHOW ? !catalogUnreadable : catalogGiven;
        return new RunSheetReader(problems, catalogCheckable ? Optional.of(catalog) : Optional.empty(),
                layoutsCheckable ? Optional.of(layouts) : Optional.empty());
    }
}
