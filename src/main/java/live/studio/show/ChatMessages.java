package live.studio.show;

import java.util.Optional;

/**
 * The chat as the show sees it: a message by the id the chat feed (and the API) gave it, to pin on air, and the
 * questions viewers asked that nobody has answered yet.
 */
public interface ChatMessages {

    /** A chat message to put on air, already cleaned. */
    record Line(String author, String text, String platform) {
    }

    /** A question from the chat, with the feed's id for it. */
    record Question(long id, Line line) {
    }

    Optional<Line> message(long id);

    /** The oldest question in the feed not yet answered (nor pinned by {@code chat.pinNextQuestion}). */
    default Optional<Question> oldestUnansweredQuestion() {
        return Optional.empty();
    }

    /** Counts this question as answered: {@link #oldestUnansweredQuestion()} passes over it from now on. */
    default void markAnswered(long id) {
    }
}
