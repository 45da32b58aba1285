package live.studio.ui.main;

import java.util.List;
import java.util.Optional;
import live.studio.chat.FeedMessage;
import live.studio.ui.chat.ChatFeedViewModel;

/** The "pin the next question" key: the queue's questions go on air one after the other, oldest first. */
public final class ChatQuestions {
    private ChatQuestions() {
    }

    /**
     * Pins the question after the one on air (the oldest unanswered one when none is); returns it, or empty when the
     * queue has no other question. UI thread.
     */
    public static Optional<FeedMessage> pinOldestOpen(ChatFeedViewModel chat) {
        List<FeedMessage> questions = chat.questions();
        int start = 0;
        for (int index = 0; index < questions.size(); index++) {
            if (chat.isPinned(questions.get(index))) {
                start = index + 1;
            }
        }
        for (int index = start; index < questions.size(); index++) {
            FeedMessage question = questions.get(index);
            if (!chat.isAnswered(question) && !chat.isPinned(question)) {
                chat.togglePin(question);
                return Optional.of(question);
            }
        }
        return Optional.empty();
    }
}
