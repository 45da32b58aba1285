package live.studio.show;

import java.util.Optional;

/** The chat as the show sees it: a message by the id the chat feed (and the API) gave it, to pin on air. */
public interface ChatMessages {

    /** A chat message to put on air, already cleaned. */
    record Line(String author, String text, String platform) {
    }

    Optional<Line> message(long id);
}
