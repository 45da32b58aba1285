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

    private ChatService service(HandFedConnector... connectors) {
        List<HandFedConnector> available = List.of(connectors);
        return new ChatService(ChatSettings.readOnly(), QuestionDetectorTest.DEMO_PRODUCTS, 100,
                (source, settings) -> available.stream().filter(c -> c.label().equals(source.label())).findFirst().orElseThrow(),
                now::get);
    }

    private static void awaitSends(HandFedConnector connector, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (connector.sent().size() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }

    @Test
    void messagesReachTheFeedAnalysedAndCounted() {
        HandFedConnector twitch = new HandFedConnector("twitch:shop", Platform.TWITCH, SendCapability.READ_ONLY);
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
            assertThat(twitch.state()).isEqualTo(ConnectorState.STOPPED);
        }
    }

    @Test
    void codeIsAnsweredOnlyWhereSendingIsConfiguredAndOncePerCooldown() throws InterruptedException {
        HandFedConnector reading = new HandFedConnector("twitch:readonly", Platform.TWITCH, SendCapability.READ_ONLY);
        HandFedConnector sending = new HandFedConnector("twitch:sending", Platform.TWITCH, SendCapability.READ_AND_SEND);
        try (ChatService service = service(reading, sending)) {
            service.connect(ChatSource.parse("twitch:readonly"));
            service.connect(ChatSource.parse("twitch:sending"));
            sending.say("ann", "!code");
            assertThat(sending.sent()).as("no promo code on screen: nothing to say").isEmpty();

            service.setPromoReply(() -> Optional.of("code SHOW10 for 10% off"));
            reading.say("bob", "!code");
            sending.say("cat", "!code");
            sending.say("dan", "!code");
            awaitSends(sending, 1);
            now.set(now.get().plus(AutoReplier.COOLDOWN));
            sending.say("eve", "!code");
            awaitSends(sending, 2);

            assertThat(reading.sent()).isEmpty();
            assertThat(sending.sent()).containsExactly("@cat code SHOW10 for 10% off", "@eve code SHOW10 for 10% off");
            assertThat(service.commandCounts().snapshot().total(CommandKind.CODE)).isEqualTo(5);
        }
    }
}
