package live.studio.ui.runsheet;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import live.studio.show.CommandSource;
import live.studio.ui.common.Messages;

/**
 * What the host follows on air: the segment big with its time left (red and negative once over), what comes next,
 * the script as a prompter (text size with A−/A+ or Ctrl+plus/minus, scrolling), the talking points, the next cue
 * counting down, and the show's over/under. GO (or the space bar) fires the next cue.
 */
public final class HostView {
    private static final Messages TEXT = Messages.of(HostView.class);
    private static final PseudoClass OVER = PseudoClass.getPseudoClass("over");
    private static final PseudoClass ON_GO = PseudoClass.getPseudoClass("on-go");


    private static final String BULLET = "•  ";

    private final HostViewModel viewModel;
    private final VBox root = new VBox();

    public HostView(HostViewModel viewModel) {
        this.viewModel = viewModel;
        root.getStyleClass().add("host-view");
        root.setId("host-view");
        root.setMinSize(0, 0);
        ScrollPane prompter = prompter();
        VBox.setVgrow(prompter, Priority.ALWAYS);
        root.getChildren().addAll(header(), cueRow(), prompter, message(), RunControls.create(viewModel, "host-"));
    }

    public Node root() {
        return root;
    }

    /** Ctrl+plus / Ctrl+minus (and the keypad's) change the script's size wherever the focus is. */
    public void installShortcuts(Scene scene) {
        for (KeyCode bigger : new KeyCode[] {KeyCode.PLUS, KeyCode.EQUALS, KeyCode.ADD}) {
            scene.getAccelerators().put(new KeyCodeCombination(bigger, KeyCombination.SHORTCUT_DOWN), viewModel::biggerText);
        }
        for (KeyCode smaller : new KeyCode[] {KeyCode.MINUS, KeyCode.SUBTRACT}) {
            scene.getAccelerators().put(new KeyCodeCombination(smaller, KeyCombination.SHORTCUT_DOWN), viewModel::smallerText);
        }
    }

    private Node header() {
        Label position = text("host-position", "host-position", viewModel.segmentPositionProperty());
        Label title = text("host-segment", "host-segment", viewModel.segmentTitleProperty());
        title.setWrapText(true);
        Label next = text("host-next", "host-next", viewModel.nextSegmentProperty());
        VBox left = new VBox(2, position, title, next);
        left.setMinWidth(0);
        HBox.setHgrow(left, Priority.ALWAYS);

        Label caption = new Label(TEXT.text("host.time-left"));
        caption.getStyleClass().add("host-caption");
        Label timeLeft = text("host-time-left", "host-time-left", viewModel.timeLeftProperty());
        follow(timeLeft, OVER, viewModel.overTimeProperty());
        Label overUnder = new Label();
        overUnder.setId("host-over-under");
        overUnder.getStyleClass().add("host-over-under");
        overUnder.textProperty().bind(Bindings.when(viewModel.overUnderProperty().isEmpty()).then("")
                .otherwise(Bindings.createStringBinding(() -> TEXT.text("host.show-over-under", viewModel.overUnderProperty().get()),
                        viewModel.overUnderProperty())));
        follow(overUnder, OVER, viewModel.lateProperty());
        VBox right = new VBox(0, caption, timeLeft, overUnder);
        right.setAlignment(Pos.TOP_RIGHT);
        right.setMinWidth(Region.USE_PREF_SIZE);
        HBox header = new HBox(16, left, right);
        header.getStyleClass().add("host-header");
        return header;
    }

    private Node cueRow() {
        Label caption = new Label(TEXT.text("host.next-cue"));
        caption.getStyleClass().add("host-caption");
        caption.setMinWidth(Region.USE_PREF_SIZE);
        Label cue = text("host-next-cue", "host-next-cue", viewModel.nextCueProperty());
        follow(cue, ON_GO, viewModel.nextCueOnGoProperty());
        cue.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(cue, Priority.ALWAYS);
        Button go = new Button(TEXT.text("host.go"));
        go.setId("host-go");
        go.getStyleClass().add("host-go");
        go.setTooltip(new Tooltip(TEXT.text("host.go.tooltip")));
        go.setOnAction(event -> viewModel.goNextCue(CommandSource.WINDOW));
        go.setMinWidth(Region.USE_PREF_SIZE);
        go.setFocusTraversable(false); // the space bar stays the shortcut, not a press of whatever button has focus
        Button smaller = sizeButton(TEXT.text("host.smaller"), "host-text-smaller", TEXT.text("host.smaller.tooltip"), viewModel::smallerText);
        Button bigger = sizeButton(TEXT.text("host.bigger"), "host-text-bigger", TEXT.text("host.bigger.tooltip"), viewModel::biggerText);
        Label goCue = text("host-go-cue", "host-go-cue", viewModel.goCueProperty());
        goCue.setMinWidth(0);
        goCue.setMaxWidth(220);
        goCue.setTooltip(new Tooltip(TEXT.text("host.go-cue.tooltip")));
        HBox row = new HBox(8, caption, cue, goCue, go, smaller, bigger);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("host-cue-row");
        return row;
    }

    private ScrollPane prompter() {
        Label script = new Label();
        script.setId("host-script");
        script.getStyleClass().add("host-script");
        script.setWrapText(true);
        script.textProperty().bind(viewModel.notesProperty());
        script.styleProperty().bind(Bindings.createStringBinding(
                () -> String.format(java.util.Locale.ROOT, "-fx-font-size: %.0fpx;", viewModel.textSizeProperty().get()),
                viewModel.textSizeProperty()));
        script.setMaxWidth(Double.MAX_VALUE);

        Label pointsCaption = new Label(TEXT.text("host.talking-points"));
        pointsCaption.getStyleClass().add("host-caption");
        VBox points = new VBox(4);
        points.setId("host-talking-points");
        Runnable fillPoints = () -> {
            points.getChildren().clear();
            for (String point : viewModel.talkingPoints()) {
                Label line = new Label(BULLET + point);
                line.getStyleClass().add("host-point");
                line.setWrapText(true);
                points.getChildren().add(line);
            }
            pointsCaption.setVisible(!viewModel.talkingPoints().isEmpty());
            pointsCaption.setManaged(pointsCaption.isVisible());
        };
        viewModel.talkingPoints().addListener((ListChangeListener<String>) change -> fillPoints.run());
        fillPoints.run();

        VBox content = new VBox(14, script, pointsCaption, points);
        content.getStyleClass().add("host-prompter-content");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setId("host-prompter");
        scroll.getStyleClass().add("host-prompter");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setMinHeight(0);
        // A new segment's script starts at its top.
        viewModel.notesProperty().addListener((observable, before, after) -> scroll.setVvalue(0));
        return scroll;
    }

    private Node message() {
        Label message = new Label();
        message.setId("host-message");
        message.getStyleClass().add("runsheet-message");
        message.textProperty().bind(viewModel.messageProperty());
        message.visibleProperty().bind(viewModel.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        return message;
    }

    private static Button sizeButton(String text, String id, String tip, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(event -> action.run());
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setFocusTraversable(false);
        return button;
    }

    private static Label text(String id, String styleClass, javafx.beans.value.ObservableStringValue value) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(styleClass);
        label.textProperty().bind(value);
        label.setMinWidth(0);
        return label;
    }

    private static void follow(Node node, PseudoClass state, javafx.beans.value.ObservableBooleanValue condition) {
        node.pseudoClassStateChanged(state, condition.get());
        condition.addListener((observable, before, after) -> node.pseudoClassStateChanged(state, after));
    }
}
