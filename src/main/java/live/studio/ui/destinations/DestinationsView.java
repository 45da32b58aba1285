package live.studio.ui.destinations;

import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ToggleButton;
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
import live.studio.secrets.ConsentPrompt;
import live.studio.ui.common.Icons;
import live.studio.ui.common.Messages;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/** The destinations list and the form that adds to it; a thin view over {@link DestinationsViewModel}. */
public final class DestinationsView {
    private static final Messages TEXT = Messages.of(DestinationsView.class);
    private final DestinationsViewModel viewModel;
    private final VBox root = new VBox(8);
    private final VBox list = new VBox(4);
    private final Label emptyList = new Label(TEXT.text("list.empty"));
    private final BooleanProperty locked = new SimpleBooleanProperty(this, "locked");

    public DestinationsView(DestinationsViewModel viewModel) {
        this.viewModel = viewModel;
        root.getStyleClass().add("destinations");
        list.getStyleClass().add("destination-list");
        emptyList.getStyleClass().add("hint");
        emptyList.setWrapText(true);
        viewModel.entries().addListener((ListChangeListener<DestinationEntry>) change -> rebuildList());
        rebuildList();
        viewModel.setConsentPrompt(DestinationsView::askOnFxThread);
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
                () -> viewModel.presetProperty().get() == null ? TEXT.text("field.name") : viewModel.presetProperty().get().defaultName(),
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
        key.setPromptText(TEXT.text("key.prompt"));
        key.textProperty().bindBidirectional(viewModel.streamKeyProperty());
        // "Show" swaps in a plain field over the same text while held on; the key is masked by default (screenshots)
        TextField shownKey = new TextField();
        shownKey.setId("destination-key-shown");
        shownKey.setPromptText(TEXT.text("key.prompt-shown"));
        ToggleButton show = Icons.decorate(new ToggleButton(TEXT.text("key.show")), MaterialDesignE.EYE_OUTLINE);
        show.setId("destination-key-show");
        show.setTooltip(new Tooltip(TEXT.text("key.show.tooltip")));
        // the plain field holds the key only while shown, so nothing hidden in the scene carries it
        show.selectedProperty().addListener((observable, wasShown, shown) -> {
            if (shown) {
                shownKey.textProperty().bindBidirectional(viewModel.streamKeyProperty());
            } else {
                shownKey.textProperty().unbindBidirectional(viewModel.streamKeyProperty());
                shownKey.clear();
            }
        });
        shownKey.visibleProperty().bind(show.selectedProperty());
        shownKey.managedProperty().bind(shownKey.visibleProperty());
        key.visibleProperty().bind(show.selectedProperty().not());
        key.managedProperty().bind(key.visibleProperty());
        // the key is hidden again once the destination is added
        viewModel.entries().addListener((ListChangeListener<DestinationEntry>) change -> show.setSelected(false));
        HBox.setHgrow(key, Priority.ALWAYS);
        HBox.setHgrow(shownKey, Priority.ALWAYS);
        HBox keyRow = new HBox(4, key, shownKey, show);
        keyRow.setAlignment(Pos.CENTER_LEFT);

        Label message = new Label();
        message.setId("destination-message");
        message.getStyleClass().add("validation-message");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.validationMessageProperty());
        message.visibleProperty().bind(viewModel.validationMessageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        Label recommended = new Label();
        recommended.setId("destination-recommended");
        recommended.getStyleClass().add("hint");
        recommended.setWrapText(true);
        recommended.textProperty().bind(viewModel.recommendedProperty());
        recommended.visibleProperty().bind(viewModel.recommendedProperty().isNotEmpty());
        recommended.managedProperty().bind(recommended.visibleProperty());
        Button applyRecommended = Icons.decorate(new Button(TEXT.text("recommendation.apply")), MaterialDesignT.TUNE_VERTICAL);
        applyRecommended.setId("destination-apply-recommended");
        applyRecommended.setTooltip(new Tooltip(TEXT.text("recommendation.apply.tooltip")));
        applyRecommended.setOnAction(event -> viewModel.applyRecommendation());
        applyRecommended.visibleProperty().bind(viewModel.canApplyRecommendationProperty());
        applyRecommended.managedProperty().bind(applyRecommended.visibleProperty());
        Label applied = new Label();
        applied.setId("destination-recommendation-applied");
        applied.getStyleClass().add("hint");
        applied.setWrapText(true);
        applied.textProperty().bind(viewModel.appliedMessageProperty());
        applied.visibleProperty().bind(viewModel.appliedMessageProperty().isNotEmpty());
        applied.managedProperty().bind(applied.visibleProperty());
        Label advice = new Label();
        advice.setId("destination-encoder-advice");
        advice.getStyleClass().add("validation-message");
        advice.setWrapText(true);
        advice.textProperty().bind(viewModel.encoderAdviceProperty());
        advice.visibleProperty().bind(viewModel.encoderAdviceProperty().isNotEmpty());
        advice.managedProperty().bind(advice.visibleProperty());

        Button add = Icons.decorate(new Button(TEXT.text("add")), MaterialDesignP.PLUS);
        add.setId("destination-add");
        add.setDefaultButton(false);
        add.setMaxWidth(Double.MAX_VALUE);
        add.setOnAction(event -> viewModel.add());
        key.setOnAction(event -> viewModel.add());
        shownKey.setOnAction(event -> viewModel.add());

        Label storage = new Label();
        storage.setId("destination-storage-notice");
        storage.getStyleClass().add("hint");
        storage.setWrapText(true);
        storage.textProperty().bind(viewModel.storageNoticeProperty());
        storage.visibleProperty().bind(viewModel.storageNoticeProperty().isNotEmpty());
        storage.managedProperty().bind(storage.visibleProperty());

        GridPane grid = new GridPane(8, 6);
        grid.getStyleClass().add("form");
        grid.addRow(0, fieldLabel(TEXT.text("field.platform")), preset);
        grid.addRow(1, fieldLabel(TEXT.text("field.name")), name);
        grid.addRow(2, fieldLabel(TEXT.text("field.server")), server);
        grid.addRow(3, fieldLabel(TEXT.text("field.key")), keyRow);
        for (Node field : new Node[] {preset, name, server, keyRow}) {
            GridPane.setHgrow(field, Priority.ALWAYS);
        }
        VBox form = new VBox(6, grid, recommended, applyRecommended, applied, advice, message, add, storage);
        form.getStyleClass().add("destination-form");
        return form;
    }

    /** Called off the FX thread by the keeper: shows the question on the FX thread and waits for the answer. */
    private static ConsentPrompt.Answer askOnFxThread(String keychainProblem, Path file) {
        FutureTask<ConsentPrompt.Answer> question = new FutureTask<>(() -> consentDialog(keychainProblem, file));
        Platform.runLater(question);
        try {
            return question.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ConsentPrompt.Answer.NOT_ASKED;
        } catch (ExecutionException e) {
            return ConsentPrompt.Answer.NOT_ASKED;
        }
    }

    private static ConsentPrompt.Answer consentDialog(String keychainProblem, Path file) {
        ButtonType useFile = new ButtonType(TEXT.text("consent.use-file"), ButtonBar.ButtonData.OK_DONE);
        ButtonType doNotStore = new ButtonType(TEXT.text("consent.do-not-store"), ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", useFile, doNotStore, ButtonType.CANCEL);
        alert.setTitle(TEXT.text("consent.title"));
        alert.setHeaderText(TEXT.text("consent.header"));
        Label text = new Label(TEXT.text("consent.text", keychainProblem, file.toString()));
        text.setWrapText(true);
        text.setMaxWidth(520);
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setId("key-storage-consent");
        return alert.showAndWait().map(answer -> answer == useFile ? ConsentPrompt.Answer.USE_FILE
                : answer == doNotStore ? ConsentPrompt.Answer.DO_NOT_STORE : ConsentPrompt.Answer.NOT_ASKED)
                .orElse(ConsentPrompt.Answer.NOT_ASKED);
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
        enabled.setTooltip(new Tooltip(TEXT.text("row.enabled.tooltip")));
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

        Button remove = new Button();
        Icons.decorate(remove, MaterialDesignC.CLOSE);
        remove.getStyleClass().add("destination-remove");
        remove.setTooltip(new Tooltip(TEXT.text("row.remove.tooltip", entry.name())));
        remove.setOnAction(event -> viewModel.remove(entry));
        remove.disableProperty().bind(locked);

        HBox row = new HBox(8, enabled, text, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("destination-row");
        return row;
    }
}
