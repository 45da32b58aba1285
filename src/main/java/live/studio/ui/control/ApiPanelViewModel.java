package live.studio.ui.control;

import java.io.IOException;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import live.studio.control.ApiServer;
import live.studio.control.ApiSettings;
import live.studio.control.ApiTokens;
import live.studio.control.NetworkScope;
import live.studio.control.ProgramMonitor;
import live.studio.show.ShowController;
import live.studio.ui.common.Messages;

/**
 * The window's remote-control settings: on/off, port, loopback or LAN, the token (shown masked, copied whole, replaced
 * on demand) and the address to connect. Changing any of them restarts the API with the new settings.
 */
public final class ApiPanelViewModel implements AutoCloseable {
    private static final Messages TEXT = Messages.of(ApiPanelViewModel.class);
    public static final int DEFAULT_PORT = 8765;

    /** What the LAN opt-in risks, said beside it and once the API listens on the network. */
    public static String lanWarning() {
        return TEXT.text("api.lan.warning");
    }

    private final ShowController controller;
    private final ProgramMonitor monitor;
    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled", false);
    private final IntegerProperty port = new SimpleIntegerProperty(this, "port", DEFAULT_PORT);
    private final ObjectProperty<NetworkScope> scope = new SimpleObjectProperty<>(this, "scope", NetworkScope.LOOPBACK);
    private final ReadOnlyStringWrapper address = new ReadOnlyStringWrapper(this, "address", "");
    private final ReadOnlyStringWrapper maskedToken = new ReadOnlyStringWrapper(this, "maskedToken", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", TEXT.text("api.message.off"));
    private ApiTokens tokens = ApiTokens.generate();
    private ApiServer server;
    private live.studio.control.ChatHistory chatHistory;

    public ApiPanelViewModel(ShowController controller, ProgramMonitor monitor) {
        this.controller = controller;
        this.monitor = monitor;
        maskedToken.set(mask(tokens.control()));
        enabled.addListener((observable, was, now) -> apply());
        port.addListener((observable, was, now) -> restartIfOn());
        scope.addListener((observable, was, now) -> restartIfOn());
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    public IntegerProperty portProperty() {
        return port;
    }

    public ObjectProperty<NetworkScope> scopeProperty() {
        return scope;
    }

    public ReadOnlyStringProperty addressProperty() {
        return address.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty maskedTokenProperty() {
        return maskedToken.getReadOnlyProperty();
    }

    /** "Listening on ...", the LAN warning, or why it could not start. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The control token whole, for the Copy button. */
    public String controlToken() {
        return tokens.control();
    }

    public Optional<ApiServer> server() {
        return Optional.ofNullable(server);
    }

    /** A new control token: the old one stops working at once and open event streams are closed. */
    public void newToken() {
        tokens = tokens.withNewControlToken();
        maskedToken.set(mask(tokens.control()));
        if (server != null) {
            server.setTokens(tokens);
        }
    }

    private void restartIfOn() {
        if (enabled.get()) {
            apply();
        }
    }

    /** What {@code GET /chat/messages} serves, now and on every restart of the server. */
    public void setChatHistory(live.studio.control.ChatHistory history) {
        chatHistory = history;
        if (server != null) {
            server.setChatHistory(history);
        }
    }

    private void apply() {
        stopServer();
        if (!enabled.get()) {
            address.set("");
            message.set(TEXT.text("api.message.off"));
            return;
        }
        try {
            ApiSettings settings = ApiSettings.loopback(port.get()).withScope(scope.get());
            server = ApiServer.start(settings, tokens, controller, monitor);
            if (chatHistory != null) {
                server.setChatHistory(chatHistory);
            }
            address.set(server.address().toString());
            message.set(scope.get() == NetworkScope.LAN ? TEXT.text("api.message.on-lan", lanWarning())
                    : TEXT.text("api.message.on-loopback"));
        } catch (IOException | IllegalArgumentException e) {
            address.set("");
            message.set(TEXT.text("api.message.failed", e.getMessage()));
        }
    }

    private void stopServer() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** The first four characters and dots: enough to tell two tokens apart, too little to use. */
    static String mask(String token) {
        return token.substring(0, 4) + "•".repeat(12);
    }

    @Override
    public void close() {
        stopServer();
    }
}
