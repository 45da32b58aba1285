package live.studio.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The service's glue: messages from a connector reach the one feed analysed and counted; {@code !code} is answered
 * only where sending is configured, once per cooldown. The connectors here are stand-ins the test drives by hand (the
 * real ones are tested against ngircd, a Twitch-like server and a YouTube-like server).
 */
class ChatServiceTest {
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-21T20:00:00Z"));

    /** A connector the test feeds by hand and whose sends it records. */
    static final class HandFedConnector implements ChatConnector {
        final String label;
        final SendCapability capability;
        final List<String> sent = new CopyOnWriteArrayList<>();
        ChatListener listener;
        ConnectorState state = ConnectorState.CONNECTING;

        HandFedConnector(String label, SendCapability capability) {
            this.label = label;
            this.capability = capability;
        }

        void say(String author, String text) {
            listener.onMessage(new ChatMessage(Platform.TWITCH, label, "", ChatAuthor.named(author), text, null,
                    Instant.now(), null, null));
        }

        @Override
        public String label() {
            return label;
        }

        @Override
        public Platform platform() {
            return Platform.TWITCH;
        }

        @Override
        public void start(ChatListener listener) {
            this.listener = listener;
            state = ConnectorState.CONNECTED;
            listener.onHealth(health());
        }

        @Override
        public ConnectorHealth health() {
            return new ConnectorHealth(label, Platform.TWITCH, state, 0, null, null, Duration.ofMillis(250), 0, "");
        }

        @Override
        public SendCapability sendCapability() {
            return capability;
        }

        @Override
        public SendResult send(String text) {
            sent.add(text);
            return SendResult.SENT;
        }

        @Override
        public void stop() {
            state = ConnectorState.STOPPED;
        }
    }

    private ChatService service(HandFedConnector... connectors) {
        List<HandFedConnector> available = List.of(connectors);
        return new ChatService(ChatSettings.readOnly(), QuestionDetectorTest.DEMO_PRODUCTS, 100,
                (source, settings) -> available.stream().filter(c -> c.label().equals(source.label())).findFirst().orElseThrow(),
                now::get);
    }

    private static void awaitSends(HandFedConnector connector, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (connector.sent.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }

    @Test
    void messagesReachTheFeedAnalysedAndCounted() {
        HandFedConnector twitch = new HandFedConnector("twitch:shop", SendCapability.READ_ONLY);
        try (ChatService service = service(twitch)) {
            List<ConnectorHealth> heard = new CopyOnWriteArrayList<>();
            service.addHealthListener(heard::add);
            assertThat(service.connect(ChatSource.parse("twitch:shop"))).isSameAs(twitch);
            assertThat(service.connect(ChatSource.parse("twitch:shop"))).as("connected once").isSameAs(twitch);
            service.setCurrentProduct(new ProductRef("linen-shirt", "Linen Shirt", 12));
            twitch.say("ann", "c'est combien la chemise ?");
            twitch.say("bob", "!buy");
            twitch.say("cat", "!buy 3");

            List<FeedMessage> feed = service.feed().recent(10);
            assertThat(feed).hasSize(3);
            assertThat(feed.getFirst().signals().question()).isTrue();
            assertThat(service.commandCounts().snapshot().count("linen-shirt", CommandKind.BUY)).isEqualTo(1);
            assertThat(service.commandCounts().snapshot().count("denim-jacket", CommandKind.BUY)).isEqualTo(1);
            assertThat(service.statusText(Instant.now())).isEqualTo("chat: twitch:shop connected, 0 msgs, lag 0.3 s");
            assertThat(heard).extracting(ConnectorHealth::state).containsExactly(ConnectorState.CONNECTED);
            service.disconnect("twitch:shop");
            assertThat(service.connectors()).isEmpty();
            assertThat(twitch.state).isEqualTo(ConnectorState.STOPPED);
        }
    }

    @Test
    void codeIsAnsweredOnlyWhereSendingIsConfiguredAndOncePerCooldown() throws InterruptedException {
        HandFedConnector reading = new HandFedConnector("twitch:readonly", SendCapability.READ_ONLY);
        HandFedConnector sending = new HandFedConnector("twitch:sending", SendCapability.READ_AND_SEND);
        try (ChatService service = service(reading, sending)) {
            service.connect(ChatSource.parse("twitch:readonly"));
            service.connect(ChatSource.parse("twitch:sending"));
            sending.say("ann", "!code");
            assertThat(sending.sent).as("no promo code on screen: nothing to say").isEmpty();

            service.setPromoReply(() -> Optional.of("code SHOW10 for 10% off"));
            reading.say("bob", "!code");
            sending.say("cat", "!code");
            sending.say("dan", "!code");
            awaitSends(sending, 1);
            now.set(now.get().plus(AutoReplier.COOLDOWN));
            sending.say("eve", "!code");
            awaitSends(sending, 2);

            assertThat(reading.sent).isEmpty();
            assertThat(sending.sent).containsExactly("@cat code SHOW10 for 10% off", "@eve code SHOW10 for 10% off");
            assertThat(service.commandCounts().snapshot().total(CommandKind.CODE)).isEqualTo(5);
        }
    }
}
