package live.studio.chat;

import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Chat for one studio: the connectors (one per source, each on its own thread), the one feed they fill, the analysis
 * of each message (questions, viewer commands counted per product, keyword alerts) and the {@code !code} auto-reply.
 * The headless command and the window both use it; the remote-control API reads {@link #feed()}.
 */
public final class ChatService implements AutoCloseable {
    private static final int REPLY_QUEUE = 16;

    private final BiFunction<ChatSource, ChatSettings, ChatConnector> connectorFactory;
    private final ChatSettings settings;
    private final ChatFeed feed;
    private final MessageAnalyzer analyzer;
    private final CommandCounts commandCounts = new CommandCounts();
    private final AtomicReference<ProductRef> currentProduct = new AtomicReference<>();
    private final Map<String, ChatConnector> connectors = new LinkedHashMap<>();
    private final List<Consumer<ConnectorHealth>> healthListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<ModerationEvent>> moderationListeners = new CopyOnWriteArrayList<>();
    private final ThreadPoolExecutor replies;
    private final AutoReplier autoReplier;

    public ChatService(ChatSettings settings, ProductMatcher products, int feedCapacity,
                       BiFunction<ChatSource, ChatSettings, ChatConnector> connectorFactory, InstantSource clock) {
        this.settings = Objects.requireNonNull(settings);
        this.connectorFactory = Objects.requireNonNull(connectorFactory);
        this.feed = new ChatFeed(feedCapacity);
        this.analyzer = new MessageAnalyzer(products, () -> Optional.ofNullable(currentProduct.get()));
        this.replies = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(REPLY_QUEUE),
                Thread.ofPlatform().name("chat-replies").daemon().factory(), new ThreadPoolExecutor.DiscardPolicy());
        this.autoReplier = new AutoReplier(clock, replies);
    }

    /** The real connectors, a feed of {@link ChatFeed#DEFAULT_CAPACITY}. */
    public static ChatService create(ChatSettings settings, ProductMatcher products) {
        return new ChatService(settings, products, ChatFeed.DEFAULT_CAPACITY, ChatConnectors::create, InstantSource.system());
    }

    /** Starts reading a source; a source already connected is left as it is. */
    public ChatConnector connect(ChatSource source) {
        ChatConnector connector;
        synchronized (connectors) {
            ChatConnector existing = connectors.get(source.label());
            if (existing != null) {
                return existing;
            }
            connector = connectorFactory.apply(source, settings);
            connectors.put(connector.label(), connector);
        }
        connector.start(new ChatListener() {
            @Override
            public void onMessage(ChatMessage message) {
                receive(message, connector);
            }

            @Override
            public void onHealth(ConnectorHealth health) {
                healthListeners.forEach(listener -> listener.accept(health));
            }

            @Override
            public void onModeration(ModerationEvent event) {
                moderationListeners.forEach(listener -> listener.accept(event));
            }
        });
        return connector;
    }

    /** Stops reading a source. */
    public void disconnect(String label) {
        ChatConnector connector;
        synchronized (connectors) {
            connector = connectors.remove(label);
        }
        if (connector != null) {
            connector.stop();
            healthListeners.forEach(listener -> listener.accept(connector.health()));
        }
    }

    public List<ChatConnector> connectors() {
        synchronized (connectors) {
            return List.copyOf(connectors.values());
        }
    }

    public List<ConnectorHealth> health() {
        return connectors().stream().map(ChatConnector::health).toList();
    }

    /** {@code chat: twitch:shop connected, 12 msgs, lag 0.4 s; irc://... reconnecting (...)}, or "" with no chat. */
    public String statusText(Instant now) {
        List<ConnectorHealth> health = health();
        return health.isEmpty() ? "" : "chat: " + health.stream().map(h -> h.summary(now)).collect(Collectors.joining("; "));
    }

    public ChatFeed feed() {
        return feed;
    }

    public CommandCounts commandCounts() {
        return commandCounts;
    }

    /** The product on screen, to which a bare {@code !buy} or {@code !price} counts; null when none. */
    public void setCurrentProduct(ProductRef product) {
        currentProduct.set(product);
    }

    public void setAlertKeywords(List<String> keywords) {
        analyzer.setAlerts(new KeywordAlerts(keywords));
    }

    public List<String> alertKeywords() {
        return analyzer.alerts().keywords();
    }

    /** The text that answers {@code !code} (the promo code on screen), empty when there is none. */
    public void setPromoReply(Supplier<Optional<String>> promoReply) {
        autoReplier.setPromoReply(promoReply);
    }

    /** Sends the host's own line into one chat. */
    public SendResult send(String label, String text) {
        ChatConnector connector;
        synchronized (connectors) {
            connector = connectors.get(label);
        }
        return connector == null ? SendResult.NOT_CONNECTED : connector.send(text);
    }

    /** Told of every connector's state changes, on the connector's thread. */
    public void addHealthListener(Consumer<ConnectorHealth> listener) {
        healthListeners.add(Objects.requireNonNull(listener));
    }

    /** Told when a platform's moderators remove messages, on the connector's thread. */
    public void addModerationListener(Consumer<ModerationEvent> listener) {
        moderationListeners.add(Objects.requireNonNull(listener));
    }

    /** Replies sent and refused (rate limit, not connected) so far. */
    public long autoRepliesSent() {
        return autoReplier.sent();
    }

    public long autoRepliesRefused() {
        return autoReplier.refused();
    }

    @Override
    public void close() {
        List<ChatConnector> all;
        synchronized (connectors) {
            all = new ArrayList<>(connectors.values());
            connectors.clear();
        }
        all.forEach(ChatConnector::stop);
        replies.shutdownNow();
    }

    private void receive(ChatMessage message, ChatConnector connector) {
        MessageSignals signals = analyzer.analyze(message);
        FeedMessage added = feed.add(message, signals);
        if (added == null) {
            return;
        }
        signals.commands().forEach(commandCounts::count);
        autoReplier.consider(added, connector);
    }
}
