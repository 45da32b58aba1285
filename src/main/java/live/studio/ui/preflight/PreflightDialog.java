package live.studio.ui.preflight;

import java.util.Objects;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import live.studio.ui.common.Icons;
import live.studio.ui.common.Messages;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/**
 * The pre-flight window: a row per check ({@code #preflight-ID}, style class {@code check-running|ok|warning|failed}),
 * a spinner until the check answers, then its icon and what it found; Go Live ({@code #preflight-go-live}, Enter)
 * once nothing failed, "Go live to 2 of 3" when only some destinations failed, Check again, and Cancel
 * ({@code #preflight-cancel}, Escape). Closing it cancels the checks still running.
 */
public final class PreflightDialog {
    private static final Messages TEXT = Messages.of(PreflightDialog.class);

    private final PreflightViewModel model;
    private final VBox rowsBox = new VBox();
    private final VBox root;
    private final Button goLive = new Button();
    private final Button goLiveOthers = new Button();
    private final Button checkAgain = new Button();
    private final Button cancel = new Button();
    private Stage stage;

    /** What the operator chose. */
    public interface Choice {
        void goLive();

        void cancelled();
    }

    public PreflightDialog(PreflightViewModel model, Choice choice) {
        this.model = Objects.requireNonNull(model);
        Objects.requireNonNull(choice);
        Label heading = new Label(TEXT.text("dialog.heading"));
        heading.getStyleClass().add("preflight-heading");
        Label summary = new Label();
        summary.setId("preflight-summary");
        summary.getStyleClass().add("preflight-summary");
        summary.textProperty().bind(model.summaryProperty());
        rowsBox.getStyleClass().add("preflight-rows");

        goLive.setId("preflight-go-live");
        goLive.setText(TEXT.text("button.go-live"));
        goLive.getStyleClass().add("preflight-go-live");
        Icons.decorate(goLive, MaterialDesignB.BROADCAST);
        goLive.setDefaultButton(true);
        goLive.disableProperty().bind(model.goLiveAllowedProperty().not());
        goLive.setOnAction(event -> {
            if (model.goLiveAllowedProperty().get()) {
                close();
                choice.goLive();
            }
        });

        goLiveOthers.setId("preflight-go-live-others");
        goLiveOthers.textProperty().bind(model.othersLabelProperty());
        goLiveOthers.visibleProperty().bind(model.othersOfferedProperty());
        goLiveOthers.managedProperty().bind(goLiveOthers.visibleProperty());
        Icons.decorate(goLiveOthers, MaterialDesignB.BROADCAST);
        goLiveOthers.setOnAction(event -> {
            if (model.untickFailedDestinations()) {
                close();
                choice.goLive();
            }
        });

        checkAgain.setId("preflight-check-again");
        checkAgain.setText(TEXT.text("button.check-again"));
        Icons.decorate(checkAgain, MaterialDesignR.REFRESH);
        checkAgain.setOnAction(event -> model.start());

        cancel.setId("preflight-cancel");
        cancel.setText(TEXT.text("button.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(event -> {
            close();
            choice.cancelled();
        });

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, checkAgain, spacer, cancel, goLiveOthers, goLive);
        buttons.getStyleClass().add("preflight-buttons");
        buttons.setAlignment(Pos.CENTER_RIGHT);

        root = new VBox(12, heading, rowsBox, summary, buttons);
        root.setId("preflight");
        root.getStyleClass().add("preflight");
        // Escape and Enter work wherever the focus is (a button keeps it after a click)
        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                cancel.fire();
                event.consume();
            } else if (event.getCode() == KeyCode.ENTER && !goLive.isDisabled()) {
                goLive.fire();
                event.consume();
            }
        });
        model.rows().addListener((ListChangeListener<PreflightRow>) change -> rebuildRows());
        rebuildRows();
    }

    public VBox root() {
        return root;
    }

    private void rebuildRows() {
        rowsBox.getChildren().setAll(model.rows().stream().map(PreflightDialog::rowNode).toList());
    }

    private static Node rowNode(PreflightRow row) {
        HBox node = new HBox(10);
        node.setId("preflight-" + row.checkId());
        node.getStyleClass().add("preflight-row");
        node.setAlignment(Pos.CENTER_LEFT);
        Label title = new Label(row.title());
        title.getStyleClass().add("preflight-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        Label message = new Label();
        message.getStyleClass().add("preflight-message");
        message.setWrapText(true);
        message.textProperty().bind(row.messageProperty());
        HBox.setHgrow(message, Priority.ALWAYS);
        Label status = new Label();
        status.getStyleClass().add("preflight-status");
        status.setMinWidth(24);
        VBox text = new VBox(2, title, message);
        HBox.setHgrow(text, Priority.ALWAYS);
        node.getChildren().setAll(status, text);
        Runnable show = () -> {
            RowState state = row.state();
            node.getStyleClass().removeIf(style -> style.startsWith("check-"));
            node.getStyleClass().add(state.styleClass());
            if (state == RowState.RUNNING) {
                ProgressIndicator spinner = new ProgressIndicator();
                spinner.getStyleClass().add("preflight-spinner");
                spinner.setPrefSize(18, 18);
                status.setGraphic(spinner);
            } else {
                Icons.decorate(status, switch (state) {
                    case OK -> MaterialDesignC.CHECK_CIRCLE;
                    case WARNING -> MaterialDesignA.ALERT;
                    default -> MaterialDesignC.CLOSE_CIRCLE;
                });
            }
            String stateKey = "state." + state.name().toLowerCase(java.util.Locale.ROOT);
            status.setAccessibleText(TEXT.text(stateKey));
        };
        row.stateProperty().addListener((observable, before, after) -> show.run());
        show.run();
        return node;
    }

    /** Opens the window over {@code owner} and starts the checks. */
    public void show(Window owner) {
        stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(TEXT.text("dialog.title"));
        Scene scene = new Scene(root, 720, Region.USE_COMPUTED_SIZE);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        scene.getStylesheets().add(Objects.requireNonNull(PreflightDialog.class.getResource("preflight.css")).toExternalForm());
        stage.setScene(scene);
        // the window's close button is Cancel
        stage.setOnCloseRequest(event -> {
            event.consume();
            cancel.fire();
        });
        model.start();
        stage.show();
        root.requestFocus();
    }

    /** Stops the checks and closes the window. */
    public void close() {
        model.cancel();
        if (stage != null) {
            stage.hide();
        }
    }

    public boolean isShowing() {
        return stage != null && stage.isShowing();
    }
}
