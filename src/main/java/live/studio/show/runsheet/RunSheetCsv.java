package live.studio.show.runsheet;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import live.studio.catalog.CatalogProblem;
import live.studio.catalog.CsvParser.Field;
import live.studio.catalog.CsvTable;
import live.studio.catalog.ProblemSeverity;
import live.studio.catalog.document.DocumentPaths;
import live.studio.catalog.document.DocumentProblem;
import live.studio.catalog.document.DocumentProblem.Severity;
import live.studio.catalog.document.Position;
import live.studio.files.AtomicFiles;
import live.studio.show.CommandException;
import live.studio.show.ShowCommand;
import live.studio.show.ShowCommands;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The run-sheet as a spreadsheet, with columns like the rundown tools' exports (Rundown Studio: cue number, start,
 * duration, title, then free columns): {@code #, Id, Title, Start, Duration, Advance, Notes, Talking Points, Products,
 * Layout, Cues}. Required: Title and Duration. See ADR 0014.
 *
 * <ul>
 *   <li>Start: empty or {@code soft} follows the previous segment; a time of day ({@code 20:00}) is a hard start.</li>
 *   <li>Duration: {@link SegmentDurations#FORMS}.</li>
 *   <li>Advance: {@code auto} (the default) or {@code manual}.</li>
 *   <li>Talking Points: one per line. Products: product ids separated by {@code |}, commas or spaces.</li>
 *   <li>Cues: one per line, {@code [ID] TRIGGER COMMAND {ARGUMENTS} # LABEL}: the trigger {@code go} or an offset
 *       ({@code 1:30}), a command of {@link ShowCommands} with its arguments as a JSON object, e.g.
 *       {@code [flash] 2:00 countdown.start {"seconds": 180} # Flash sale}. Id and label are optional.</li>
 * </ul>
 *
 * <p>A cell that starts with {@code = + - @}, a tab or a carriage return is written with a leading apostrophe, so a
 * spreadsheet shows it as text instead of running it as a formula (CSV injection); the reader takes the apostrophe
 * off again.
 */
public final class RunSheetCsv {
    public static final List<String> COLUMNS = List.of("#", "Id", "Title", "Start", "Duration", "Advance", "Notes",
            "Talking Points", "Products", "Layout", "Cues");
    private static final List<String> REQUIRED_COLUMNS = List.of("Title", "Duration");
    /** A run-sheet is a few hundred lines; anything near this is not one. */
    public static final long MAX_FILE_BYTES = 4L * 1024 * 1024;
    public static final int MAX_SEGMENTS = 1_000;
    private static final Pattern TIME_OF_DAY = Pattern.compile("(\\d{1,2}):(\\d{2})");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final Pattern CUE = Pattern.compile(
            "(?:\\[([^\\]]*)]\\s*)?(\\S+)\\s+([A-Za-z][A-Za-z.]*)\\s*(.*)");
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final List<DocumentProblem> problems = new ArrayList<>();
    private final Set<String> segmentIds = new HashSet<>();
    private final Set<String> cueIds = new HashSet<>();

    private RunSheetCsv() {
    }

    // ---- reading ----

    /** Reads {@code file}; never throws for bad content: every problem is in the import, located in the file. */
    public static RunSheetImport read(Path file) {
        RunSheetCsv reader = new RunSheetCsv();
        RunSheet runSheet = CsvTable.read(file, MAX_FILE_BYTES, "a run-sheet", "segment", reader.problems)
                .map(reader::runSheet).orElse(RunSheet.empty());
        List<CatalogProblem> located = reader.problems.stream()
                .sorted(Comparator.comparing(DocumentProblem::position))
                .map(problem -> new CatalogProblem(problem.severity() == Severity.ERROR ? ProblemSeverity.ERROR
                        : ProblemSeverity.WARNING, file, problem.position().line(), problem.position().column(),
                        problem.field(), problem.message()))
                .toList();
        return new RunSheetImport(runSheet, located);
    }

    private RunSheet runSheet(CsvTable table) {
        table.warnUnknownColumns(COLUMNS, problems);
        if (!table.requireColumns(REQUIRED_COLUMNS, problems)) {
            return RunSheet.empty();
        }
        List<Segment> segments = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            if (segments.size() == MAX_SEGMENTS) {
                problems.add(new DocumentProblem(Severity.ERROR, row.start(), DocumentPaths.ROOT, "more than "
                        + MAX_SEGMENTS + " segments: the rest of the file is not read"));
                break;
            }
            segment(row, segments.size()).ifPresent(segments::add);
        }
        return new RunSheet(segments);
    }

    private Optional<Segment> segment(CsvTable.Row row, int index) {
        Optional<String> title = required(row, "Title");
        Optional<Duration> duration = required(row, "Duration").flatMap(text -> {
            try {
                return Optional.of(SegmentDurations.parse(text));
            } catch (IllegalArgumentException e) {
                error(row.cell("Duration").orElseThrow(), "Duration", e.getMessage());
                return Optional.empty();
            }
        });
        SegmentStart start = optional(row, "Start").flatMap(cell -> start(cell))
                .orElse(new SegmentStart.FollowsPrevious());
        Advance advance = optional(row, "Advance").flatMap(this::advance).orElse(Advance.AUTOMATIC);
        String notes = optional(row, "Notes").map(cell -> text(cell).strip()).orElse("");
        List<String> talkingPoints = optional(row, "Talking Points")
                .map(cell -> text(cell).lines().map(String::strip).filter(line -> !line.isEmpty()).toList())
                .orElse(List.of());
        List<String> products = optional(row, "Products")
                .map(cell -> List.of(text(cell).strip().split("[|,\\s]+"))).orElse(List.of())
                .stream().filter(id -> !id.isEmpty()).toList();
        Optional<String> layout = optional(row, "Layout").map(cell -> text(cell).strip());
        if (title.isEmpty() || duration.isEmpty()) {
            return Optional.empty();
        }
        String id = segmentId(row, title.get(), index);
        List<Cue> cues = optional(row, "Cues").map(cell -> cues(cell, id)).orElse(List.of());
        return Optional.of(new Segment(id, title.get(), duration.get(), start, advance, notes, talkingPoints, products,
                layout, cues));
    }

    private String segmentId(CsvTable.Row row, String title, int index) {
        Optional<Field> given = optional(row, "Id");
        if (given.isPresent()) {
            String id = text(given.get()).strip();
            if (!ID.matcher(id).matches()) {
                error(given.get(), "Id", "\"" + shortened(id) + "\" is not an id: letters, digits, '.', '_' and '-', "
                        + "at most 100; a new one is made from the title");
            } else if (!segmentIds.add(id)) {
                error(given.get(), "Id", "\"" + id + "\" is the id of an earlier segment too: ids are unique; "
                        + "a new one is made from the title");
            } else {
                return id;
            }
        }
        return unique(slug(title, "segment-" + (index + 1)), segmentIds);
    }

    private Optional<SegmentStart> start(Field cell) {
        String text = text(cell).strip();
        if (text.equalsIgnoreCase("soft")) {
            return Optional.of(new SegmentStart.FollowsPrevious());
        }
        String time = text.regionMatches(true, 0, "hard", 0, 4) ? text.substring(4).strip() : text;
        Matcher matcher = TIME_OF_DAY.matcher(time);
        if (matcher.matches()) {
            int hours = Integer.parseInt(matcher.group(1));
            int minutes = Integer.parseInt(matcher.group(2));
            if (hours < 24 && minutes < 60) {
                return Optional.of(new SegmentStart.AtTimeOfDay(LocalTime.of(hours, minutes)));
            }
        }
        error(cell, "Start", "\"" + shortened(text) + "\" is not a start: leave it empty (or write soft) to follow the "
                + "previous segment, or give a time of day like 20:00 for a hard start");
        return Optional.empty();
    }

    private Optional<Advance> advance(Field cell) {
        String text = text(cell).strip().toLowerCase(Locale.ROOT);
        return switch (text) {
            case "auto", "automatic" -> Optional.of(Advance.AUTOMATIC);
            case "manual" -> Optional.of(Advance.MANUAL);
            default -> {
                error(cell, "Advance", "\"" + shortened(text) + "\" is not an advance: write auto or manual");
                yield Optional.empty();
            }
        };
    }

    private List<Cue> cues(Field cell, String segmentId) {
        List<Cue> cues = new ArrayList<>();
        List<String> lines = text(cell).lines().toList();
        for (int lineIndex = 0; lineIndex < lines.size(); lineIndex++) {
            String line = lines.get(lineIndex).strip();
            if (line.isEmpty()) {
                continue;
            }
            // Where the person sees this line: the cell's first line starts after its opening quote, if any.
            Position position = lineIndex == 0 ? cell.position()
                    : new Position(cell.position().line() + lineIndex, 1);
            cue(line, segmentId, cues.size(), position).ifPresent(cues::add);
        }
        return cues;
    }

    private Optional<Cue> cue(String line, String segmentId, int index, Position position) {
        Matcher matcher = CUE.matcher(line);
        if (!matcher.matches()) {
            problems.add(new DocumentProblem(Severity.ERROR, position, "Cues", "\"" + shortened(line)
                    + "\" is not a cue: write TRIGGER COMMAND {ARGUMENTS} # LABEL, e.g. go product.show "
                    + "{\"product\": \"mug\"}"));
            return Optional.empty();
        }
        String field = "Cues";
        Optional<CueTrigger> trigger = trigger(matcher.group(2), position);
        String name = matcher.group(3);
        String rest = matcher.group(4).strip();
        Map<String, Object> arguments = new LinkedHashMap<>();
        if (rest.startsWith("{")) {
            int end = jsonObjectEnd(rest);
            if (end < 0) {
                problems.add(new DocumentProblem(Severity.ERROR, position, field,
                        "the arguments of " + name + " are not closed: end them with }"));
                return Optional.empty();
            }
            try {
                Object parsed = JSON.readValue(rest.substring(0, end + 1), Object.class);
                if (parsed instanceof Map<?, ?> map) {
                    map.forEach((key, value) -> arguments.put(String.valueOf(key), value));
                }
            } catch (JacksonException e) {
                problems.add(new DocumentProblem(Severity.ERROR, position, field, "the arguments of " + name
                        + " are not a JSON object like {\"product\": \"mug\"}"));
                return Optional.empty();
            }
            rest = rest.substring(end + 1).strip();
        }
        String label = "";
        if (rest.startsWith("#")) {
            label = rest.substring(1).strip();
        } else if (!rest.isEmpty()) {
            problems.add(new DocumentProblem(Severity.ERROR, position, field, "\"" + shortened(rest) + "\" after "
                    + name + " is neither its arguments ({...}) nor a label (# ...)"));
            return Optional.empty();
        }
        ShowCommand command;
        try {
            command = ShowCommands.parse(name, arguments);
        } catch (CommandException refused) {
            String where = refused.field().equals("command") ? field : field + "." + refused.field();
            problems.add(new DocumentProblem(Severity.ERROR, position, where, refused.getMessage()));
            return Optional.empty();
        }
        if (trigger.isEmpty()) {
            return Optional.empty();
        }
        String id;
        String given = matcher.group(1) == null ? "" : matcher.group(1).strip();
        if (!given.isEmpty() && ID.matcher(given).matches() && cueIds.add(given)) {
            id = given;
        } else {
            if (!given.isEmpty()) {
                problems.add(new DocumentProblem(Severity.WARNING, position, field, "[" + shortened(given)
                        + "] is not a usable cue id (unique; letters, digits, '.', '_', '-'): a new one is made"));
            }
            id = unique(segmentId + "-cue-" + (index + 1), cueIds);
        }
        return Optional.of(new Cue(id, label, trigger.get(), command));
    }

    private Optional<CueTrigger> trigger(String text, Position position) {
        if (text.equalsIgnoreCase("go")) {
            return Optional.of(new CueTrigger.OnGo());
        }
        try {
            return Optional.of(new CueTrigger.AtOffset(SegmentDurations.parse(text.startsWith("+")
                    ? text.substring(1) : text)));
        } catch (IllegalArgumentException e) {
            problems.add(new DocumentProblem(Severity.ERROR, position, "Cues", "\"" + shortened(text)
                    + "\" is not a trigger: write go (fired by the operator) or an offset from the segment's start "
                    + "like 1:30"));
            return Optional.empty();
        }
    }

    /** The index of the brace closing the object that {@code text} starts with, or -1. */
    private static int jsonObjectEnd(String text) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    private Optional<String> required(CsvTable.Row row, String column) {
        Optional<Field> cell = row.cell(column);
        if (cell.isEmpty() || text(cell.get()).isBlank()) {
            problems.add(new DocumentProblem(Severity.ERROR, cell.map(Field::position).orElse(row.start()), column,
                    "required value is empty: fill in the " + column.toLowerCase(Locale.ROOT)
                            + "; the segment is left out"));
            return Optional.empty();
        }
        return Optional.of(text(cell.get()).strip());
    }

    private static Optional<Field> optional(CsvTable.Row row, String column) {
        return row.cell(column).filter(cell -> !cell.text().isBlank());
    }

    private void error(Field cell, String column, String message) {
        problems.add(new DocumentProblem(Severity.ERROR, cell.position(), column, message));
    }

    /**
     * True for a first character the writer puts an apostrophe before: a formula's, or an apostrophe itself (so a
     * value that starts with one reads back as written).
     */
    private static boolean defused(char first) {
        return first == '\'' || FORMULA_STARTS.indexOf(first) >= 0;
    }

    /** The cell's text with the apostrophe the writer puts before a would-be formula taken off. */
    private static String text(Field cell) {
        String text = cell.text();
        if (text.length() >= 2 && text.charAt(0) == '\'' && defused(text.charAt(1))) {
            return text.substring(1);
        }
        return text;
    }

    private static String slug(String title, String fallback) {
        String slug = java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? fallback : slug;
    }

    private static String unique(String base, Set<String> taken) {
        String candidate = base;
        for (int suffix = 2; !taken.add(candidate); suffix++) {
            candidate = base + "-" + suffix;
        }
        return candidate;
    }

    private static String shortened(String text) {
        String oneLine = text.replaceAll("\\p{Cntrl}", " ");
        return oneLine.length() > 40 ? oneLine.substring(0, 37) + "..." : oneLine;
    }

    // ---- writing ----

    /** The run-sheet as CSV text: UTF-8 with a byte order mark (so spreadsheets read accents), CRLF line ends. */
    public static String write(RunSheet runSheet) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        row(csv, COLUMNS);
        for (int index = 0; index < runSheet.size(); index++) {
            Segment segment = runSheet.segment(index);
            row(csv, List.of(
                    Integer.toString(index + 1),
                    segment.id(),
                    segment.title(),
                    switch (segment.start()) {
                        case SegmentStart.FollowsPrevious soft -> "";
                        case SegmentStart.AtTimeOfDay hard -> String.format(Locale.ROOT, "%02d:%02d",
                                hard.timeOfDay().getHour(), hard.timeOfDay().getMinute());
                    },
                    SegmentDurations.format(segment.plannedDuration()),
                    segment.advance() == Advance.MANUAL ? "manual" : "auto",
                    segment.hostNotes(),
                    String.join("\n", segment.talkingPoints()),
                    String.join(" | ", segment.featuredProducts()),
                    segment.layout().orElse(""),
                    String.join("\n", segment.cues().stream().map(RunSheetCsv::cueLine).toList())));
        }
        return csv.toString();
    }

    /** Writes the run-sheet to {@code file} whole or not at all (the previous version kept as .bak). */
    public static void write(RunSheet runSheet, Path file) throws IOException {
        AtomicFiles.writeString(file, write(runSheet));
    }

    /** One cue as its line in the Cues cell. */
    public static String cueLine(Cue cue) {
        String trigger = switch (cue.trigger()) {
            case CueTrigger.OnGo go -> "go";
            case CueTrigger.AtOffset offset -> SegmentDurations.format(offset.offset());
        };
        Map<String, Object> arguments = ShowCommands.argumentsOf(cue.command());
        String json = arguments.isEmpty() ? "" : " " + JSON.writeValueAsString(arguments);
        String label = cue.label().isBlank() ? "" : " # " + cue.label().replaceAll("[\\r\\n]+", " ");
        return "[" + cue.id() + "] " + trigger + " " + cue.command().name() + json + label;
    }

    private static void row(StringBuilder csv, List<String> cells) {
        for (int index = 0; index < cells.size(); index++) {
            if (index > 0) {
                csv.append(',');
            }
            csv.append(cell(cells.get(index)));
        }
        csv.append("\r\n");
    }

    /** RFC 4180 quoting, after defusing a would-be formula. */
    static String cell(String value) {
        String safe = !value.isEmpty() && defused(value.charAt(0)) ? "'" + value : value;
        boolean quote = safe.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r' || c == ';')
                || !safe.equals(safe.strip());
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
