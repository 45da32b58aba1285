package live.studio.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads one message for the host: question or not, viewer commands and the products they count for, keyword alerts.
 * The product on screen (for a bare {@code !buy}) comes from {@code currentProduct}, which the show controller feeds.
 */
public final class MessageAnalyzer {
    private final ProductMatcher products;
    private final QuestionDetector questions;
    private final Supplier<Optional<ProductRef>> currentProduct;
    private volatile KeywordAlerts alerts = KeywordAlerts.NONE;

    public MessageAnalyzer(ProductMatcher products, Supplier<Optional<ProductRef>> currentProduct) {
        this.products = Objects.requireNonNull(products);
        this.questions = new QuestionDetector(products);
        this.currentProduct = Objects.requireNonNull(currentProduct);
    }

    public void setAlerts(KeywordAlerts alerts) {
        this.alerts = Objects.requireNonNull(alerts);
    }

    public KeywordAlerts alerts() {
        return alerts;
    }

    public MessageSignals analyze(ChatMessage message) {
        String text = message.text();
        List<ProductRef> named = products.mentionedIn(text);
        List<CountedCommand> counted = new ArrayList<>();
        for (ViewerCommand command : ViewerCommand.parse(text)) {
            ProductRef product;
            if (command.shortCode() > 0) {
                product = products.byShortCode(command.shortCode()).orElse(null);
            } else if (!named.isEmpty()) {
                product = named.getFirst();
            } else {
                product = currentProduct.get().orElse(null);
            }
            counted.add(new CountedCommand(command.kind(), product, command.shortCode()));
        }
        List<ProductRef> mentioned = new ArrayList<>(named);
        counted.stream().map(CountedCommand::product).filter(Objects::nonNull)
                .filter(product -> !mentioned.contains(product)).forEach(mentioned::add);
        return new MessageSignals(questions.isQuestion(text), counted, alerts.matches(text), mentioned);
    }
}
