package live.studio.control;

import java.io.IOException;
import java.net.BindException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import live.studio.engine.EngineStats;
import live.studio.show.ShowController;
import live.studio.show.ShowEvent;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.websocket.server.ServerWebSocketContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The remote-control API: HTTP/JSON and the WebSocket event stream on one port (Jetty 12, ADR 0010). It sends the
 * same commands as the studio's keyboard to the {@link ShowController} and streams every {@link ShowEvent}, output
 * health change and once-a-second stats. Listens on 127.0.0.1 unless the LAN is chosen.
 */
public final class ApiServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
    private static final int MAX_THREADS = 16;
    private static final Duration WEBSOCKET_IDLE_TIMEOUT = Duration.ofMinutes(5);
    private static final long MAX_INCOMING_MESSAGE_BYTES = 4_096;

    private final Server server;
    private final ServerConnector connector;
    private final ApiHandler handler;
    private final EventHub hub;
    private final ShowController controller;
    private final ProgramMonitor monitor;
    private final ApiSettings settings;
    private final Consumer<ShowEvent> showListener;
    private final Consumer<EngineStats> statsListener;
    private volatile ChatHistory chatHistory;

    private ApiServer(ApiSettings settings, ApiTokens tokens, ShowController controller, ProgramMonitor monitor) {
        this.settings = settings;
        this.controller = controller;
        this.monitor = monitor;
        QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, 2);
        threads.setName("api");
        threads.setDaemon(true);
        server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendDateHeader(false);
        connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(settings.scope() == NetworkScope.LOOPBACK ? "127.0.0.1" : "0.0.0.0");
        connector.setPort(settings.port());
        server.addConnector(connector);
        hub = new EventHub();
        handler = new ApiHandler(controller, monitor, () -> Optional.ofNullable(chatHistory), hub,
                new FailureThrottle(System::currentTimeMillis), gate(settings, settings.port(), tokens));
        server.setHandler(handler);
        ServerWebSocketContainer webSockets = ServerWebSocketContainer.ensure(server);
        webSockets.setIdleTimeout(WEBSOCKET_IDLE_TIMEOUT);
        webSockets.setMaxTextMessageSize(MAX_INCOMING_MESSAGE_BYTES);
        webSockets.setMaxBinaryMessageSize(MAX_INCOMING_MESSAGE_BYTES);
        handler.setWebSockets(webSockets);
        showListener = hub::showEvent;
        statsListener = hub::stats;
    }

    /**
     * Starts listening. {@link NetworkScope#LAN} logs a warning: anyone on the network who has a token can run the show.
     *
     * @throws IOException the port is taken or cannot be bound (the message says which and what to do)
     */
    public static ApiServer start(ApiSettings settings, ApiTokens tokens, ShowController controller,
                                  ProgramMonitor monitor) throws IOException {
        ApiServer api = new ApiServer(settings, tokens, controller, monitor);
        api.hub.start();
        try {
            api.server.start();
        } catch (Exception e) {
            api.close();
            if (e instanceof BindException || e.getCause() instanceof BindException || e instanceof IOException) {
                throw new IOException("the API cannot listen on port " + settings.port() + " ("
                        + e.getMessage() + "): choose another port, or 0 for any free one", e);
            }
            throw new IOException("the API could not start: " + e.getMessage(), e);
        }
        // the Host check needs the port actually bound (port 0 picks one)
        api.handler.setGate(gate(settings, api.port(), tokens));
        controller.subscribe(api.showListener);
        monitor.addStatsListener(api.statsListener);
        if (settings.scope() == NetworkScope.LAN) {
            LOG.warn("The API listens on every network interface (port {}): anyone on this network who has the token "
                    + "can run the show. Use it on a network you trust.", api.port());
        }
        LOG.info("API listening on {}", api.address());
        return api;
    }

    private static ApiHandler.Gate gate(ApiSettings settings, int port, ApiTokens tokens) {
        return new ApiHandler.Gate(HostCheck.of(settings.scope(), port, settings.lanHostName()),
                Set.copyOf(settings.allowedOrigins()), tokens);
    }

    public int port() {
        return connector.getLocalPort();
    }

    public ApiSettings settings() {
        return settings;
    }

    /** {@code http://127.0.0.1:PORT/api/v1}: where clients on this computer connect. */
    public URI address() {
        return URI.create("http://127.0.0.1:" + port() + ApiHandler.PREFIX);
    }

    /** The line the headless command prints: {@code api: http://127.0.0.1:PORT/api/v1 token: TOKEN}. */
    public String announcement() {
        return "api: " + address() + " token: " + tokens().control();
    }

    public ApiTokens tokens() {
        return handler.gate().tokens();
    }

    /** Replaces the tokens at once; open event streams are closed (they reconnect with the new token). */
    public void setTokens(ApiTokens tokens) {
        handler.setGate(new ApiHandler.Gate(handler.gate().hosts(), handler.gate().allowedOrigins(), tokens));
        hub.closeAll(EventHub.CLOSE_POLICY_VIOLATION, "the studio's API token changed");
        LOG.info("API tokens replaced; event streams closed");
    }

    /** Where {@code GET /api/v1/chat/messages} reads (null: "not connected"). */
    public void setChatHistory(ChatHistory history) {
        chatHistory = history;
    }

    /** Sends a chat message to every event stream as {@code chat.message}; returns at once. */
    public void chatMessageReceived(ChatMessage message) {
        hub.chatMessage(message);
    }

    /** Event streams open now. */
    public int eventClients() {
        return hub.clientCount();
    }

    @Override
    public void close() {
        controller.unsubscribe(showListener);
        monitor.removeStatsListener(statsListener);
        hub.close();
        try {
            server.stop();
        } catch (Exception e) {
            LOG.warn("the API did not stop cleanly: {}", e.getMessage());
        }
    }
}
