package live.studio.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import live.studio.text.SafeText;
import org.junit.jupiter.api.Test;

/** Every message is cleaned where it is made, whatever connector made it. */
class ChatMessageTest {
    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");

    static ChatMessage message(String author, String text) {
        return new ChatMessage(Platform.IRC, "irc://h:6667/#shop", "", ChatAuthor.named(author), text, null, NOW, null, null);
    }

    @Test
    void hostileTextIsCleanedInTheConstructor() {
        String bidi = "price \u202Eeerf si ti\u202C ok";
        String zalgo = "Z" + "\u0301\u0302\u0303\u0304\u0305\u0306".repeat(20) + "algo";
        String controls = "a\u0000b\u0007c\u001B[31md\u009Be\uFFFCf\uDB40\uDC41g";
        String crlf = "hi\r\nPRIVMSG #shop :injected\rmore";
        assertThat(message("ann", bidi).text()).isEqualTo("price eerf si ti ok");
        assertThat(message("ann", zalgo).text()).isEqualTo("\u0179\u0302\u0303\u0304algo");
        assertThat(message("ann", controls).text()).isEqualTo("abc[31mdefg");
        assertThat(message("ann", crlf).text()).isEqualTo("hi PRIVMSG #shop :injected more").doesNotContain("\r", "\n");
    }

    @Test
    void markupStaysLiteralText() {
        String markup = "<script>alert(1)</script><b>bold</b> &amp; ${jndi:ldap://x}";
        assertThat(message("ann", markup).text()).isEqualTo(markup);
    }

    @Test
    void aTenKilobyteLineIsBoundedWithAnEllipsis() {
        String huge = "buy ".repeat(2560);
        String text = message("ann", huge).text();
        assertThat(SafeText.graphemeCount(text)).isEqualTo(ChatMessage.MAX_TEXT_GRAPHEMES);
        assertThat(text).endsWith(SafeText.ELLIPSIS);
    }

    @Test
    void emojiSequencesSurvive() {
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
        String flag = "\uD83C\uDDEB\uD83C\uDDF7";
        assertThat(message("ann", "Love it " + family + flag + " \uD83D\uDC4D\uD83C\uDFFD").text())
                .isEqualTo("Love it " + family + flag + " \uD83D\uDC4D\uD83C\uDFFD");
    }

    @Test
    void authorNamesAreOneShortCleanLine() {
        ChatAuthor author = new ChatAuthor("\u202EnimdA\nreal name" + "x".repeat(100), "id\u0000", null, List.of("mod\n", "", "vip"));
        assertThat(author.displayName()).doesNotContain("\u202E", "\n").hasSizeLessThanOrEqualTo(ChatAuthor.MAX_NAME_GRAPHEMES);
        assertThat(author.id()).isEqualTo("id");
        assertThat(author.badges()).containsExactly("mod", "vip");
        assertThat(new ChatAuthor("", "", null, null).displayName()).isEqualTo("anonymous");
    }

    @Test
    void cleaningTwiceChangesNothing() {
        ChatMessage once = message("ann", "Ça coûte combien ?? \u202E" + "x".repeat(600));
        ChatMessage twice = new ChatMessage(once.platform(), once.source(), once.sourceId(), once.author(), once.text(),
                once.sentAt(), once.receivedAt(), once.origin(), once.emotes());
        assertThat(twice).isEqualTo(once);
    }

    @Test
    void emotesOutsideTheCleanedTextAreDropped() {
        ChatMessage message = new ChatMessage(Platform.TWITCH, "twitch:x", "1", ChatAuthor.named("a"), "Kappa",
                null, NOW, null, List.of(new Emote("25", 0, 4), new Emote("25", 6, 10)));
        assertThat(message.emotes()).containsExactly(new Emote("25", 0, 4));
    }

    @Test
    void lagIsNeverNegative() {
        ChatMessage fromTheFuture = new ChatMessage(Platform.TWITCH, "twitch:x", "", ChatAuthor.named("a"), "hi",
                NOW.plusSeconds(5), NOW, null, null);
        assertThat(fromTheFuture.lag()).isZero();
    }

    @Test
    void theDisplayLineIsOneLine() {
        assertThat(message("ann\nx", "hello\nworld").displayLine()).isEqualTo("[IRC irc://h:6667/#shop] ann x: hello world");
    }
}
