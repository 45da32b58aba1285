package live.studio.ui.runsheet;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import live.studio.catalog.CatalogProblem;
import live.studio.show.CommandException;
import live.studio.show.ShowCommand;
import live.studio.show.ShowCommands;
import live.studio.show.runsheet.Advance;
import live.studio.show.runsheet.Cue;
import live.studio.show.runsheet.CueTrigger;
import live.studio.show.runsheet.RunSheet;
import live.studio.show.runsheet.RunSheetCsv;
import live.studio.show.runsheet.RunSheetImport;
import live.studio.show.runsheet.Segment;
import live.studio.show.runsheet.SegmentDurations;
import live.studio.show.runsheet.SegmentStart;
import live.studio.ui.common.Messages;

/**
 * The producer's run-sheet: the segments as a table to edit (every cell checked, a refusal said in one line), reorder,
 * add and delete, the cues of a segment, CSV import and export, and the show's totals. Every accepted edit goes to the
 * engine at once ({@link RunSheetEngine#replaceRunSheet}): a running show takes it without a restart. UI thread only.
 */
public final class ProducerViewModel {
    private static final Messages TEXT = Messages.of(ProducerViewModel.class);
    private static final Pattern TIME_OF_DAY = Pattern.compile("(?:hard\\s*)?(\\d{1,2}):(\\d{2})", Pattern.CASE_INSENSITIVE);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);


    /** Saves the edited run-sheet where the show came from (the show file); says where, or throws. */
    @FunctionalInterface
    public interface RunSheetSaver {
        Path save(RunSheet runSheet) throws IOException;
    }

    private final RunSheetEngine engine;
    private final Optional<RunSheetSaver> saver;
    private final ObservableList<Segment> segments = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty messageIsProblem = new SimpleBooleanProperty();
    private final StringProperty plannedTotal = new SimpleStringProperty("");
    private final StringProperty expectedEnd = new SimpleStringProperty("");
    private final StringProperty overUnder = new SimpleStringProperty("");
    private final BooleanProperty late = new SimpleBooleanProperty();
    private final ObjectProperty<RunTiming> timing = new SimpleObjectProperty<>();
    private final BooleanProperty unsaved = new SimpleBooleanProperty();
    private RunProgress progress;
    private int nextNewSegment = 1;

    public ProducerViewModel(RunSheetEngine engine, Optional<RunSheetSaver> saver, RunProgress initial) {
        this.engine = Objects.requireNonNull(engine);
        this.saver = Objects.requireNonNull(saver);
        this.progress = Objects.requireNonNull(initial);
        segments.setAll(engine.runSheet().segments());
        recompute();
    }

    public ObservableList<Segment> segments() {
        return segments;
    }

    public RunSheet runSheet() {
        return new RunSheet(segments);
    }

    // ---- editing ----

    /** The text a cell shows (and its editor starts from). */
    public static String text(Segment segment, SegmentColumn column) {
        return switch (column) {
            case TITLE -> segment.title();
            case START -> switch (segment.start()) {
                case SegmentStart.FollowsPrevious soft -> TEXT.text("producer.start.soft");
                case SegmentStart.AtTimeOfDay hard -> String.format(Locale.ROOT, "%02d:%02d",
                        hard.timeOfDay().getHour(), hard.timeOfDay().getMinute());
            };
            case DURATION -> SegmentDurations.format(segment.plannedDuration());
            case ADVANCE -> segment.advance() == Advance.AUTOMATIC ? TEXT.text("producer.advance.auto") : TEXT.text("producer.advance.manual");
            case PRODUCTS -> String.join(", ", segment.featuredProducts());
            case LAYOUT -> segment.layout().orElse("");
            case NOTES -> segment.hostNotes();
        };
    }

    /**
     * Sets a cell from what the producer typed. Returns why it was refused (the cell keeps its value), or empty when the
     * run-sheet took it.
     */
    public Optional<String> edit(int index, SegmentColumn column, String typed) {
        Segment segment = segments.get(index);
        String text = typed == null ? "" : typed.strip();
        Segment edited;
        try {
            edited = switch (column) {
                case TITLE -> {
                    if (text.isEmpty()) {
                        throw new IllegalArgumentException(TEXT.text("producer.refused.empty-title"));
                    }
                    yield segment.withTitle(text);
                }
                case START -> segment.withStart(start(text));
                case DURATION -> segment.withPlannedDuration(SegmentDurations.parse(text));
                case ADVANCE -> segment.withAdvance(advance(text));
                case PRODUCTS -> new Segment(segment.id(), segment.title(), segment.plannedDuration(), segment.start(),
                        segment.advance(), segment.hostNotes(), segment.talkingPoints(),
                        List.of(text.split("[|,\\s]+")).stream().filter(id -> !id.isEmpty()).toList(),
                        segment.layout(), segment.cues());
                case LAYOUT -> new Segment(segment.id(), segment.title(), segment.plannedDuration(), segment.start(),
                        segment.advance(), segment.hostNotes(), segment.talkingPoints(), segment.featuredProducts(),
                        text.isEmpty() ? Optional.empty() : Optional.of(text), segment.cues());
                case NOTES -> segment.withHostNotes(typed == null ? "" : typed);
            };
        } catch (IllegalArgumentException refused) {
            String columnKey = "producer.column." + column.name().toLowerCase(Locale.ROOT);
            return refuse(TEXT.text("producer.refused.cell", index + 1, TEXT.text(columnKey), refused.getMessage()));
        }
        if (!edited.equals(segment)) {
            segments.set(index, edited);
            publish();
        }
        clearMessage();
        return Optional.empty();
    }

    /** Sets the talking points, one per line. */
    public void editTalkingPoints(int index, String lines) {
        Segment segment = segments.get(index);
        List<String> points = lines.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        segments.set(index, new Segment(segment.id(), segment.title(), segment.plannedDuration(), segment.start(),
                segment.advance(), segment.hostNotes(), points, segment.featuredProducts(), segment.layout(),
                segment.cues()));
        publish();
    }

    /** Moves a segment (drag and drop, Alt+Up/Down); the show on air keeps its segment. */
    public void move(int from, int to) {
        if (from == to || from < 0 || to < 0 || from >= segments.size() || to >= segments.size()) {
            return;
        }
        Segment moved = segments.remove(from);
        segments.add(to, moved);
        publish();
    }

    /** Adds a new 5-minute segment after {@code index} (-1: at the start); returns where it is. */
    public int add(int afterIndex) {
        String id;
        do {
            id = "segment-" + nextNewSegment++;
        } while (runSheet().indexOf(id) >= 0);
        int at = Math.min(Math.max(afterIndex + 1, 0), segments.size());
        segments.add(at, Segment.of(id, TEXT.text("producer.new-segment"), Duration.ofMinutes(5)).withAdvance(Advance.MANUAL));
        publish();
        return at;
    }

    /** Deletes a segment, but never the one on air. */
    public Optional<String> delete(int index) {
        if (index < 0 || index >= segments.size()) {
            return Optional.empty();
        }
        if (progress.onAir() && progress.segmentId().orElseThrow().equals(segments.get(index).id())) {
            return refuse(TEXT.text("producer.refused.on-air-not-deleted"));
        }
        segments.remove(index);
        publish();
        return Optional.empty();
    }

    // ---- cues ----

    /** Adds a cue at the end of the segment's cues: the command checked as the API checks it. */
    public Optional<String> addCue(int segmentIndex, CueDraft draft) {
        Segment segment = segments.get(segmentIndex);
        CueTrigger trigger;
        String triggerText = draft.trigger().strip();
        // "go" as the show file writes it, or the window's word for it
        if (triggerText.isEmpty() || triggerText.equalsIgnoreCase("go") || triggerText.equalsIgnoreCase(TEXT.text("producer.trigger.go"))) {
            trigger = new CueTrigger.OnGo();
        } else {
            try {
                trigger = new CueTrigger.AtOffset(SegmentDurations.parse(triggerText));
            } catch (IllegalArgumentException e) {
                return refuse(TEXT.text("producer.refused.cue", TEXT.text("producer.refused.bad-trigger", triggerText)));
            }
        }
        Map<String, String> arguments = new LinkedHashMap<>();
        draft.arguments().forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                arguments.put(name, value.strip());
            }
        });
        ShowCommand command;
        try {
            command = ShowCommands.parse(draft.command(), arguments);
        } catch (CommandException refused) {
            return refuse(TEXT.text("producer.refused.cue", (refused.field().equals("command") ? "" : refused.field() + ": ")
                    + refused.getMessage()));
        }
        List<Cue> cues = new ArrayList<>(segment.cues());
        cues.add(new Cue(newCueId(segment), draft.label().strip(), trigger, command));
        segments.set(segmentIndex, segment.withCues(cues));
        publish();
        clearMessage();
        return Optional.empty();
    }

    public void removeCue(int segmentIndex, int cueIndex) {
        Segment segment = segments.get(segmentIndex);
        List<Cue> cues = new ArrayList<>(segment.cues());
        cues.remove(cueIndex);
        segments.set(segmentIndex, segment.withCues(cues));
        publish();
    }

    /** "go", or the offset as a clock. */
    public static String triggerText(Cue cue) {
        return switch (cue.trigger()) {
            case CueTrigger.OnGo go -> TEXT.text("producer.trigger.on-go");
            case CueTrigger.AtOffset offset -> TEXT.text("producer.trigger.at", SegmentDurations.format(offset.offset()));
        };
    }

    /** "product.show product=casque-anc", for the cue list. */
    public static String commandText(Cue cue) {
        StringBuilder text = new StringBuilder(cue.command().name());
        ShowCommands.argumentsOf(cue.command()).forEach((name, value) -> text.append(' ').append(name).append('=')
                .append(value));
        return text.toString();
    }

    private String newCueId(Segment segment) {
        java.util.Set<String> taken = new java.util.HashSet<>();
        segments.forEach(each -> each.cues().forEach(cue -> taken.add(cue.id())));
        int number = segment.cues().size() + 1;
        while (taken.contains(segment.id() + "-cue-" + number)) {
            number++;
        }
        return segment.id() + "-cue-" + number;
    }

    // ---- files ----

    /** Replaces the run-sheet with the CSV's when it has no errors; otherwise lists the problems and keeps it. */
    public List<CatalogProblem> importCsv(Path file) {
        RunSheetImport read = RunSheetCsv.read(file);
        if (read.hasErrors()) {
            long errors = read.problems().stream()
                    .filter(problem -> problem.severity() == live.studio.catalog.ProblemSeverity.ERROR).count();
            refuse(TEXT.text("producer.import-refused", errors, file.getFileName()));
            return read.problems();
        }
        segments.setAll(read.runSheet().segments());
        publish();
        say(TEXT.text("producer.imported", read.runSheet().size(), file.getFileName()));
        return read.problems();
    }

    public Optional<String> exportCsv(Path file) {
        try {
            RunSheetCsv.write(runSheet(), file);
            say(TEXT.text("producer.exported", segments.size(), file.getFileName()));
            return Optional.empty();
        } catch (IOException e) {
            return refuse(TEXT.text("producer.export-failed", file, e.getMessage()));
        }
    }

    /** Saves through the show's saver (the show file, written whole or not at all). */
    public Optional<String> save() {
        if (saver.isEmpty()) {
            return refuse(TEXT.text("producer.nothing-to-save-to"));
        }
        try {
            Path where = saver.get().save(runSheet());
            unsaved.set(false);
            say(TEXT.text("producer.saved", where));
            return Optional.empty();
        } catch (IOException e) {
            return refuse(TEXT.text("producer.save-failed", e.getMessage()));
        }
    }

    public boolean canSave() {
        return saver.isPresent();
    }

    // ---- the show's progress ----

    /**
     * Takes where the show is (a few times a second) and what the engine runs: an edit made elsewhere (the API, a
     * reload) shows up here too.
     */
    public void update(RunProgress now, RunSheet running) {
        progress = Objects.requireNonNull(now);
        if (!running.segments().equals(segments)) {
            segments.setAll(running.segments());
        }
        recompute();
    }

    private void recompute() {
        RunTiming figures = new RunTiming(runSheet(), progress);
        timing.set(figures);
        plannedTotal.set(SegmentDurations.format(figures.runSheet().plannedDuration()));
        expectedEnd.set(figures.expectedEnd().toLocalTime().format(CLOCK));
        Duration over = figures.overUnder();
        overUnder.set(SegmentDurations.signed(over));
        late.set(over.toSeconds() < 0);
    }

    private void publish() {
        engine.replaceRunSheet(runSheet());
        unsaved.set(true);
        recompute();
    }

    private static SegmentStart start(String text) {
        if (text.isEmpty() || text.equalsIgnoreCase("soft") || text.equalsIgnoreCase(TEXT.text("producer.start.soft"))) {
            return new SegmentStart.FollowsPrevious();
        }
        Matcher matcher = TIME_OF_DAY.matcher(text);
        if (matcher.matches()) {
            int hours = Integer.parseInt(matcher.group(1));
            int minutes = Integer.parseInt(matcher.group(2));
            if (hours < 24 && minutes < 60) {
                return new SegmentStart.AtTimeOfDay(LocalTime.of(hours, minutes));
            }
        }
        throw new IllegalArgumentException(TEXT.text("producer.refused.bad-start", text));
    }

    private static Advance advance(String text) {
        // the words of the file format, and the window's words for them
        String word = text.toLowerCase(Messages.locale());
        if (word.equals(TEXT.text("producer.advance.auto").toLowerCase(Messages.locale()))) {
            return Advance.AUTOMATIC;
        }
        if (word.equals(TEXT.text("producer.advance.manual").toLowerCase(Messages.locale()))) {
            return Advance.MANUAL;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "auto", "automatic" -> Advance.AUTOMATIC;
            case "manual" -> Advance.MANUAL;
            default -> throw new IllegalArgumentException(TEXT.text("producer.refused.bad-advance", text));
        };
    }

    /** The advance column's choices, in the window's language. */
    static String[] advanceWords() {
        return new String[] {TEXT.text("producer.advance.auto"), TEXT.text("producer.advance.manual")};
    }

    private Optional<String> refuse(String sentence) {
        message.set(sentence);
        messageIsProblem.set(true);
        return Optional.of(sentence);
    }

    private void say(String sentence) {
        message.set(sentence);
        messageIsProblem.set(false);
    }

    private void clearMessage() {
        if (messageIsProblem.get()) {
            message.set("");
            messageIsProblem.set(false);
        }
    }

    // ---- what the view binds ----

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty messageIsProblemProperty() {
        return messageIsProblem;
    }

    public ReadOnlyStringProperty plannedTotalProperty() {
        return plannedTotal;
    }

    public ReadOnlyStringProperty expectedEndProperty() {
        return expectedEnd;
    }

    /** Negative when the show runs late. */
    public ReadOnlyStringProperty overUnderProperty() {
        return overUnder;
    }

    public ReadOnlyBooleanProperty lateProperty() {
        return late;
    }

    public ReadOnlyObjectProperty<RunTiming> timingProperty() {
        return timing;
    }

    public ReadOnlyBooleanProperty unsavedProperty() {
        return unsaved;
    }

    public RunProgress progress() {
        return progress;
    }
}
