package live.studio.ui.destinations;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The destinations list and the form that adds to it; a thin view over {@link DestinationsViewModel}. */
public final class DestinationsView {
    private final DestinationsViewModel viewModel;
    private final VBox root = new VBox(8);
    private final VBox list = new VBox(4);
    private final Label emptyList = new Label("No destinations yet: add one below, then Go Live.");
    private final BooleanProperty locked = new SimpleBooleanProperty(this, "locked");

    public DestinationsView(DestinationsViewModel viewModel) {
        this.viewModel = viewModel;
        root.getStyleClass().add("destinations");
        list.getStyleClass().add("destination-list");
        emptyList.getStyleClass().add("hint");
        emptyList.setWrapText(true);
        viewModel.entries().addListener((ListChangeListener<DestinationEntry>) change -> rebuildList());
        rebuildList();
        Node form = form();
        form.disableProperty().bind(locked);
        root.getChildren().addAll(list, form);
    }

    public Node root() {
        return root;
    }

    /** While on air the list is what streams: no adding, removing or unticking, but each state stays readable. */
    public BooleanProperty lockedProperty() {
        return locked;
    }

    private Node form() {
        ComboBox<PlatformPreset> preset = new ComboBox<>();
        preset.getItems().setAll(viewModel.presets());
        preset.valueProperty().bindBidirectional(viewModel.presetProperty());
        preset.setId("destination-preset");
        preset.setMaxWidth(Double.MAX_VALUE);

        TextField name = new TextField();
        name.setId("destination-name");
        name.textProperty().bindBidirectional(viewModel.nameProperty());
        name.promptTextProperty().bind(Bindings.createStringBinding(
                () -> viewModel.presetProperty().get() == null ? "Name" : viewModel.presetProperty().get().defaultName(),
                viewModel.presetProperty()));

        TextField server = new TextField();
        server.setId("destination-server");
        server.textProperty().bindBidirectional(viewModel.serverUrlProperty());
        server.promptTextProperty().bind(viewModel.serverHintProperty());
        Tooltip serverTip = new Tooltip();
        serverTip.textProperty().bind(viewModel.serverHintProperty());
        server.setTooltip(serverTip);

        PasswordField key = new PasswordField();
        key.setId("destination-key");
        key.setPromptText("Stream key (kept hidden)");
        key.textProperty().bindBidirectional(viewModel.streamKeyProperty());

        Label message = new Label();
        message.setId("destination-message");
        message.getStyleClass().add("validation-message");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.validationMessageProperty());
        message.visibleProperty().bind(viewModel.validationMessageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        Button add = new Button("Add destination");
        add.setId("destination-add");
        add.setDefaultButton(false);
        add.setMaxWidth(Double.MAX_VALUE);
        add.setOnAction(event -> viewModel.add());
        key.setOnAction(event -> viewModel.add());

        GridPane grid = new GridPane(8, 6);
        grid.getStyleClass().add("form");
        grid.addRow(0, fieldLabel("Platform"), preset);
        grid.addRow(1, fieldLabel("Name"), name);
        grid.addRow(2, fieldLabel("Server"), server);
        grid.addRow(3, fieldLabel("Key"), key);
        for (Node field : new Node[] {preset, name, server, key}) {
            GridPane.setHgrow(field, Priority.ALWAYS);
        }
        VBox form = new VBox(6, grid, message, add);
        form.getStyleClass().add("destination-form");
        return form;
    }

    private static Label fieldLabel(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private void rebuildList() {
        if (viewModel.entries().isEmpty()) {
            list.getChildren().setAll(emptyList);
            return;
        }
        list.getChildren().setAll(viewModel.entries().stream().map(this::row).toList());
    }

    /** Green when live, amber while connecting or reconnecting, red when failed, grey otherwise. */
    private static void styleStatus(Label status, String text) {
        status.getStyleClass().removeAll("status-live", "status-pending", "status-failed");
        String state = text == null ? "" : text;
        if (state.startsWith("live")) {
            status.getStyleClass().add("status-live");
        } else if (state.startsWith("connecting") || state.startsWith("reconnecting")) {
            status.getStyleClass().add("status-pending");
        } else if (state.startsWith("failed")) {
            status.getStyleClass().add("status-failed");
        }
    }

    private Node row(DestinationEntry entry) {
        CheckBox enabled = new CheckBox();
        enabled.selectedProperty().bindBidirectional(entry.enabledProperty());
        enabled.setTooltip(new Tooltip("Include in Go Live"));
        enabled.disableProperty().bind(locked);

        Label name = new Label(entry.name());
        name.getStyleClass().add("destination-name");
        Label target = new Label(entry.maskedTarget());
        target.getStyleClass().add("destination-target");
        Label status = new Label();
        status.getStyleClass().add("destination-status");
        status.textProperty().bind(entry.statusProperty());
        status.setWrapText(true);
        entry.statusProperty().addListener((observable, before, after) -> styleStatus(status, after));
        styleStatus(status, entry.statusProperty().get());
        VBox text = new VBox(1, name, target, status);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);

        Button remove = new Button("✕");
        remove.getStyleClass().add("destination-remove");
        remove.setTooltip(new Tooltip("Remove " + entry.name()));
        remove.setOnAction(event -> viewModel.remove(entry));
        remove.disableProperty().bind(locked);

        HBox row = new HBox(8, enabled, text, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("destination-row");
        return row;
    }
}
