package live.studio.overlay;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TypesetterTest {

    private final BufferedImage image = Drawing.image(400, 200);
    private final Graphics2D g = Drawing.graphics(image);
    private final Typesetter inter = Typesetter.of(g, new FontFace(FontFamily.INTER, FontWeight.REGULAR), 24);

    @AfterEach
    void dispose() {
        g.dispose();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Does it come in a travel size? I need one for my trip next week",
        "Wwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwww",
        "مرحبا! هل يتوفر هذا المنتج بحجم أكبر؟ شكرا جزيلا لكم على البث الرائع اليوم",
        "🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥",
        "one\ntwo\nthree\nfour\nfive"})
    void wrappedLinesStayWithinTheWidthAndTheLineCount(String text) {
        List<TextLayout> lines = inter.wrap(text, 220, 3);

        assertThat(lines).hasSizeBetween(1, 3);
        for (TextLayout line : lines) {
            assertThat(line.getVisibleAdvance()).isLessThanOrEqualTo(221f);
        }
    }

    @Test
    void textThatDoesNotFitEndsInAnEllipsisAndFitsTheWidth() {
        TextLayout whole = inter.fit("Short", 300);
        TextLayout cut = inter.fit("A much longer product title than the box can hold", 150);

        assertThat(whole.getCharacterCount()).isEqualTo(5);
        assertThat(cut.getAdvance()).isLessThanOrEqualTo(150f);
        assertThat(cut.getCharacterCount()).isLessThan(20);
        assertThat(inter.advance("…")).isPositive();
    }

    @Test
    void rightToLeftTextIsLaidOutRightToLeft() {
        assertThat(inter.layout("مرحبا بالعالم hello").isLeftToRight()).isFalse();
        assertThat(inter.layout("שלום עולם 123").isLeftToRight()).isFalse();
        assertThat(inter.layout("hello مرحبا").isLeftToRight()).isTrue();
        assertThat(inter.wrap("مرحبا بالعالم hello مرحبا بالعالم hello", 120, 3))
                .allMatch(line -> !line.isLeftToRight());
    }

    @Test
    void charactersTheThemeFontLacksAreDrawnFromTheFallbacks() {
        for (String text : List.of("🔥", "مرحبا", "✓")) {
            BufferedImage canvas = Drawing.image(120, 60);
            Graphics2D on = Drawing.graphics(canvas);
            on.setColor(java.awt.Color.WHITE);
            Typesetter.of(on, new FontFace(FontFamily.BEBAS_NEUE, FontWeight.BOLD), 40).layout(text).draw(on, 5, 45);
            on.dispose();
            BufferedImage missing = Drawing.image(120, 60);
            Graphics2D box = Drawing.graphics(missing);
            box.setColor(java.awt.Color.WHITE);
            box.setFont(BundledFonts.font(new FontFace(FontFamily.BEBAS_NEUE, FontWeight.BOLD), 40));
            box.drawString(text, 5, 45);
            box.dispose();
            assertThat(Pixels.differences(bitmap(canvas), bitmap(missing))).as("%s", text).isGreaterThan(50);
        }
    }

    @Test
    void emptyTextHasNoLayout() {
        assertThat(inter.layout("")).isNull();
        assertThat(inter.fit("", 100)).isNull();
        assertThat(inter.wrap("", 100, 3)).isEmpty();
        assertThat(inter.wrap("\n\n", 100, 3)).isEmpty();
    }

    private static OverlayBitmap bitmap(BufferedImage image) {
        return new OverlayBitmap(image.getWidth(), image.getHeight(), Drawing.pixels(image));
    }
}
