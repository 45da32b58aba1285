package live.studio.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeadlessChatPrinterTest {

    @Test
    void oneCleanLinePerMessageAndOnePerRemoval() {
        StringWriter text = new StringWriter();
        try (HeadlessChatPrinter printer = new HeadlessChatPrinter(new PrintWriter(text))) {
            ChatMessage question = new ChatMessage(Platform.TWITCH, "twitch:shop", "1", ChatAuthor.named("Ann\u202E"),
                    "is it\r\nlined?", null, Instant.EPOCH, null, null);
            printer.accept(new FeedMessage(1, question, new MessageSignals(true, List.of(), List.of(), List.of())));
            printer.moderated(new ModerationEvent(Platform.TWITCH, "twitch:shop", ModerationEvent.Kind.AUTHOR_REMOVED, "", "troll\nx"));
        }
        assertThat(text.toString().lines()).containsExactly(
                "chat [TW twitch:shop] Ann: is it lined? [question]",
                "chat [TW twitch:shop] (a moderator removed the messages of troll x)");
        assertThat(new ModerationEvent(Platform.IRC, "irc://h:1/#c", ModerationEvent.Kind.CHAT_CLEARED, null, null).messageId()).isEmpty();
    }
}
