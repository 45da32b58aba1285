package live.studio.control;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import live.studio.catalog.Catalog;
import live.studio.catalog.Product;
import live.studio.chat.CatalogProductMatcher;
import live.studio.chat.ChatFeed;
import live.studio.chat.FeedMessage;
import live.studio.chat.PinTarget;
import live.studio.chat.ProductMatcher;
import live.studio.chat.ProductRef;
import live.studio.show.CommandException;
import live.studio.show.CommandSource;
import live.studio.show.ShowCommand;
import live.studio.show.ShowController;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where chat meets the show and the API, for the window and the headless command alike: a pinned message goes on air
 * as the pinned-comment graphic, {@code #12} and product names are matched against the catalog on air, and the API
 * reads the feed.
 */
public final class ChatLinks {
    private static final Logger LOG = LoggerFactory.getLogger(ChatLinks.class);

    private ChatLinks() {
    }

    /** Pin and unpin as {@code comment.pin} / {@code comment.unpin} commands from the chat. */
    public static PinTarget pinOnAir(ShowController controller) {
        return new PinTarget() {
            @Override
            public void pin(live.studio.chat.ChatMessage message) {
                run(controller, new ShowCommand.PinComment(message.author().displayName(), message.text(),
                        message.platform().label()));
            }

            @Override
            public void unpin() {
                run(controller, new ShowCommand.UnpinComment());
            }
        };
    }

    private static void run(ShowController controller, ShowCommand command) {
        try {
            controller.execute(command, CommandSource.CHAT);
        } catch (CommandException e) {
            LOG.warn("{} refused: {}", command.name(), e.describe());
        }
    }

    /** Products as chat sees them, from whatever catalog the show has now (it can change during the show). */
    public static ProductMatcher products(ShowController controller) {
        AtomicReference<CatalogMatcher> current = new AtomicReference<>();
        return new ProductMatcher() {
            @Override
            public Optional<ProductRef> byShortCode(int shortCode) {
                return matcher().byShortCode(shortCode);
            }

            @Override
            public List<ProductRef> mentionedIn(String text) {
                return matcher().mentionedIn(text);
            }

            private CatalogProductMatcher matcher() {
                Catalog catalog = controller.catalog();
                CatalogMatcher known = current.get();
                if (known == null || known.catalog() != catalog) {
                    known = new CatalogMatcher(catalog, CatalogProductMatcher.of(catalog.products().stream()
                            .map(product -> new CatalogProductMatcher.Entry(reference(product), List.of())).toList()));
                    current.set(known);
                }
                return known.matcher();
            }
        };
    }

    private record CatalogMatcher(Catalog catalog, CatalogProductMatcher matcher) {
    }

    private static ProductRef reference(Product product) {
        int shortCode;
        try {
            shortCode = Integer.parseInt(product.shortCode().replace("#", "").strip());
        } catch (NumberFormatException notANumber) {
            shortCode = 0;
        }
        return new ProductRef(product.id(), product.title(), shortCode);
    }

    /**
     * Where {@code chat.pin} finds a message (the feed, by the id it gave the message) and
     * {@code chat.pinNextQuestion} the oldest question not answered yet. A question counts as answered once pinned
     * this way or marked so ({@link live.studio.show.ChatMessages#markAnswered}).
     */
    public static live.studio.show.ChatMessages messages(ChatFeed feed) {
        java.util.Set<Long> answered = java.util.concurrent.ConcurrentHashMap.newKeySet();
        return new live.studio.show.ChatMessages() {
            @Override
            public Optional<Line> message(long id) {
                return feed.after(id - 1, 1).stream().filter(entry -> entry.id() == id).findFirst()
                        .map(ChatLinks::line);
            }

            @Override
            public Optional<Question> oldestUnansweredQuestion() {
                return feed.recent(feed.capacity()).stream()
                        .filter(entry -> entry.signals().question() && !answered.contains(entry.id()))
                        .findFirst().map(entry -> new Question(entry.id(), line(entry)));
            }

            @Override
            public void markAnswered(long id) {
                answered.add(id);
            }
        };
    }

    private static live.studio.show.ChatMessages.Line line(FeedMessage entry) {
        return new live.studio.show.ChatMessages.Line(entry.message().author().displayName(), entry.message().text(),
                entry.message().platform().label());
    }

    /** The feed as the API's {@code GET /chat/messages} serves it. */
    public static ChatHistory history(ChatFeed feed) {
        return (afterId, limit) -> feed.after(afterId, limit).stream().map(ChatLinks::forApi).toList();
    }

    /** Every new message of the feed on the API's event stream ({@code chat.message}). */
    public static void streamTo(ChatFeed feed, java.util.function.Supplier<Optional<ApiServer>> server) {
        feed.addListener(entry -> server.get().ifPresent(api -> api.chatMessageReceived(forApi(entry))));
    }

    /** One feed message as the API shows it. */
    public static ChatMessage forApi(FeedMessage entry) {
        return new ChatMessage(entry.id(), entry.message().receivedAt().toEpochMilli(),
                entry.message().platform().label(), entry.message().author().displayName(), entry.message().text());
    }
}
