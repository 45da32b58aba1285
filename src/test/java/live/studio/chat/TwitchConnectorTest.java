package live.studio.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import live.studio.output.ReconnectPolicy;
import live.studio.testing.TestCertificate;
import live.studio.testing.TestOutput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Twitch connector's conversation with a server that answers as Twitch documents it (over TLS with a test
 * certificate the connector is told to trust): the capability request and anonymous login, joining, PING/PONG, tagged
 * messages, RECONNECT, a refused login, and sending within the rate limit when logged in.
 */
class TwitchConnectorTest {
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final ReconnectPolicy QUICK = new ReconnectPolicy(100, 2.0, 1000, 0.2);
    private static TestCertificate certificate;

    private ScriptedIrcServer server;
    private IrcChatConnector connector;
    private final List<ChatMessage> messages = new CopyOnWriteArrayList<>();
    private final List<ConnectorHealth> healths = new CopyOnWriteArrayList<>();
    private final List<ModerationEvent> moderation = new CopyOnWriteArrayList<>();
    private final ChatListener listener = new ChatListener() {
        @Override
        public void onMessage(ChatMessage message) {
            messages.add(message);
        }

        @Override
        public void onHealth(ConnectorHealth health) {
            healths.add(health);
        }

        @Override
        public void onModeration(ModerationEvent event) {
            moderation.add(event);
        }
    };

    @BeforeAll
    static void makeCertificate() {
        Path directory = TestOutput.newDirectory("twitch-tls");
        certificate = TestCertificate.create(directory);
    }

    @AfterEach
    void stop() throws Exception {
        if (connector != null) {
            connector.stop();
        }
        if (server != null) {
            server.close();
        }
    }

    private ChatSettings settings(String login, String token) throws Exception {
        server = new ScriptedIrcServer(certificate.serverContext());
        return ChatSettings.readOnly().withReconnect(QUICK).withTls(certificate.clientContext())
                .withTwitch(login, token, new ChatSettings.ServerAddress("127.0.0.1", server.port(), ChatSource.Transport.TLS));
    }

    private ScriptedIrcServer.Session welcome(String nick) throws InterruptedException {
        ScriptedIrcServer.Session session = server.accept(PATIENCE);
        assertThat(session.next(PATIENCE)).isEqualTo("CAP REQ :twitch.tv/tags twitch.tv/commands");
        String line = session.next(PATIENCE);
        if (line.startsWith("PASS ")) {
            line = session.next(PATIENCE);
        }
        assertThat(line).isEqualTo("NICK " + nick);
        session.send(":tmi.twitch.tv CAP * ACK :twitch.tv/tags twitch.tv/commands",
                ":tmi.twitch.tv 001 " + nick + " :Welcome, GLHF!", ":tmi.twitch.tv 376 " + nick + " :>");
        assertThat(session.next(PATIENCE)).isEqualTo("JOIN #lovingt3s");
        session.send(":" + nick + "!" + nick + "@" + nick + ".tmi.twitch.tv JOIN #lovingt3s");
        return session;
    }

    @Test
    void readsAnonymouslyAnswersPingAndParsesTags() throws Exception {
        connector = IrcChatConnector.twitch(new ChatSource.TwitchChannel("lovingt3s"), settings("", ""));
        assertThat(connector.sendCapability()).isEqualTo(SendCapability.READ_ONLY);
        connector.start(listener);
        ScriptedIrcServer.Session session = welcome("justinfan12345");
        await(() -> connector.health().state() == ConnectorState.CONNECTED, connector::health);

        session.send("PING :tmi.twitch.tv");
        assertThat(session.next(PATIENCE)).isEqualTo("PONG :tmi.twitch.tv");
        session.send(TwitchMessageLinesTest.LOVINGT3S.replace("#lovingt3s", "#lovingt3s"),
                ":someone!someone@someone.tmi.twitch.tv PRIVMSG #otherchannel :not ours");
        session.send("@badge-info=;badges=;color=;display-name=Viewer\\sOne;emotes=;first-msg=1;id=aaa;tmi-sent-ts=1 "
                + ":viewer1!viewer1@viewer1.tmi.twitch.tv PRIVMSG #lovingt3s :c'est combien ?");
        await(() -> messages.size() == 2, () -> messages);
        assertThat(messages.getFirst().author().displayName()).isEqualTo("lovingt3s");
        assertThat(messages.get(1).author().displayName()).isEqualTo("Viewer One");
        assertThat(messages.get(1).origin()).isEqualTo(MessageOrigin.FIRST_IN_CHANNEL);
        assertThat(connector.health().lag()).as("lag from tmi-sent-ts").isNotNull();
        assertThat(connector.send("hello")).isEqualTo(SendResult.NOT_CONFIGURED);
    }

    @Test
    void moderatorsRemovalsAreReported() throws Exception {
        connector = IrcChatConnector.twitch(new ChatSource.TwitchChannel("lovingt3s"), settings("", ""));
        connector.start(listener);
        ScriptedIrcServer.Session session = welcome("justinfan12345");
        await(() -> connector.health().state() == ConnectorState.CONNECTED, connector::health);
        session.send(TwitchMessageLinesTest.CLEARMSG.replace("#dallas", "#lovingt3s"),
                TwitchMessageLinesTest.CLEARCHAT_USER.replace("#dallas", "#lovingt3s"),
                TwitchMessageLinesTest.CLEARCHAT_ALL, // another channel's: not ours
                TwitchMessageLinesTest.CLEARCHAT_ALL.replace("#dallas", "#lovingt3s"));
        await(() -> moderation.size() == 3, () -> moderation);
        assertThat(moderation).extracting(ModerationEvent::kind).containsExactly(ModerationEvent.Kind.MESSAGE_REMOVED,
                ModerationEvent.Kind.AUTHOR_REMOVED, ModerationEvent.Kind.CHAT_CLEARED);
        assertThat(moderation).allSatisfy(event -> assertThat(event.source()).isEqualTo("twitch:lovingt3s"));
    }

    @Test
    void reconnectsWhenTwitchAsksAndWhenTheConnectionDrops() throws Exception {
        connector = IrcChatConnector.twitch(new ChatSource.TwitchChannel("lovingt3s"), settings("", ""));
        connector.start(listener);
        ScriptedIrcServer.Session first = welcome("justinfan12345");
        await(() -> connector.health().state() == ConnectorState.CONNECTED, connector::health);

        first.send(":tmi.twitch.tv RECONNECT");
        ScriptedIrcServer.Session second = welcome("justinfan12345");
        await(() -> connector.health().state() == ConnectorState.CONNECTED && server.connections() == 2, connector::health);
        second.send(TwitchMessageLinesTest.LOVINGT3S);
        await(() -> messages.size() == 1, () -> messages);

        second.close();
        ScriptedIrcServer.Session third = welcome("justinfan12345");
        await(() -> connector.health().state() == ConnectorState.CONNECTED && server.connections() == 3, connector::health);
        assertThat(healths).extracting(ConnectorHealth::state).contains(ConnectorState.RECONNECTING);
        assertThat(healths.stream().filter(h -> h.state() == ConnectorState.RECONNECTING))
                .allSatisfy(h -> assertThat(h.nextAttemptAt()).isNotNull());
        third.send(TwitchMessageLinesTest.RONNI.replace("#ronni", "#lovingt3s"));
        await(() -> messages.size() == 2, () -> messages);
    }

    @Test
    void aRefusedLoginFailsForGoodAndNeverShowsTheToken() throws Exception {
        String token = "oauth:abcd1234secrettoken";
        connector = IrcChatConnector.twitch(new ChatSource.TwitchChannel("lovingt3s"), settings("ShopHost", token));
        connector.start(listener);
        ScriptedIrcServer.Session session = server.accept(PATIENCE);
        assertThat(session.next(PATIENCE)).startsWith("CAP REQ");
        assertThat(session.next(PATIENCE)).isEqualTo("PASS " + token);
        assertThat(session.next(PATIENCE)).isEqualTo("NICK shophost");
        session.send(":tmi.twitch.tv NOTICE * :Login authentication failed");
        await(() -> connector.health().state() == ConnectorState.FAILED, connector::health);
        assertThat(connector.health().detail()).contains(ChatSettings.TWITCH_TOKEN_VARIABLE).doesNotContain("abcd1234secrettoken");
        assertThat(connector.health().summary(java.time.Instant.now())).doesNotContain("abcd1234secrettoken");
        assertThat(server.connections()).isEqualTo(1);
    }

    @Test
    void sendsWhenLoggedInWithinTwentyMessagesPerThirtySeconds() throws Exception {
        connector = IrcChatConnector.twitch(new ChatSource.TwitchChannel("lovingt3s"), settings("shophost", "tok3n-value"));
        assertThat(connector.sendCapability()).isEqualTo(SendCapability.READ_AND_SEND);
        connector.start(listener);
        ScriptedIrcServer.Session session = welcome("shophost");
        await(() -> connector.health().state() == ConnectorState.CONNECTED, connector::health);
        int sent = 0;
        for (int index = 0; index < 25; index++) {
            if (connector.send("reply " + index + "\r\nPRIVMSG #other :injected") == SendResult.SENT) {
                sent++;
            }
        }
        assertThat(sent).isEqualTo(20);
        assertThat(connector.send("one more")).isEqualTo(SendResult.RATE_LIMITED);
        for (int index = 0; index < 20; index++) {
            assertThat(session.nextStartingWith("PRIVMSG", PATIENCE))
                    .isEqualTo("PRIVMSG #lovingt3s :reply " + index + " PRIVMSG #other :injected");
        }
    }

    @Test
    void aServerLineOfTenKilobytesIsBoundedAndTheConnectionGoesOn() throws Exception {
        connector = IrcChatConnector.twitch(new ChatSource.TwitchChannel("lovingt3s"), settings("", ""));
        connector.start(listener);
        ScriptedIrcServer.Session session = welcome("justinfan12345");
        await(() -> connector.health().state() == ConnectorState.CONNECTED, connector::health);
        session.send(":big!big@big.tmi.twitch.tv PRIVMSG #lovingt3s :" + "W".repeat(10 * 1024),
                ":small!small@small.tmi.twitch.tv PRIVMSG #lovingt3s :after");
        await(() -> messages.size() == 2, () -> messages);
        assertThat(messages.getFirst().text()).hasSizeLessThanOrEqualTo(ChatMessage.MAX_TEXT_GRAPHEMES).endsWith("…");
        assertThat(messages.get(1).text()).isEqualTo("after");
    }

    @Test
    void aServerThatCannotBeReachedIsReportedAndRetried() throws Exception {
        int closedPort;
        try (var probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        ChatSettings settings = ChatSettings.readOnly().withReconnect(QUICK)
                .withTwitch("", "", new ChatSettings.ServerAddress("127.0.0.1", closedPort, ChatSource.Transport.TLS));
        connector = IrcChatConnector.twitch(new ChatSource.TwitchChannel("lovingt3s"), settings);
        connector.start(listener);
        await(() -> connector.health().attempt() >= 3, connector::health);
        ConnectorHealth health = connector.health();
        assertThat(health.state()).isEqualTo(ConnectorState.RECONNECTING);
        assertThat(health.detail()).startsWith("cannot connect to 127.0.0.1:" + closedPort);
        assertThat(health.summary(java.time.Instant.now())).contains("reconnecting (attempt");
    }

    static void await(BooleanSupplier condition, Supplier<?> lastSeen) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + PATIENCE.toSeconds() + " s; last seen: " + lastSeen.get());
            }
            Thread.sleep(10);
        }
    }
}
