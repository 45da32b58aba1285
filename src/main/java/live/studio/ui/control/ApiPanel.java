package live.studio.ui.control;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import live.studio.control.NetworkScope;
import live.studio.ui.common.Messages;

/** The API settings in the window's sidebar: on/off, port, LAN opt-in with its warning, address, token. */
public final class ApiPanel extends VBox {
    private static final Messages TEXT = Messages.of(ApiPanel.class);

    /** @param clipboard puts text on the system clipboard (the Copy button) */
    public ApiPanel(ApiPanelViewModel model, Consumer<String> clipboard) {
        super(8);
        CheckBox enabled = new CheckBox(TEXT.text("api.enabled"));
        enabled.setId("api-enabled");
        enabled.selectedProperty().bindBidirectional(model.enabledProperty());

        Spinner<Integer> port = new Spinner<>(0, 65_535, model.portProperty().get());
        port.setId("api-port");
        port.setEditable(true);
        port.setPrefWidth(110);
        port.valueProperty().addListener((observable, was, now) -> model.portProperty().set(now));
        Label portLabel = new Label(TEXT.text("api.port"));
        HBox portRow = new HBox(8, portLabel, port);
        portRow.setAlignment(Pos.CENTER_LEFT);

        CheckBox lan = new CheckBox(TEXT.text("api.lan"));
        lan.setId("api-lan");
        lan.setSelected(model.scopeProperty().get() == NetworkScope.LAN);
        lan.selectedProperty().addListener((observable, was, now) ->
                model.scopeProperty().set(now ? NetworkScope.LAN : NetworkScope.LOOPBACK));
        lan.setTooltip(new Tooltip(ApiPanelViewModel.lanWarning()));

        TextField address = new TextField();
        address.setId("api-address");
        address.setEditable(false);
        address.textProperty().bind(model.addressProperty());
        address.setPromptText(TEXT.text("api.address.off"));

        Label token = new Label();
        token.setId("api-token");
        token.textProperty().bind(model.maskedTokenProperty());
        Button copy = new Button(TEXT.text("api.token.copy"));
        copy.setId("api-copy-token");
        copy.setOnAction(event -> clipboard.accept(model.controlToken()));
        Button renew = new Button(TEXT.text("api.token.new"));
        renew.setId("api-new-token");
        renew.setOnAction(event -> model.newToken());
        HBox.setHgrow(token, Priority.ALWAYS);
        HBox tokenRow = new HBox(8, new Label(TEXT.text("api.token")), token, copy, renew);
        tokenRow.setAlignment(Pos.CENTER_LEFT);

        Label message = new Label();
        message.setId("api-message");
        message.setWrapText(true);
        message.getStyleClass().add("hint");
        message.textProperty().bind(model.messageProperty());

        getChildren().addAll(enabled, portRow, lan, address, tokenRow, message);
    }
}
