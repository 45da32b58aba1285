package live.studio.chat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import live.studio.chat.ChatSettings.ServerAddress;
import live.studio.output.ReconnectPolicy;
import live.studio.output.SecretRedactor;
import live.studio.text.SafeText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A chat read over IRC, on its own thread ({@code chat-SOURCE}): Twitch's IRC interface (TLS to
 * irc.chat.twitch.tv:6697, anonymous as {@code justinfan12345} or logged in with an OAuth token to send,
 * {@code CAP REQ :twitch.tv/tags twitch.tv/commands}, RECONNECT obeyed) or any IRC server, with or without TLS.
 *
 * <p>PING is answered with PONG; after {@code keepAlive} of silence the connector pings the server itself and drops a
 * connection that stays silent as long again. A lost or refused connection is retried after an exponential back-off
 * with jitter; a refusal that retrying cannot fix (wrong token, banned from the channel) ends in {@link
 * ConnectorState#FAILED}. Sends are bounded by the platform's rate limit.
 */
public final class IrcChatConnector implements ChatConnector {
    private static final Logger LOG = LoggerFactory.getLogger(IrcChatConnector.class);
    /** Twitch's documented anonymous login: reads any channel, cannot send. */
    static final String TWITCH_ANONYMOUS_NICK = "justinfan12345";
    static final Duration DEFAULT_KEEP_ALIVE = Duration.ofSeconds(60);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration STOP_WAIT = Duration.ofSeconds(5);
    /** Room for the server's own prefix within IRC's 512-byte line. */
    static final int MAX_SENT_TEXT_BYTES = 400;
    private static final int MAX_SENT_TEXT_GRAPHEMES = 450;
    private static final Set<String> JOIN_REFUSALS = Set.of("403", "405", "471", "473", "474", "475", "477");

    /** Which server's conventions to follow. */
    enum Dialect {
        TWITCH, PLAIN_IRC
    }

    private final String label;
    private final Dialect dialect;
    private final ServerAddress server;
    private final String channel;
    private final String nickBase;
    private final String password;
    private final SendCapability sendCapability;
    private final SendRateLimiter sendLimiter;
    private final SSLContext tls;
    private final ReconnectPolicy reconnect;
    private final InstantSource clock;
    private final Duration keepAlive;
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final Object writeLock = new Object();

    private volatile boolean running;
    private volatile Socket socket;
    private volatile OutputStream output;
    private volatile String nick;
    private Thread thread;
    private ChatListener listener;

    private final ConnectorStatus status;

    IrcChatConnector(String label, Dialect dialect, ServerAddress server, String channel, String nick, String password,
                     SendCapability sendCapability, SendRateLimiter.SendLimit sendLimit, SSLContext tls,
                     ReconnectPolicy reconnect, InstantSource clock, Duration keepAlive) {
        this.label = Objects.requireNonNull(label);
        this.dialect = Objects.requireNonNull(dialect);
        this.status = new ConnectorStatus(label, platform());
        this.server = Objects.requireNonNull(server);
        this.channel = channel.toLowerCase(Locale.ROOT);
        this.nickBase = nick;
        this.nick = nick;
        this.password = password == null || password.isEmpty() ? null : password;
        SecretRedactor.register(this.password);
        this.sendCapability = sendCapability;
        this.sendLimiter = new SendRateLimiter(sendLimit, clock);
        this.tls = tls;
        this.reconnect = reconnect;
        this.clock = clock;
        this.keepAlive = keepAlive;
    }

    /** A Twitch channel: anonymous unless the settings carry a login and token. */
    public static IrcChatConnector twitch(ChatSource.TwitchChannel source, ChatSettings settings) {
        boolean sending = settings.canSendOnTwitch();
        String token = settings.twitchToken();
        String password = sending ? (token.startsWith("oauth:") ? token : "oauth:" + token) : null;
        return new IrcChatConnector(source.label(), Dialect.TWITCH, settings.twitchServer(), "#" + source.channel(),
                sending ? settings.twitchLogin().toLowerCase(Locale.ROOT) : TWITCH_ANONYMOUS_NICK, password,
                sending ? SendCapability.READ_AND_SEND : SendCapability.READ_ONLY, SendRateLimiter.TWITCH_NORMAL_USER,
                settings.tls(), settings.reconnect(), InstantSource.system(), DEFAULT_KEEP_ALIVE);
    }

    /** A channel on any IRC server; sending is allowed when the host chose a nick. */
    public static IrcChatConnector irc(ChatSource.IrcChannel source, ChatSettings settings) {
        boolean sending = !settings.ircNick().isEmpty();
        String nick = sending ? settings.ircNick() : "studio" + ThreadLocalRandom.current().nextInt(100, 1000);
        return new IrcChatConnector(source.label(), Dialect.PLAIN_IRC,
                new ServerAddress(source.host(), source.port(), source.transport()), source.channel(), nick, null,
                sending ? SendCapability.READ_AND_SEND : SendCapability.READ_ONLY, SendRateLimiter.IRC_DEFAULT,
                settings.tls(), settings.reconnect(), InstantSource.system(), DEFAULT_KEEP_ALIVE);
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public Platform platform() {
        return dialect == Dialect.TWITCH ? Platform.TWITCH : Platform.IRC;
    }

    @Override
    public SendCapability sendCapability() {
        return sendCapability;
    }

    /** The nick in use now (a plain IRC server may have made the studio pick another). */
    public String nick() {
        return nick;
    }

    @Override
    public synchronized void start(ChatListener listener) {
        if (thread != null) {
            throw new IllegalStateException(label + " already started");
        }
        this.listener = Objects.requireNonNull(listener);
        running = true;
        thread = Thread.ofPlatform().name("chat-" + label).daemon().start(this::run);
    }

    @Override
    public void stop() {
        running = false;
        stopRequested.countDown();
        closeSocket();
        Thread owner;
        synchronized (this) {
            owner = thread;
        }
        if (owner != null && owner != Thread.currentThread()) {
            try {
                owner.join(STOP_WAIT);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        setState(ConnectorState.STOPPED, 0, null, "");
    }

    @Override
    public ConnectorHealth health() {
        return status.health();
    }

    @Override
    public SendResult send(String text) {
        if (sendCapability == SendCapability.READ_ONLY) {
            return SendResult.NOT_CONFIGURED;
        }
        String line = boundBytes(SafeText.outboundLine(text, MAX_SENT_TEXT_GRAPHEMES), MAX_SENT_TEXT_BYTES);
        if (line.isEmpty()) {
            return SendResult.REJECTED;
        }
        if (status.state() != ConnectorState.CONNECTED) {
            return SendResult.NOT_CONNECTED;
        }
        if (!sendLimiter.tryAcquire()) {
            return SendResult.RATE_LIMITED;
        }
        try {
            writeLine("PRIVMSG " + channel + " :" + line);
            return SendResult.SENT;
        } catch (IOException e) {
            return SendResult.NOT_CONNECTED;
        }
    }

    // ---- the connector's thread ----

    private void run() {
        int failedAttempts = 0;
        while (running) {
            SessionEnd end;
            try {
                end = session();
            } catch (IOException e) {
                end = new SessionEnd(SessionOutcome.LOST, describe(e));
            } catch (RuntimeException e) {
                // A bug or a hostile line must not end chat for the whole show: log it and reconnect.
                LOG.warn("{}: unexpected error, reconnecting", label, e);
                end = new SessionEnd(SessionOutcome.LOST, "unexpected error: " + e.getClass().getSimpleName());
            } finally {
                closeSocket();
            }
            if (!running) {
                break;
            }
            if (end.outcome() == SessionOutcome.REFUSED) {
                LOG.warn("{}: {} (not retried)", label, end.detail());
                setState(ConnectorState.FAILED, 0, null, end.detail());
                return;
            }
            boolean wasConnected = status.state() == ConnectorState.CONNECTED;
            failedAttempts = wasConnected ? 1 : failedAttempts + 1;
            long delayMillis = end.outcome() == SessionOutcome.RECONNECT_REQUESTED ? 0 : reconnect.delayMillis(failedAttempts);
            Instant next = clock.instant().plusMillis(delayMillis);
            LOG.info("{}: {}; reconnecting in {} ms (attempt {})", label, end.detail(), delayMillis, failedAttempts);
            setState(ConnectorState.RECONNECTING, failedAttempts, next, end.detail());
            try {
                if (stopRequested.await(delayMillis, TimeUnit.MILLISECONDS)) {
                    break;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
    }

    private enum SessionOutcome {
        LOST, RECONNECT_REQUESTED, REFUSED
    }

    private record SessionEnd(SessionOutcome outcome, String detail) {
    }

    private SessionEnd session() throws IOException {
        Socket connection = open();
        socket = connection;
        if (!running) {
            return new SessionEnd(SessionOutcome.LOST, "stopped");
        }
        connection.setSoTimeout((int) keepAlive.toMillis());
        output = connection.getOutputStream();
        InputStream input = connection.getInputStream();
        IrcLineReader reader = new IrcLineReader(input, IrcLineReader.DEFAULT_MAX_LINE_BYTES);
        nick = nickBase;
        register();
        long pingSentNanos = 0;
        boolean awaitingAnswer = false;
        while (running) {
            String line;
            try {
                line = reader.readLine();
            } catch (SocketTimeoutException silent) {
                if (awaitingAnswer) {
                    return new SessionEnd(SessionOutcome.LOST, "the server stopped answering");
                }
                pingSentNanos = System.nanoTime();
                awaitingAnswer = true;
                writeLine("PING :studio");
                continue;
            }
            if (line == null) {
                return new SessionEnd(SessionOutcome.LOST, "the server closed the connection");
            }
            awaitingAnswer = false;
            var parsed = IrcMessage.parse(line);
            if (parsed.isEmpty()) {
                continue;
            }
            IrcMessage message = parsed.get();
            switch (message.command()) {
                case "PING" -> writeLine("PONG :" + SafeText.outboundLine(message.trailing(), 400));
                case "PONG" -> {
                    if (pingSentNanos != 0) {
                        roundTrip(Duration.ofNanos(System.nanoTime() - pingSentNanos));
                        pingSentNanos = 0;
                    }
                }
                case "001" -> writeLine("JOIN " + channel);
                case "JOIN" -> {
                    if (message.nick().equalsIgnoreCase(nick) && message.param(0).equalsIgnoreCase(channel)) {
                        connected();
                    }
                }
                case "366" -> connected();
                case "PRIVMSG" -> {
                    if (message.param(0).equalsIgnoreCase(channel)) {
                        deliver(message);
                    }
                }
                case "CLEARMSG", "CLEARCHAT" -> {
                    if (dialect == Dialect.TWITCH && message.param(0).equalsIgnoreCase(channel)) {
                        listener.onModeration(IrcChatMessages.twitchModeration(message, label));
                    }
                }
                case "RECONNECT" -> {
                    return new SessionEnd(SessionOutcome.RECONNECT_REQUESTED, "the server asked the studio to reconnect");
                }
                case "NOTICE" -> {
                    String text = message.trailing();
                    if (dialect == Dialect.TWITCH && (text.contains("Login authentication failed")
                            || text.contains("Improperly formatted auth"))) {
                        return new SessionEnd(SessionOutcome.REFUSED, "Twitch refused the login: check "
                                + ChatSettings.TWITCH_LOGIN_VARIABLE + " and " + ChatSettings.TWITCH_TOKEN_VARIABLE);
                    }
                }
                case "432", "433" -> {
                    if (dialect == Dialect.TWITCH) {
                        return new SessionEnd(SessionOutcome.REFUSED, "the server refused the nick " + nick);
                    }
                    nick = nickBase.substring(0, Math.min(nickBase.length(), 6)) + ThreadLocalRandom.current().nextInt(100, 1000);
                    writeLine("NICK " + nick);
                }
                case "464" -> {
                    return new SessionEnd(SessionOutcome.REFUSED, "the server refused the password");
                }
                case "ERROR" -> {
                    return new SessionEnd(SessionOutcome.LOST, "the server closed the connection: "
                            + SafeText.singleLine(message.trailing(), 120));
                }
                default -> {
                    if (JOIN_REFUSALS.contains(message.command())) {
                        return new SessionEnd(SessionOutcome.REFUSED, "cannot join " + channel + ": "
                                + SafeText.singleLine(message.trailing(), 120));
                    }
                }
            }
        }
        return new SessionEnd(SessionOutcome.LOST, "stopped");
    }

    private Socket open() throws IOException {
        Socket plain = new Socket();
        try {
            plain.connect(new InetSocketAddress(server.host(), server.port()), (int) CONNECT_TIMEOUT.toMillis());
            if (server.transport() == ChatSource.Transport.PLAIN) {
                return plain;
            }
            SSLContext context = tls == null ? defaultTls() : tls;
            SSLSocket secure = (SSLSocket) context.getSocketFactory().createSocket(plain, server.host(), server.port(), true);
            SSLParameters parameters = secure.getSSLParameters();
            // Check that the certificate is the server's: a chat token must never go to whoever answers.
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            secure.setSSLParameters(parameters);
            secure.setSoTimeout((int) CONNECT_TIMEOUT.toMillis());
            secure.startHandshake();
            return secure;
        } catch (IOException e) {
            plain.close();
            throw e;
        }
    }

    private static SSLContext defaultTls() throws IOException {
        try {
            return SSLContext.getDefault();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IOException("no TLS in this Java", e);
        }
    }

    private void register() throws IOException {
        if (dialect == Dialect.TWITCH) {
            writeLine("CAP REQ :twitch.tv/tags twitch.tv/commands");
            if (password != null) {
                writeLine("PASS " + password);
            }
            writeLine("NICK " + nick);
        } else {
            writeLine("NICK " + nick);
            writeLine("USER " + nick + " 0 * :Live Studio");
        }
    }

    private void deliver(IrcMessage line) {
        Instant receivedAt = clock.instant();
        ChatMessage message = dialect == Dialect.TWITCH
                ? IrcChatMessages.fromTwitch(line, label, receivedAt)
                : IrcChatMessages.fromIrc(line, label, receivedAt);
        // A message that does not say when it was sent (plain IRC) was stamped on arrival: it tells no lag.
        status.messageReceived(receivedAt,
                message.sentAt().equals(receivedAt) ? Optional.empty() : Optional.of(message.lag()));
        listener.onMessage(message);
    }

    private void connected() {
        if (status.state() != ConnectorState.CONNECTED) {
            LOG.info("{}: connected as {}", label, nick);
            setState(ConnectorState.CONNECTED, 0, null, "");
        }
    }

    private void roundTrip(Duration roundTrip) {
        status.updateLag(lag -> lag == null || dialect == Dialect.PLAIN_IRC ? roundTrip : lag);
    }

    private void setState(ConnectorState newState, int newAttempt, Instant next, String newDetail) {
        status.set(newState, newAttempt, next, newDetail).ifPresent(health -> {
            ChatListener current = listener;
            if (current != null) {
                current.onHealth(health);
            }
        });
    }

    private void writeLine(String line) throws IOException {
        if (line.indexOf('\r') >= 0 || line.indexOf('\n') >= 0 || line.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("an IRC line must not contain CR, LF or NUL");
        }
        OutputStream out = output;
        if (out == null) {
            throw new IOException("not connected");
        }
        synchronized (writeLock) {
            out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }

    private void closeSocket() {
        Socket current = socket;
        socket = null;
        output = null;
        if (current != null) {
            try {
                current.close();
            } catch (IOException ignored) {
                // closing a broken connection
            }
        }
    }

    private String describe(IOException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof java.net.ConnectException) {
            return "cannot connect to " + server.host() + ":" + server.port() + " (" + message + ")";
        }
        if (e instanceof java.net.UnknownHostException) {
            return "unknown host " + server.host();
        }
        if (e instanceof javax.net.ssl.SSLException) {
            return "TLS failed with " + server.host() + ":" + server.port() + " (" + message + ")";
        }
        return SafeText.singleLine(message, 160);
    }

    /** Cuts {@code text} to at most {@code maxBytes} of UTF-8 without splitting a character. */
    static String boundBytes(String text, int maxBytes) {
        if (text.length() * 3 <= maxBytes || text.getBytes(StandardCharsets.UTF_8).length <= maxBytes) {
            return text;
        }
        int bytes = 0;
        int end = 0;
        while (end < text.length()) {
            int codePoint = text.codePointAt(end);
            int size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
            if (bytes + size > maxBytes) {
                break;
            }
            bytes += size;
            end += Character.charCount(codePoint);
        }
        return text.substring(0, end);
    }
}
