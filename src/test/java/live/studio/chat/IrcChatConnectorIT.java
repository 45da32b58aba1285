package live.studio.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import live.studio.output.ReconnectPolicy;
import live.studio.testing.IrcTestClient;
import live.studio.testing.NgircdServer;
import live.studio.testing.RequiredTool;
import live.studio.text.SafeText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The IRC connector against a real ngircd on loopback: messages arrive with their authors, a server restart is
 * survived without a duplicate, a flood is taken whole, hostile messages come out clean, TLS works and is verified,
 * and {@code !code} is answered when the studio may send. Every wait polls with a generous deadline.
 */
class IrcChatConnectorIT {
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String CHANNEL = "#shop";
    /** Quick retries so a restart test does not wait a minute on the loaded CI machine. */
    private static final ReconnectPolicy QUICK = new ReconnectPolicy(200, 2.0, 2000, 0.2);

    private NgircdServer irc;
    private ChatService service;
    private final List<IrcTestClient> viewers = new ArrayList<>();

    @BeforeEach
    void startServer() {
        RequiredTool.assumeAvailableOrFailInCi(NgircdServer.isAvailable(), NgircdServer.REQUIREMENT);
    }

    @AfterEach
    void stopEverything() {
        viewers.forEach(IrcTestClient::close);
        if (service != null) {
            service.close();
        }
        if (irc != null) {
            irc.close();
        }
    }

    private ChatConnector connect(ChatSettings settings, String source) throws InterruptedException {
        service = new ChatService(settings, ProductMatcher.NONE, 20_000, ChatConnectors::create, java.time.InstantSource.system());
        ChatConnector connector = service.connect(ChatSource.parse(source));
        await(() -> connector.health().state() == ConnectorState.CONNECTED, () -> "connected: " + connector.health());
        return connector;
    }

    private IrcTestClient viewer(String nick) {
        IrcTestClient viewer = IrcTestClient.join(irc.port(), nick, CHANNEL);
        viewers.add(viewer);
        return viewer;
    }

    private List<String> texts() {
        return service.feed().recent(Integer.MAX_VALUE).stream().map(message -> message.message().text()).toList();
    }

    @Test
    void messagesArriveWithTheirAuthorsInOrder() throws InterruptedException {
        irc = NgircdServer.start();
        connect(ChatSettings.readOnly().withReconnect(QUICK), "irc://127.0.0.1:" + irc.port() + "/" + CHANNEL);
        IrcTestClient alice = viewer("alice");
        IrcTestClient bob = viewer("bob");
        alice.say(CHANNEL, "hello from alice");
        await(() -> texts().contains("hello from alice"), this::texts);
        bob.say(CHANNEL, "is the jacket still available?");
        alice.say(CHANNEL, "\u0001ACTION waves\u0001");
        await(() -> service.feed().size() == 3, this::texts);

        List<FeedMessage> feed = service.feed().recent(10);
        assertThat(feed).extracting(message -> message.message().author().displayName()).containsExactly("alice", "bob", "alice");
        assertThat(feed).extracting(message -> message.message().text())
                .containsExactly("hello from alice", "is the jacket still available?", "waves");
        assertThat(feed).allSatisfy(message -> assertThat(message.message().platform()).isEqualTo(Platform.IRC));
        assertThat(feed.get(1).signals().question()).isTrue();
        ConnectorHealth health = service.health().getFirst();
        assertThat(health.messages()).isEqualTo(3);
        assertThat(health.lastMessageAt()).isNotNull();
        assertThat(health.summary(java.time.Instant.now())).startsWith("irc://127.0.0.1:" + irc.port() + "/#shop connected, 3 msgs");
    }

    @Test
    void aServerRestartIsSurvivedWithNoDuplicates() throws InterruptedException {
        irc = NgircdServer.start();
        ChatConnector connector = connect(ChatSettings.readOnly().withReconnect(QUICK),
                "irc://127.0.0.1:" + irc.port() + "/" + CHANNEL);
        IrcTestClient before = viewer("carol");
        for (int index = 1; index <= 5; index++) {
            before.say(CHANNEL, "before restart " + index);
        }
        await(() -> service.feed().size() == 5, this::texts);

        List<ConnectorState> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        service.addHealthListener(health -> seen.add(health.state()));
        irc.restart();
        await(() -> seen.contains(ConnectorState.RECONNECTING) && connector.health().state() == ConnectorState.CONNECTED,
                () -> "reconnected: " + seen + " " + connector.health());

        IrcTestClient after = viewer("dave");
        for (int index = 1; index <= 5; index++) {
            after.say(CHANNEL, "after restart " + index);
        }
        await(() -> texts().contains("after restart 5"), this::texts);
        after.say(CHANNEL, "last");
        await(() -> texts().contains("last"), this::texts);

        List<String> texts = texts();
        assertThat(texts).hasSize(11).doesNotHaveDuplicates();
        assertThat(texts).startsWith("before restart 1", "before restart 2", "before restart 3", "before restart 4",
                "before restart 5").endsWith("after restart 5", "last");
        assertThat(connector.health().attempt()).isZero();
    }

    @Test
    void aFloodIsTakenWhole() throws InterruptedException {
        irc = NgircdServer.start();
        connect(ChatSettings.readOnly().withReconnect(QUICK), "irc://127.0.0.1:" + irc.port() + "/" + CHANNEL);
        int viewersCount = 4;
        int perViewer = 500;
        List<IrcTestClient> flooders = new ArrayList<>();
        for (int index = 0; index < viewersCount; index++) {
            flooders.add(viewer("flood" + index));
        }
        long startNanos = System.nanoTime();
        List<Thread> senders = new ArrayList<>();
        for (int index = 0; index < viewersCount; index++) {
            IrcTestClient flooder = flooders.get(index);
            int owner = index;
            senders.add(Thread.ofPlatform().start(() -> {
                for (int message = 0; message < perViewer; message++) {
                    flooder.say(CHANNEL, "flood " + owner + " " + message + " !buy");
                }
            }));
        }
        for (Thread sender : senders) {
            sender.join();
        }
        int total = viewersCount * perViewer;
        await(() -> service.feed().size() == total, () -> service.feed().size() + " of " + total);
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        System.out.printf(java.util.Locale.ROOT, "flood: %d messages through ngircd in %.2f s (%.0f/s)%n", total, seconds, total / seconds);

        assertThat(texts()).doesNotHaveDuplicates();
        for (int owner = 0; owner < viewersCount; owner++) {
            int viewer = owner;
            List<String> own = texts().stream().filter(text -> text.startsWith("flood " + viewer + " ")).toList();
            assertThat(own).as("viewer %d's messages, in order", viewer).hasSize(perViewer)
                    .isEqualTo(java.util.stream.IntStream.range(0, perViewer).mapToObj(m -> "flood " + viewer + " " + m + " !buy").toList());
        }
        assertThat(service.health().getFirst().state()).isEqualTo(ConnectorState.CONNECTED);
    }

    @Test
    void hostileMessagesComeOutClean() throws InterruptedException {
        irc = NgircdServer.start();
        connect(ChatSettings.readOnly().withReconnect(QUICK), "irc://127.0.0.1:" + irc.port() + "/" + CHANNEL);
        IrcTestClient mallory = viewer("mallory");
        mallory.say(CHANNEL, "bidi \u202Eeerf si ti\u202C end");
        mallory.say(CHANNEL, "zalgo Z" + "\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308".repeat(6) + "algo");
        // (No NUL: IRC forbids it, and ngircd stops reading a client that sends one.)
        mallory.say(CHANNEL, "controls \u0007\u001B[2J\u0001x\u0085y\u009B\uFFFC\uDB40\uDC41z");
        mallory.say(CHANNEL, "markup <img src=x onerror=alert(1)> <b>bold</b>");
        mallory.say(CHANNEL, "crlf first part\rPRIVMSG " + CHANNEL + " :smuggled line");
        mallory.say(CHANNEL, "done");
        await(() -> texts().contains("done"), () -> texts() + " / mallory got " + mallory.received());
        // A 10 KB line breaks IRC's 512-byte limit: ngircd neither relays it nor anything its sender writes after it
        // (it waits for a line end that fits). The studio must simply carry on with everyone else.
        IrcTestClient trudy = viewer("trudy");
        trudy.say(CHANNEL, "long " + "L".repeat(10_000));
        viewer("victor").say(CHANNEL, "after the long line");
        await(() -> texts().contains("after the long line"), this::texts);

        List<String> texts = texts();
        System.out.println("what ngircd delivered, as the feed holds it:");
        texts.forEach(text -> System.out.println("  " + text.length() + " chars: "
                + (text.length() > 80 ? text.substring(0, 80) + "..." : text)));
        assertThat(texts).contains("bidi eerf si ti end", "zalgo \u0179\u0302\u0303\u0304algo",
                "markup <img src=x onerror=alert(1)> <b>bold</b>");
        // BEL, ESC and SOH removed, NEL (a line break) a space, CSI, U+FFFC and the tag character removed.
        assertThat(texts).contains("controls [2Jx yz");
        // The CR ends the IRC line: the server takes what follows as a second command from mallory herself and
        // relays it as her message; nothing reaches the studio's connection as a command.
        assertThat(texts).contains("crlf first part", "smuggled line");
        assertThat(texts).noneMatch(text -> text.startsWith("long "));
        for (String text : texts) {
            assertThat(text.codePoints()).as(text).noneMatch(c -> c < 0x20 || (c >= 0x7F && c <= 0x9F)
                    || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0xFFFC || (c >= 0xE0000 && c <= 0xE007F));
        }
        assertThat(service.health().getFirst().state()).isEqualTo(ConnectorState.CONNECTED);
    }

    @Test
    void tlsIsVerifiedAndWorks() throws InterruptedException {
        irc = NgircdServer.startWithTls();
        String source = "ircs://127.0.0.1:" + irc.tlsPort() + "/" + CHANNEL;
        connect(ChatSettings.readOnly().withReconnect(QUICK).withTls(irc.certificate().clientContext()), source);
        viewer("erin").say(CHANNEL, "over tls");
        await(() -> texts().contains("over tls"), this::texts);
        service.close();

        // The JDK's own trust store does not know the test certificate: refused, reported, retried, never a crash.
        service = new ChatService(ChatSettings.readOnly().withReconnect(QUICK), ProductMatcher.NONE, 100,
                ChatConnectors::create, java.time.InstantSource.system());
        ChatConnector untrusting = service.connect(ChatSource.parse(source));
        await(() -> untrusting.health().attempt() >= 2, untrusting::health);
        assertThat(untrusting.health().state()).isEqualTo(ConnectorState.RECONNECTING);
        assertThat(untrusting.health().detail()).startsWith("TLS failed with 127.0.0.1:" + irc.tlsPort());
    }

    @Test
    void codeIsAnsweredWhenTheStudioMaySend() throws InterruptedException {
        irc = NgircdServer.start();
        connect(ChatSettings.readOnly().withReconnect(QUICK).withIrcNick("studiohost"),
                "irc://127.0.0.1:" + irc.port() + "/" + CHANNEL);
        service.setPromoReply(() -> Optional.of("code SPRING20 = 20% off tonight\r\nQUIT :injected"));
        IrcTestClient frank = viewer("frank");
        frank.say(CHANNEL, "!code");
        String reply = frank.awaitLine(line -> line.contains("PRIVMSG " + CHANNEL + " :@frank"), PATIENCE);
        assertThat(reply).startsWith(":studiohost!").endsWith(":@frank code SPRING20 = 20% off tonight QUIT :injected");
        assertThat(service.autoRepliesSent()).isEqualTo(1);
        assertThat(service.commandCounts().snapshot().total(CommandKind.CODE)).isEqualTo(1);
        // The studio is still in the channel: the CR/LF in the reply text injected no QUIT.
        frank.say(CHANNEL, "still there?");
        await(() -> texts().contains("still there?"), this::texts);
        assertThat(service.health().getFirst().state()).isEqualTo(ConnectorState.CONNECTED);
    }

    static void await(BooleanSupplier condition, Supplier<?> lastSeen) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + PATIENCE.toSeconds() + " s; last seen: " + lastSeen.get());
            }
            Thread.sleep(20);
        }
    }
}
