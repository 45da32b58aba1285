package live.studio.ui.runsheet;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.ChoiceBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import live.studio.show.ArgumentSpec;
import live.studio.show.ArgumentType;
import live.studio.show.CommandSpec;
import live.studio.show.ShowCommands;
import live.studio.show.runsheet.Cue;
import live.studio.show.runsheet.Segment;
import live.studio.ui.common.Messages;

/**
 * The producer's run-sheet: the totals and the timeline on top, the segments as an editable table (drag a row, or
 * Alt+Up/Down, to reorder), and below the selected segment's script, talking points and cues. Plain code over
 * {@link ProducerViewModel}: it binds and forwards, the view model decides.
 */
public final class ProducerView {
    private static final Messages TEXT = Messages.of(ProducerView.class);
    private static final DataFormat SEGMENT_ROW = new DataFormat("application/x-studio-segment-row");
    private static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");
    private static final PseudoClass LATE = PseudoClass.getPseudoClass("late");
    private static final PseudoClass ON_AIR = PseudoClass.getPseudoClass("on-air");


    /** Chooses a file to open or to save; empty when the producer cancels. */
    public interface FileChooser {
        Optional<Path> open(String title);

        Optional<Path> save(String title, String suggestedName);
    }

    /** Columns whose cells show the show file's own words: titles, product ids, layout names. */
    private static final java.util.Set<SegmentColumn> DATA_COLUMNS =
            java.util.EnumSet.of(SegmentColumn.TITLE, SegmentColumn.PRODUCTS, SegmentColumn.LAYOUT);

    private final ProducerViewModel viewModel;
    private final FileChooser files;
    private final VBox root = new VBox();
    private final TableView<Segment> table = new TableView<>();
    private final TimelineBar timeline = new TimelineBar();
    private final ListView<Cue> cueList = new ListView<>();
    private final TextArea script = new TextArea();
    private final TextArea talkingPoints = new TextArea();
    private final Label detailTitle = new Label(TEXT.text("producer.no-selection"));

    private final HostViewModel run;
    private Optional<String> markedOnAir = Optional.empty();

    /** {@code run} sends the run's commands (start, next, hold) and says their refusals. */
    public ProducerView(ProducerViewModel viewModel, HostViewModel run, FileChooser files) {
        this.run = run;
        this.viewModel = viewModel;
        this.files = files;
        root.getStyleClass().add("producer-view");
        root.setId("producer-view");
        root.setMinSize(0, 0);
        buildTable();
        SplitPane split = new SplitPane(table, details());
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        split.getStyleClass().add("producer-split");
        VBox.setVgrow(split, Priority.ALWAYS);
        root.getChildren().addAll(toolbar(), totals(), timeline, message(), split);
        viewModel.timingProperty().addListener((observable, before, after) -> {
            timeline.setBlocks(after.blocks());
            Optional<String> onAir = after.progress().onAir() ? after.progress().segmentId() : Optional.empty();
            if (!onAir.equals(markedOnAir)) {
                // Only when the segment on air changes: a refresh ends the cell being edited.
                markedOnAir = onAir;
                table.refresh();
            }
        });
        timeline.setBlocks(viewModel.timingProperty().get().blocks());
        table.getSelectionModel().selectedIndexProperty().addListener((observable, before, after) -> showDetails());
        viewModel.segments().addListener((javafx.collections.ListChangeListener<Segment>) change -> showDetails());
        showDetails();
    }

    public Node root() {
        return root;
    }

    // ---- the table ----

    private void buildTable() {
        table.setId("runsheet-table");
        table.setItems(viewModel.segments());
        table.setEditable(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.getSelectionModel().setCellSelectionEnabled(false);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(TEXT.text("producer.no-segments")));

        TableColumn<Segment, String> number = new TableColumn<>(TEXT.text("producer.number"));
        number.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                Integer.toString(viewModel.segments().indexOf(cell.getValue()) + 1)));
        number.setSortable(false);
        number.setEditable(false);
        number.setPrefWidth(36);
        number.setMaxWidth(44);
        number.setId("column-number");

        table.getColumns().setAll(List.of(number,
                textColumn(TEXT.text("producer.title"), SegmentColumn.TITLE, 190, null),
                textColumn(TEXT.text("producer.start"), SegmentColumn.START, 70, TEXT.text("producer.start.tooltip")),
                textColumn(TEXT.text("producer.duration"), SegmentColumn.DURATION, 80, TEXT.text("producer.duration.tooltip")),
                advanceColumn(),
                textColumn(TEXT.text("producer.products"), SegmentColumn.PRODUCTS, 130, null),
                textColumn(TEXT.text("producer.layout"), SegmentColumn.LAYOUT, 110, null),
                notesColumn()));
        table.setRowFactory(view -> draggableRow());
        // Alt+Up/Down moves the selected segment; a filter, so the table does not move the selection first.
        table.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.isAltDown() && (event.getCode() == KeyCode.UP || event.getCode() == KeyCode.DOWN)) {
                move(event.getCode() == KeyCode.UP ? -1 : 1);
                event.consume();
            }
        });
    }

    private TableColumn<Segment, String> textColumn(String title, SegmentColumn column, double width, String tip) {
        TableColumn<Segment, String> tableColumn = new TableColumn<>(title);
        tableColumn.setId("column-" + column.name().toLowerCase(java.util.Locale.ROOT));
        tableColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(oneLine(ProducerViewModel.text(cell.getValue(), column))));
        tableColumn.setCellFactory(DATA_COLUMNS.contains(column) ? tableColumnCell -> {
            TableCell<Segment, String> cell = TextFieldTableCell.<Segment>forTableColumn().call(tableColumnCell);
            cell.getStyleClass().add("data"); // what the show file says, in its own language
            return cell;
        } : TextFieldTableCell.forTableColumn());
        tableColumn.setSortable(false);
        tableColumn.setPrefWidth(width);
        tableColumn.setOnEditCommit(event -> commit(event.getTablePosition().getRow(), column, event.getNewValue()));
        if (tip != null) {
            Label header = new Label(title);
            header.setTooltip(new Tooltip(tip));
            tableColumn.setGraphic(header);
            tableColumn.setText("");
        }
        return tableColumn;
    }

    /** The notes' first line; they are edited in full in the script area below (a table cell holds one line). */
    private TableColumn<Segment, String> notesColumn() {
        TableColumn<Segment, String> notes = new TableColumn<>(TEXT.text("producer.notes"));
        notes.setId("column-notes");
        notes.setCellValueFactory(cell -> new ReadOnlyStringWrapper(oneLine(cell.getValue().hostNotes())));
        notes.setCellFactory(column -> {
            TableCell<Segment, String> cell = new TableCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                }
            };
            cell.getStyleClass().add("data"); // the host's notes, from the show file
            return cell;
        });
        notes.setEditable(false);
        notes.setSortable(false);
        notes.setPrefWidth(220);
        return notes;
    }

    private TableColumn<Segment, String> advanceColumn() {
        TableColumn<Segment, String> advance = new TableColumn<>(TEXT.text("producer.advance"));
        advance.setId("column-advance");
        advance.setCellValueFactory(cell -> new ReadOnlyStringWrapper(ProducerViewModel.text(cell.getValue(), SegmentColumn.ADVANCE)));
        advance.setCellFactory(ChoiceBoxTableCell.forTableColumn(ProducerViewModel.advanceWords()));
        advance.setSortable(false);
        advance.setPrefWidth(80);
        advance.setOnEditCommit(event -> commit(event.getTablePosition().getRow(), SegmentColumn.ADVANCE, event.getNewValue()));
        return advance;
    }

    private void commit(int row, SegmentColumn column, String typed) {
        Optional<String> refused = viewModel.edit(row, column, typed);
        table.getSelectionModel().select(row);
        if (refused.isPresent()) {
            table.refresh(); // the cell shows the value it kept
        }
    }

    /** A row that can be dragged onto another to move its segment there; the segment on air is marked. */
    private TableRow<Segment> draggableRow() {
        TableRow<Segment> row = new TableRow<>() {
            @Override
            protected void updateItem(Segment segment, boolean empty) {
                super.updateItem(segment, empty);
                boolean onAir = !empty && segment != null && viewModel.progress().onAir()
                        && viewModel.progress().segmentId().orElseThrow().equals(segment.id());
                pseudoClassStateChanged(ON_AIR, onAir);
                setId(empty || segment == null ? null : "segment-row-" + segment.id());
            }
        };
        row.setOnDragDetected(event -> {
            if (!row.isEmpty()) {
                Dragboard board = row.startDragAndDrop(TransferMode.MOVE);
                board.setDragView(row.snapshot(null, null));
                ClipboardContent content = new ClipboardContent();
                content.put(SEGMENT_ROW, row.getIndex());
                board.setContent(content);
                event.consume();
            }
        });
        row.setOnDragOver(event -> {
            if (event.getDragboard().hasContent(SEGMENT_ROW)) {
                event.acceptTransferModes(TransferMode.MOVE);
                event.consume();
            }
        });
        row.setOnDragDropped(event -> {
            Dragboard board = event.getDragboard();
            if (board.hasContent(SEGMENT_ROW)) {
                int from = (Integer) board.getContent(SEGMENT_ROW);
                int to = row.isEmpty() ? viewModel.segments().size() - 1 : row.getIndex();
                viewModel.move(from, to);
                table.getSelectionModel().clearAndSelect(to);
                event.setDropCompleted(true);
                event.consume();
            }
        });
        return row;
    }

    private void move(int step) {
        int from = table.getSelectionModel().getSelectedIndex();
        int to = from + step;
        if (from < 0 || to < 0 || to >= viewModel.segments().size()) {
            return;
        }
        viewModel.move(from, to);
        table.getSelectionModel().clearAndSelect(to);
        table.scrollTo(Math.max(0, to - 2));
    }

    // ---- above the table ----

    private Node toolbar() {
        Button add = button(TEXT.text("producer.add"), "runsheet-add", () -> {
            int at = viewModel.add(table.getSelectionModel().getSelectedIndex());
            table.getSelectionModel().clearAndSelect(at);
            table.scrollTo(at);
        });
        Button delete = button(TEXT.text("producer.delete"), "runsheet-delete", () -> {
            int index = table.getSelectionModel().getSelectedIndex();
            if (viewModel.delete(index).isEmpty() && !viewModel.segments().isEmpty()) {
                table.getSelectionModel().clearAndSelect(Math.min(index, viewModel.segments().size() - 1));
            }
        });
        delete.disableProperty().bind(table.getSelectionModel().selectedIndexProperty().lessThan(0));
        Button up = button(TEXT.text("producer.up"), "runsheet-up", () -> move(-1));
        up.setTooltip(new Tooltip(TEXT.text("producer.up.tooltip")));
        Button down = button(TEXT.text("producer.down"), "runsheet-down", () -> move(1));
        down.setTooltip(new Tooltip(TEXT.text("producer.down.tooltip")));
        Button importCsv = button(TEXT.text("producer.import"), "runsheet-import", () ->
                files.open(TEXT.text("producer.import")).ifPresent(viewModel::importCsv));
        Button exportCsv = button(TEXT.text("producer.export"), "runsheet-export", () ->
                files.save(TEXT.text("producer.export"), "run-sheet.csv").ifPresent(viewModel::exportCsv));
        Button save = button(TEXT.text("producer.save"), "runsheet-save", viewModel::save);
        save.setTooltip(new Tooltip(TEXT.text("producer.save.tooltip")));
        save.setDisable(!viewModel.canSave());
        save.textProperty().bind(Bindings.when(viewModel.unsavedProperty()).then(TEXT.text("producer.save.unsaved")).otherwise(TEXT.text("producer.save")));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(6, add, delete, up, down, spacer, importCsv, exportCsv, save);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("producer-toolbar");
        return bar;
    }

    private Node totals() {
        Label planned = figure("runsheet-planned", viewModel.plannedTotalProperty(), "producer.planned");
        Label end = figure("runsheet-expected-end", viewModel.expectedEndProperty(), "producer.expected-end");
        Label over = figure("runsheet-over-under", viewModel.overUnderProperty(), "producer.over-under");
        over.pseudoClassStateChanged(LATE, viewModel.lateProperty().get());
        viewModel.lateProperty().addListener((observable, before, late) -> over.pseudoClassStateChanged(LATE, late));
        Label refused = new Label();
        refused.setId("producer-run-message");
        refused.getStyleClass().add("runsheet-message");
        refused.textProperty().bind(run.messageProperty());
        refused.setMinWidth(0);
        javafx.scene.layout.FlowPane controls = RunControls.create(run, "producer-");
        controls.setAlignment(Pos.CENTER_RIGHT);
        HBox.setHgrow(controls, Priority.ALWAYS);
        HBox totals = new HBox(22, planned, end, over, refused, controls);
        totals.setAlignment(Pos.CENTER_LEFT);
        totals.getStyleClass().add("producer-totals");
        return totals;
    }

    /** A figure with its caption: {@code captionKey} is a pattern with the value as its {0}. */
    private static Label figure(String id, javafx.beans.value.ObservableStringValue value, String captionKey) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("runsheet-figure");
        label.textProperty().bind(Bindings.createStringBinding(() -> TEXT.text(captionKey, value.get()), value));
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private Node message() {
        Label message = new Label();
        message.setId("runsheet-message");
        message.getStyleClass().add("runsheet-message");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());
        message.visibleProperty().bind(viewModel.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        message.pseudoClassStateChanged(PROBLEM, viewModel.messageIsProblemProperty().get());
        viewModel.messageIsProblemProperty().addListener((observable, before, problem) ->
                message.pseudoClassStateChanged(PROBLEM, problem));
        return message;
    }

    // ---- the selected segment ----

    private Node details() {
        detailTitle.getStyleClass().add("runsheet-detail-title");
        script.setId("runsheet-script");
        script.setWrapText(true);
        script.setPromptText(TEXT.text("producer.script"));
        talkingPoints.setId("runsheet-talking-points");
        talkingPoints.setWrapText(true);
        talkingPoints.setPromptText(TEXT.text("producer.talking-points"));
        // Text areas commit when they lose the focus: a half-typed line never reaches the host's prompter.
        script.focusedProperty().addListener((observable, before, focused) -> {
            int index = table.getSelectionModel().getSelectedIndex();
            if (!focused && index >= 0 && !script.getText().equals(viewModel.segments().get(index).hostNotes())) {
                viewModel.edit(index, SegmentColumn.NOTES, script.getText());
                table.getSelectionModel().select(index);
            }
        });
        talkingPoints.focusedProperty().addListener((observable, before, focused) -> {
            int index = table.getSelectionModel().getSelectedIndex();
            if (!focused && index >= 0 && !talkingPoints.getText().equals(String.join("\n",
                    viewModel.segments().get(index).talkingPoints()))) {
                viewModel.editTalkingPoints(index, talkingPoints.getText());
                table.getSelectionModel().select(index);
            }
        });
        VBox text = new VBox(6, label(TEXT.text("producer.script")), script, label(TEXT.text("producer.talking-points")), talkingPoints);
        VBox.setVgrow(script, Priority.ALWAYS);
        talkingPoints.setPrefRowCount(3);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);

        VBox cues = cueEditor();
        HBox.setHgrow(cues, Priority.ALWAYS);
        HBox columns = new HBox(14, text, cues);
        VBox details = new VBox(8, detailTitle, columns);
        VBox.setVgrow(columns, Priority.ALWAYS);
        details.getStyleClass().add("runsheet-details");
        details.setMinHeight(0);
        return details;
    }

    private VBox cueEditor() {
        cueList.setId("runsheet-cues");
        cueList.setPrefHeight(110);
        cueList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Cue cue, boolean empty) {
                super.updateItem(cue, empty);
                setText(empty || cue == null ? null : ProducerViewModel.triggerText(cue) + " · "
                        + (cue.label().isBlank() ? "" : cue.label() + " · ") + ProducerViewModel.commandText(cue));
            }
        });
        Button remove = button(TEXT.text("producer.remove-cue"), "runsheet-remove-cue", () -> {
            int segment = table.getSelectionModel().getSelectedIndex();
            int cue = cueList.getSelectionModel().getSelectedIndex();
            if (segment >= 0 && cue >= 0) {
                viewModel.removeCue(segment, cue);
                table.getSelectionModel().select(segment);
            }
        });
        remove.disableProperty().bind(cueList.getSelectionModel().selectedIndexProperty().lessThan(0));

        TextField trigger = new TextField(TEXT.text("producer.trigger.go"));
        trigger.setId("cue-trigger");
        trigger.setPromptText(TEXT.text("producer.trigger-prompt"));
        trigger.setPrefColumnCount(5);
        ComboBox<String> command = new ComboBox<>(FXCollections.observableArrayList(
                ShowCommands.specs().stream().map(CommandSpec::name).toList()));
        command.setId("cue-command");
        command.getStyleClass().add("data"); // the API's command names, as a cue is written
        command.setVisibleRowCount(14);
        TextField label = new TextField();
        label.setId("cue-label");
        label.setPromptText(TEXT.text("producer.label-prompt"));
        HBox.setHgrow(label, Priority.ALWAYS);
        GridPane arguments = new GridPane();
        arguments.setHgap(8);
        arguments.setVgap(4);
        arguments.getColumnConstraints().setAll(new ColumnConstraints(), fill());
        Map<String, Function<Void, String>> values = new LinkedHashMap<>();
        command.valueProperty().addListener((observable, before, name) -> {
            arguments.getChildren().clear();
            values.clear();
            ShowCommands.spec(name).ifPresent(spec -> {
                int row = 0;
                for (ArgumentSpec argument : spec.arguments()) {
                    Label caption = new Label(argument.name() + (argument.requirement() == ArgumentSpec.Requirement.REQUIRED ? " *" : ""));
                    caption.getStyleClass().add("data"); // the API's argument name, as a cue's command is written
                    caption.setTooltip(new Tooltip(describe(name, argument)));
                    Node input;
                    if (argument.type() == ArgumentType.CHOICE) {
                        ComboBox<String> choice = new ComboBox<>(FXCollections.observableArrayList(argument.choices()));
                        choice.setId("cue-argument-" + argument.name());
                        choice.setMaxWidth(Double.MAX_VALUE);
                        values.put(argument.name(), ignored -> choice.getValue());
                        input = choice;
                    } else {
                        TextField field = new TextField();
                        field.setId("cue-argument-" + argument.name());
                        field.setPromptText(describe(name, argument));
                        values.put(argument.name(), ignored -> field.getText());
                        input = field;
                    }
                    arguments.addRow(row++, caption, input);
                }
            });
        });
        command.getSelectionModel().select("product.show");
        Button add = button(TEXT.text("producer.add-cue"), "cue-add", () -> {
            int segment = table.getSelectionModel().getSelectedIndex();
            if (segment < 0 || command.getValue() == null) {
                return;
            }
            Map<String, String> typed = new LinkedHashMap<>();
            values.forEach((name, value) -> typed.put(name, value.apply(null)));
            if (viewModel.addCue(segment, new CueDraft(trigger.getText(), command.getValue(), typed, label.getText())).isEmpty()) {
                label.clear();
                table.getSelectionModel().select(segment);
            }
        });
        add.getStyleClass().add("accent");
        HBox form = new HBox(6, trigger, command, label);
        form.setAlignment(Pos.CENTER_LEFT);
        HBox buttons = new HBox(6, add, remove);
        VBox editor = new VBox(6, label(TEXT.text("producer.cues")), cueList, form, arguments, buttons);
        VBox.setVgrow(cueList, Priority.ALWAYS);
        editor.setMinWidth(0);
        editor.setPrefWidth(420);
        editor.disableProperty().bind(table.getSelectionModel().selectedIndexProperty().lessThan(0));
        return editor;
    }

    /** An argument's description in the window's language; the API's English one for an argument the bundle lacks. */
    private static String describe(String command, ArgumentSpec argument) {
        String key = "argument." + command + "." + argument.name();
        return TEXT.has(key) ? TEXT.text(key) : argument.description();
    }

    private void showDetails() {
        int index = table.getSelectionModel().getSelectedIndex();
        if (index < 0 || index >= viewModel.segments().size()) {
            detailTitle.setText(TEXT.text("producer.no-selection"));
            script.clear();
            talkingPoints.clear();
            cueList.getItems().clear();
            script.setDisable(true);
            talkingPoints.setDisable(true);
            return;
        }
        Segment segment = viewModel.segments().get(index);
        detailTitle.setText((index + 1) + ". " + segment.title());
        script.setDisable(false);
        talkingPoints.setDisable(false);
        if (!script.isFocused()) {
            script.setText(segment.hostNotes());
        }
        if (!talkingPoints.isFocused()) {
            talkingPoints.setText(String.join("\n", segment.talkingPoints()));
        }
        cueList.getItems().setAll(segment.cues());
    }

    private static ColumnConstraints fill() {
        ColumnConstraints constraints = new ColumnConstraints();
        constraints.setHgrow(Priority.ALWAYS);
        constraints.setFillWidth(true);
        return constraints;
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        return label;
    }

    private static Button button(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(event -> action.run());
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    private static String oneLine(String text) {
        int lineEnd = text.indexOf('\n');
        return lineEnd < 0 ? text : text.substring(0, lineEnd) + " …";
    }
}
