package live.studio.chat;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Answers {@code !code} with the promo code, only where the studio may send (a token or OAuth was configured) and
 * within limits: at most one reply per chat every {@link #COOLDOWN}, so thirty viewers typing {@code !code} at once
 * get one answer, and never beyond the connector's own rate limit. Replies are sent on {@code replies} (the service's
 * {@code chat-replies} thread), never on a connector's reading thread.
 */
final class AutoReplier {
    static final Duration COOLDOWN = Duration.ofSeconds(10);

    private final InstantSource clock;
    private final Executor replies;
    private final Map<String, Instant> lastReplyBySource = new HashMap<>();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private volatile Supplier<Optional<String>> promoReply = Optional::empty;

    AutoReplier(InstantSource clock, Executor replies) {
        this.clock = Objects.requireNonNull(clock);
        this.replies = Objects.requireNonNull(replies);
    }

    void setPromoReply(Supplier<Optional<String>> promoReply) {
        this.promoReply = Objects.requireNonNull(promoReply);
    }

    /** Called for every new feed message; replies when it asks for the code and everything allows it. */
    void consider(FeedMessage message, ChatConnector connector) {
        if (!message.signals().hasCommand(CommandKind.CODE) || connector.sendCapability() != SendCapability.READ_AND_SEND) {
            return;
        }
        Optional<String> reply = promoReply.get();
        if (reply.isEmpty() || reply.get().isBlank()) {
            return;
        }
        Instant now = clock.instant();
        synchronized (lastReplyBySource) {
            Instant last = lastReplyBySource.get(connector.label());
            if (last != null && Duration.between(last, now).compareTo(COOLDOWN) < 0) {
                return;
            }
            lastReplyBySource.put(connector.label(), now);
        }
        String text = "@" + message.message().author().displayName() + " " + reply.get();
        replies.execute(() -> {
            SendResult result = connector.send(text);
            (result == SendResult.SENT ? sent : refused).incrementAndGet();
        });
    }

    long sent() {
        return sent.get();
    }

    long refused() {
        return refused.get();
    }
}
