package live.studio.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import live.studio.show.CommandException;
import live.studio.show.CommandSource;
import live.studio.show.ShowCommand;
import live.studio.show.ShowCommands;
import live.studio.show.ShowController;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.eclipse.jetty.websocket.server.ServerWebSocketContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every request goes through the same gate, in this order, before anything is read or changed:
 * <ol>
 *   <li>the {@code Host} header must name this server (loopback, or the LAN name/addresses): 421 otherwise;</li>
 *   <li>a browser {@code Origin} must be allow-listed: 403 otherwise (before any WebSocket upgrade);</li>
 *   <li>an address that failed too often waits: 429 with {@code Retry-After};</li>
 *   <li>a token ({@code Authorization: Bearer}, or for the WebSocket a {@code bearer.TOKEN} sub-protocol): 401;</li>
 *   <li>then the route: method (405), read-only token sending a command (403), content type (415), size (413).</li>
 * </ol>
 */
final class ApiHandler extends Handler.Abstract {
    private static final Logger LOG = LoggerFactory.getLogger(ApiHandler.class);
    static final String PREFIX = "/api/v1";
    static final int MAX_BODY_BYTES = 64 * 1024;
    /** Beyond this a refused body is not read any further: the connection is closed under the client. */
    private static final int DRAINED_BEFORE_REFUSING_BYTES = 1024 * 1024;
    static final int MAX_CHAT_LIMIT = 500;
    static final String EVENTS_SUBPROTOCOL = "studio.v1";
    static final String BEARER_SUBPROTOCOL_PREFIX = "bearer.";
    private static final String JSON = "application/json; charset=utf-8";

    /** What the handler reads and drives; replaced as a whole when the tokens change. */
    record Gate(HostCheck hosts, Set<String> allowedOrigins, ApiTokens tokens) {
    }

    private final ShowController controller;
    private final ProgramMonitor monitor;
    private final Supplier<Optional<ChatHistory>> chat;
    private final EventHub hub;
    private final FailureThrottle throttle;
    private volatile Gate gate;
    private volatile ServerWebSocketContainer webSockets;

    ApiHandler(ShowController controller, ProgramMonitor monitor, Supplier<Optional<ChatHistory>> chat, EventHub hub,
               FailureThrottle throttle, Gate gate) {
        this.controller = controller;
        this.monitor = monitor;
        this.chat = chat;
        this.hub = hub;
        this.throttle = throttle;
        this.gate = gate;
    }

    void setGate(Gate newGate) {
        gate = newGate;
    }

    Gate gate() {
        return gate;
    }

    void setWebSockets(ServerWebSocketContainer container) {
        webSockets = container;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Gate current = gate;
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        try {
            String path = request.getHttpURI().getPath();
            if (!current.hosts().allows(request.getHeaders().get(HttpHeader.HOST))) {
                refuse(request, "a Host header that is not this studio");
                throw new RequestRefused(421, "the Host header must be 127.0.0.1:PORT or localhost:PORT "
                        + "(or the LAN name set in the studio)", "Host");
            }
            if (origin != null && !current.allowedOrigins().contains(origin.toLowerCase(Locale.ROOT))) {
                refuse(request, "a web page's Origin that is not allow-listed");
                throw new RequestRefused(403, "requests from web pages are refused unless their origin is allow-listed "
                        + "in the studio's API settings", "Origin");
            }
            if (request.getMethod().equals("OPTIONS") && origin != null) {
                preflight(response, origin, callback);
                return true;
            }
            String address = Request.getRemoteAddr(request);
            long waitMillis = throttle.waitMillis(address);
            if (waitMillis > 0) {
                response.getHeaders().put(HttpHeader.RETRY_AFTER, Long.toString(Math.ceilDiv(waitMillis, 1000)));
                throw new RequestRefused(429, "too many refused tokens from this address; try again in "
                        + Math.ceilDiv(waitMillis, 1000) + " s", "Authorization");
            }
            boolean events = path.equals(PREFIX + "/events");
            Optional<Access> access = current.tokens().accessOf(presentedToken(request, events));
            if (access.isEmpty()) {
                int failures = throttle.failed(address);
                LOG.warn("API: refused {} {} from {}: missing or wrong token ({} in a row{})", request.getMethod(),
                        path, address, failures, failures > FailureThrottle.FREE_FAILURES
                                ? "; next attempt answered after " + FailureThrottle.pauseMillis(failures) / 1000 + " s"
                                : "");
                response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Bearer realm=\"studio\"");
                throw new RequestRefused(401, "give the studio's API token as \"Authorization: Bearer TOKEN\"",
                        "Authorization");
            }
            throttle.succeeded(address);
            if (origin != null) {
                response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
                response.getHeaders().put(HttpHeader.VARY, "Origin");
            }
            if (events) {
                return upgrade(request, response, callback);
            }
            route(path, request, response, callback, access.get());
        } catch (RequestRefused refused) {
            send(response, refused.status(), ApiJson.error(refused.getMessage(), refused.field()), callback);
        } catch (RuntimeException e) {
            LOG.error("API request failed", e);
            send(response, 500, ApiJson.error("the studio could not answer: " + e.getClass().getSimpleName()
                    + "; see its log", null), callback);
        }
        return true;
    }

    private void route(String path, Request request, Response response, Callback callback, Access access)
            throws RequestRefused {
        String method = request.getMethod();
        switch (path) {
            case PREFIX + "/status" -> {
                requireMethod(method, response, "GET");
                send(response, 200, status(), callback);
            }
            case PREFIX + "/commands" -> {
                requireMethod(method, response, "GET", "POST");
                if (method.equals("GET")) {
                    // GET only reads: a "command" in the query or a body changes nothing
                    ObjectNode list = ApiJson.object();
                    list.set("commands", ApiJson.commands(ShowCommands.specs()));
                    send(response, 200, list, callback);
                } else {
                    if (access != Access.CONTROL) {
                        throw new RequestRefused(403, "the read-only token cannot send commands; use the control token",
                                "Authorization");
                    }
                    send(response, 200, execute(request), callback);
                }
            }
            case PREFIX + "/chat/messages" -> {
                requireMethod(method, response, "GET");
                send(response, 200, chatMessages(request), callback);
            }
            default -> throw new RequestRefused(404, "no such API path; the paths are /api/v1/status, /api/v1/commands, "
                    + "/api/v1/chat/messages and /api/v1/events", "path");
        }
    }

    private static void requireMethod(String method, Response response, String... allowed) throws RequestRefused {
        if (!List.of(allowed).contains(method)) {
            response.getHeaders().put(HttpHeader.ALLOW, String.join(", ", allowed));
            throw new RequestRefused(405, method + " is not allowed here; use " + String.join(" or ", allowed), "method");
        }
    }

    private ObjectNode execute(Request request) throws RequestRefused {
        String contentType = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        String mediaType = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!mediaType.equals("application/json")) {
            throw new RequestRefused(415, "commands must be sent as Content-Type: application/json, got "
                    + (contentType == null ? "none" : "\"" + contentType.replaceAll("\\p{Cntrl}", "?") + "\""),
                    "Content-Type");
        }
        Map<String, Object> body = ApiJson.readObject(readBody(request));
        Object name = body.get("command");
        if (!(name instanceof String commandName)) {
            throw new RequestRefused(400, name == null ? "missing: give the command's name, e.g. {\"command\": "
                    + "\"product.hide\"}; GET /api/v1/commands lists them" : "must be a string", "command");
        }
        Map<String, Object> arguments = new HashMap<>(body);
        arguments.remove("command");
        try {
            ShowCommand command = ShowCommands.parse(commandName, arguments);
            controller.execute(command, CommandSource.API);
            ObjectNode done = ApiJson.object();
            done.put("ok", true);
            done.put("command", command.name());
            return done;
        } catch (CommandException e) {
            throw new RequestRefused(400, e.getMessage(), e.field());
        }
    }

    private static byte[] readBody(Request request) throws RequestRefused {
        long declared = request.getLength();
        try (InputStream in = Content.Source.asInputStream(request)) {
            if (declared > MAX_BODY_BYTES) {
                // Read what a slightly too big body still sends before answering: a client busy writing it would
                // otherwise see the connection close instead of the 413 that tells it why.
                discard(in, DRAINED_BEFORE_REFUSING_BYTES);
                throw new RequestRefused(413, "the body is " + declared + " bytes; at most " + MAX_BODY_BYTES, "body");
            }
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                discard(in, DRAINED_BEFORE_REFUSING_BYTES);
                throw new RequestRefused(413, "the body is over " + MAX_BODY_BYTES + " bytes", "body");
            }
            return body;
        } catch (IOException e) {
            throw new RequestRefused(400, "the body could not be read: " + e.getMessage(), "body");
        }
    }

    private ObjectNode status() {
        return ApiJson.status(controller.state(), controller.countdownRemainingSeconds(), monitor.outputs(),
                monitor.stats(), monitor.layout(), chat.get().isPresent(), hub.lastSequence());
    }

    private ObjectNode chatMessages(Request request) throws RequestRefused {
        Fields query = Request.extractQueryParameters(request);
        long after = number(query, "after", 0, 0, Long.MAX_VALUE);
        int limit = (int) number(query, "limit", 100, 1, MAX_CHAT_LIMIT);
        Optional<ChatHistory> history = chat.get();
        ObjectNode json = ApiJson.object();
        json.put("chat", history.isPresent() ? "connected" : "not connected");
        ArrayNode messages = json.putArray("messages");
        history.ifPresent(h -> h.messagesAfter(after, limit).forEach(message -> messages.add(ApiJson.chatMessage(message))));
        return json;
    }

    private static long number(Fields query, String name, long fallback, long minimum, long maximum)
            throws RequestRefused {
        String value = query.getValue(name);
        if (value == null) {
            return fallback;
        }
        try {
            long number = Long.parseLong(value.strip());
            if (number < minimum || number > maximum) {
                throw new RequestRefused(400, "must be " + minimum + " to " + maximum + ", got " + number, name);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new RequestRefused(400, "must be a whole number", name);
        }
    }

    /** The token from {@code Authorization: Bearer}, or for the event stream from a {@code bearer.} sub-protocol. */
    private static String presentedToken(Request request, boolean events) {
        String authorization = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return authorization.substring(7).strip();
        }
        if (events) {
            for (String protocols : request.getHeaders().getValuesList(HttpHeader.SEC_WEBSOCKET_SUBPROTOCOL)) {
                for (String protocol : protocols.split(",")) {
                    String trimmed = protocol.strip();
                    if (trimmed.startsWith(BEARER_SUBPROTOCOL_PREFIX)) {
                        return trimmed.substring(BEARER_SUBPROTOCOL_PREFIX.length());
                    }
                }
            }
        }
        return null;
    }

    private boolean upgrade(Request request, Response response, Callback callback) throws RequestRefused {
        requireMethod(request.getMethod(), response, "GET");
        ServerWebSocketContainer container = webSockets;
        boolean upgraded = container != null && container.upgrade((upgradeRequest, upgradeResponse, upgradeCallback) -> {
            if (upgradeRequest.hasSubProtocol(EVENTS_SUBPROTOCOL)) {
                upgradeResponse.setAcceptedSubProtocol(EVENTS_SUBPROTOCOL);
            }
            return new EventStreamSocket(hub);
        }, request, response, callback);
        if (!upgraded) {
            throw new RequestRefused(400, "this path is a WebSocket: connect with a WebSocket client", "Upgrade");
        }
        return true;
    }

    private void preflight(Response response, String origin, Callback callback) {
        response.setStatus(204);
        response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
        response.getHeaders().put(HttpHeader.VARY, "Origin");
        response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_METHODS, "GET, POST");
        response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_HEADERS, "Authorization, Content-Type");
        response.getHeaders().put(HttpHeader.ACCESS_CONTROL_MAX_AGE, "600");
        callback.succeeded();
    }

    private static void refuse(Request request, String why) {
        LOG.warn("API: refused {} {} from {}: {}", request.getMethod(), request.getHttpURI().getPath(),
                Request.getRemoteAddr(request), why);
    }

    private static void send(Response response, int status, JsonNode body, Callback callback) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, JSON);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.write(true, ByteBuffer.wrap(ApiJson.write(body).getBytes(StandardCharsets.UTF_8)), callback);
    }

    private static void discard(InputStream in, int limitBytes) throws IOException {
        byte[] sink = new byte[8192];
        int total = 0;
        int read;
        while (total < limitBytes && (read = in.read(sink, 0, Math.min(sink.length, limitBytes - total))) > 0) {
            total += read;
        }
    }
}
