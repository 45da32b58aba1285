package live.studio.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeTextTest {

    private static final TextLimits COMMENT = TextLimits.paragraph(200, 3);

    @Test
    void plainTextPassesUnchanged() {
        assertThat(SafeText.clean("Is the size 42 still in stock?", COMMENT)).isEqualTo("Is the size 42 still in stock?");
    }

    @Test
    void normalisesToNfc() {
        String decomposed = "Cafe\u0301 cre\u0300me";
        assertThat(SafeText.clean(decomposed, COMMENT)).isEqualTo("Café crème");
    }

    @Test
    void removesControlsTagsAndObjectReplacement() {
        String hostile = "a\u0000b\u0007c\u001Bd\u0085e\u009Bf\uFFFCg\uDB40\uDC41h";
        assertThat(SafeText.clean(hostile, TextLimits.singleLine(100))).isEqualTo("abcd efgh");
    }

    @Test
    void removesBidiOverridesSoTheyCannotFlipText() {
        String spoof = "price \u202Eeerf si ti\u202C ok \u2067x\u2069";
        String cleaned = SafeText.clean(spoof, TextLimits.singleLine(100));
        assertThat(cleaned).isEqualTo("price eerf si ti ok x");
        assertThat(cleaned.codePoints()).noneMatch(c -> c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069);
    }

    @Test
    void isolateWrapsInFirstStrongIsolate() {
        assertThat(SafeText.isolate("שלום")).isEqualTo("\u2068שלום\u2069");
    }

    @Test
    void capsZalgoStacksButKeepsOrdinaryAccents() {
        String zalgo = "Z" + "\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308\u0309\u030A".repeat(5) + "algo";
        String cleaned = SafeText.clean(zalgo, TextLimits.singleLine(100));
        // NFC folds the first mark into "Ź"; three more are kept, the other 46 dropped
        assertThat(cleaned).isEqualTo("\u0179\u0302\u0303\u0304algo");
        assertThat(SafeText.clean("Tiếng Việt", TextLimits.singleLine(100))).isEqualTo("Tiếng Việt");
    }

    @Test
    void keepsEmojiSequencesWhole() {
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";          // man ZWJ woman ZWJ girl
        String thumbs = "\uD83D\uDC4D\uD83C\uDFFD";                                  // thumbs up, medium skin tone
        String heart = "\u2764\uFE0F";                                               // red heart with VS16
        String keycap = "1\uFE0F\u20E3";
        String text = "Love it " + family + thumbs + heart + keycap;
        assertThat(SafeText.clean(text, COMMENT)).isEqualTo(text);
        assertThat(SafeText.graphemeCount(family + thumbs + heart + keycap)).isEqualTo(4);
    }

    @Test
    void boundsLengthInGraphemesWithEllipsis() {
        String cleaned = SafeText.clean("a".repeat(10_000), TextLimits.singleLine(20));
        assertThat(cleaned).hasSize(20).endsWith(SafeText.ELLIPSIS);
        assertThat(SafeText.graphemeCount(cleaned)).isEqualTo(20);
    }

    @Test
    void neverCutsAnEmojiInHalf() {
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
        String cleaned = SafeText.clean(family.repeat(10), TextLimits.singleLine(4));
        assertThat(cleaned).isEqualTo(family.repeat(3) + SafeText.ELLIPSIS);
    }

    @Test
    void boundsLinesAndMarksTheCut() {
        String cleaned = SafeText.clean("one\r\ntwo\n\n\nthree\rfour\u2028five", COMMENT);
        assertThat(cleaned).isEqualTo("one\ntwo\nthree…");
    }

    @Test
    void singleLineTurnsBreaksIntoSpaces() {
        assertThat(SafeText.singleLine("JOIN #x\r\nPRIVMSG #x :hi", 100)).isEqualTo("JOIN #x PRIVMSG #x :hi");
        assertThat(SafeText.outboundLine("code\rLIVE20\n", 100)).doesNotContain("\r", "\n").isEqualTo("code LIVE20");
    }

    @Test
    void markupLookingTextIsKeptAsText() {
        assertThat(SafeText.clean("<b>sale</b> & <script>", COMMENT)).isEqualTo("<b>sale</b> & <script>");
    }

    @Test
    void loneSurrogatesBecomeReplacementCharacters() {
        assertThat(SafeText.clean("a\uD800b\uDC00c", COMMENT)).isEqualTo("a\uFFFDb\uFFFDc");
    }

    @Test
    void blankAndNullGiveEmpty() {
        assertThat(SafeText.clean(null, COMMENT)).isEmpty();
        assertThat(SafeText.clean(" \n\t\u200B ", COMMENT)).isEmpty();
    }

    @Test
    void hugeInputIsReadOnlyAsFarAsNeeded() {
        String tenMegabytes = "x".repeat(10 * 1024 * 1024);
        String cleaned = SafeText.clean(tenMegabytes, TextLimits.singleLine(50));
        assertThat(SafeText.graphemeCount(cleaned)).isEqualTo(50);
    }
}
