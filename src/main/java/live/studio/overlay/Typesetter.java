package live.studio.overlay;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.text.AttributedString;
import java.text.Bidi;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lays out text in one face and size with per-character font fallback, bidi (Java 2D's {@code TextLayout} orders
 * Arabic and Hebrew runs and shapes them), wrapping and an ellipsis where text does not fit. Text given here is
 * already cleaned by {@code SafeText}; whatever it holds, a layout never exceeds the width it was given.
 */
final class Typesetter {

    /** What is drawn, whatever reaches here: a cleaned text is far shorter. */
    private static final int MAX_DRAWN_CHARS = 4_000;
    private static final String ELLIPSIS = "…";

    enum Align { START, CENTER, END }

    private final Font primary;
    private final Font[] fallbacks;
    private final float tracking;
    private final FontRenderContext context;

    private Typesetter(Font primary, Font[] fallbacks, float tracking, FontRenderContext context) {
        this.primary = primary;
        this.fallbacks = fallbacks;
        this.tracking = tracking;
        this.context = context;
    }

    /** A typesetter measuring as {@code g} draws (its transform, antialiasing and fractional metrics). */
    static Typesetter of(Graphics2D g, FontFace face, float size) {
        return new Typesetter(BundledFonts.font(face, size), BundledFonts.fallbacks(face, size), 0,
                g.getFontRenderContext());
    }

    /** The same with letters spaced apart by {@code tracking} em (0.1 = a tenth of the size). */
    Typesetter tracked(float spacing) {
        return new Typesetter(primary, fallbacks, spacing, context);
    }

    /** The height of a capital letter: what looks centred is a cap height centred. */
    float capHeight() {
        return (float) primary.createGlyphVector(context, "H").getVisualBounds().getHeight();
    }

    /** One line as laid out, or null for empty text. */
    TextLayout layout(String text) {
        return layout(text, null);
    }

    private TextLayout layout(String text, Boolean leftToRight) {
        Styled styled = styled(text, leftToRight);
        return styled.isEmpty() ? null : new TextLayout(styled.attributed().getIterator(), context);
    }

    float advance(String text) {
        TextLayout layout = layout(text);
        return layout == null ? 0 : layout.getAdvance();
    }

    /** One line no wider than {@code width}, cut at a character boundary with "…" when needed; null for empty text. */
    TextLayout fit(String text, float width) {
        return fit(text, width, false, null);
    }

    /** {@code cutBefore}: the text was already cut, so it ends in "…" even when it fits. */
    private TextLayout fit(String text, float width, boolean cutBefore, Boolean leftToRight) {
        Styled styled = styled(text, leftToRight);
        if (styled.isEmpty()) {
            return null;
        }
        String drawn = styled.text();
        if (!cutBefore) {
            TextLayout whole = new TextLayout(styled.attributed().getIterator(), context);
            if (whole.getAdvance() <= width) {
                return whole;
            }
        }
        List<Integer> ends = graphemeEnds(drawn);
        int low = 0;
        int high = ends.size() - (cutBefore ? 0 : 1); // the whole text did not fit: at most all but one grapheme
        TextLayout best = layout(ELLIPSIS, leftToRight);
        while (low < high) {
            int middle = (low + high + 1) / 2;
            TextLayout candidate = layout(drawn.substring(0, ends.get(middle - 1)).stripTrailing() + ELLIPSIS,
                    leftToRight);
            if (candidate.getAdvance() <= width) {
                best = candidate;
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return best;
    }

    /** At most {@code maxLines} lines no wider than {@code width}, the last ending in "…" when text was left over. */
    List<TextLayout> wrap(String text, float width, int maxLines) {
        Styled styled = styled(text, null);
        List<String> lineTexts = new ArrayList<>();
        List<Boolean> directions = new ArrayList<>();
        boolean leftOver = false;
        paragraphs:
        for (String paragraph : styled.text().split("\n")) {
            if (paragraph.isBlank()) {
                continue;
            }
            // Every line of a paragraph keeps the paragraph's direction, as a reader expects.
            boolean leftToRight = new Bidi(paragraph, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).baseIsLeftToRight();
            Styled part = styled(paragraph, leftToRight);
            String partText = part.text();
            LineBreakMeasurer measurer = new LineBreakMeasurer(part.attributed().getIterator(), context);
            while (measurer.getPosition() < partText.length()) {
                if (lineTexts.size() == maxLines) {
                    leftOver = true;
                    break paragraphs;
                }
                int start = measurer.getPosition();
                measurer.nextLayout(width);
                lineTexts.add(partText.substring(start, measurer.getPosition()));
                directions.add(leftToRight);
            }
        }
        List<TextLayout> lines = new ArrayList<>(lineTexts.size());
        for (int i = 0; i < lineTexts.size(); i++) {
            boolean last = i == lineTexts.size() - 1;
            TextLayout line = last && leftOver
                    ? fit(lineTexts.get(i), width, true, directions.get(i))
                    : layout(lineTexts.get(i), directions.get(i));
            if (line != null) {
                lines.add(line);
            }
        }
        return lines;
    }

    /**
     * Draws {@code line} on a baseline, within {@code [left, left + width]}: START is the left for left-to-right
     * text and the right for right-to-left text (an Arabic comment reads from the right edge).
     */
    static void draw(Graphics2D g, TextLayout line, float left, float baseline, float width, Align align) {
        if (line == null) {
            return;
        }
        float advance = line.getVisibleAdvance();
        float x = switch (align) {
            case START -> line.isLeftToRight() ? left : left + width - advance;
            case CENTER -> left + (width - advance) / 2;
            case END -> line.isLeftToRight() ? left + width - advance : left;
        };
        line.draw(g, x, baseline);
    }

    private record Styled(String text, AttributedString attributed) {
        boolean isEmpty() {
            return text.isEmpty();
        }
    }

    /**
     * The text as drawn, each character in the first font that has it. Monochrome emoji: skin-tone modifiers,
     * variation selectors and the joiners of emoji sequences have no outline to draw, so they are left out and a
     * family emoji shows its members side by side.
     */
    private Styled styled(String text, Boolean leftToRight) {
        String source = text.length() > MAX_DRAWN_CHARS ? text.substring(0, MAX_DRAWN_CHARS) : text;
        StringBuilder drawn = new StringBuilder(source.length());
        List<Font> fonts = new ArrayList<>(source.length());
        Font previous = null;
        for (int i = 0; i < source.length(); ) {
            int codePoint = source.codePointAt(i);
            i += Character.charCount(codePoint);
            if (isSkinTone(codePoint) || isVariationSelector(codePoint)
                    || (codePoint == 0x200D && previous != null && previous != primary && isSymbolFont(previous))) {
                continue;
            }
            Font font = fontFor(codePoint, previous);
            drawn.appendCodePoint(codePoint);
            for (int unit = 0; unit < Character.charCount(codePoint); unit++) {
                fonts.add(font);
            }
            previous = font;
        }
        String result = drawn.toString();
        AttributedString attributed = new AttributedString(result);
        if (!result.isEmpty()) {
            int runStart = 0;
            for (int i = 1; i <= result.length(); i++) {
                if (i == result.length() || fonts.get(i) != fonts.get(runStart)) {
                    attributed.addAttribute(TextAttribute.FONT, fonts.get(runStart), runStart, i);
                    runStart = i;
                }
            }
            if (tracking != 0) {
                attributed.addAttribute(TextAttribute.TRACKING, tracking);
            }
            if (leftToRight != null) {
                attributed.addAttribute(TextAttribute.RUN_DIRECTION,
                        leftToRight ? TextAttribute.RUN_DIRECTION_LTR : TextAttribute.RUN_DIRECTION_RTL);
            }
        }
        return new Styled(result, attributed);
    }

    private Font fontFor(int codePoint, Font previous) {
        if (previous != null && isMark(codePoint) && previous.canDisplay(codePoint)) {
            return previous; // a mark stays in its letter's font, so it sits on that letter
        }
        if (primary.canDisplay(codePoint) || Character.isWhitespace(codePoint)) {
            return primary;
        }
        for (Font fallback : fallbacks) {
            if (fallback.canDisplay(codePoint)) {
                return fallback;
            }
        }
        return primary; // nothing has it: the primary font's empty box says so honestly
    }

    private boolean isSymbolFont(Font font) {
        return font.getFamily(Locale.ROOT).toLowerCase(Locale.ROOT).contains("symbola");
    }

    private static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isSkinTone(int codePoint) {
        return codePoint >= 0x1F3FB && codePoint <= 0x1F3FF;
    }

    private static boolean isVariationSelector(int codePoint) {
        return (codePoint >= 0xFE00 && codePoint <= 0xFE0F) || (codePoint >= 0xE0100 && codePoint <= 0xE01EF);
    }

    /** The ends of the user-perceived characters, so a cut never splits an emoji or a letter from its accent. */
    private static List<Integer> graphemeEnds(String text) {
        BreakIterator graphemes = BreakIterator.getCharacterInstance(Locale.ROOT);
        graphemes.setText(text);
        List<Integer> ends = new ArrayList<>();
        for (int end = graphemes.next(); end != BreakIterator.DONE; end = graphemes.next()) {
            ends.add(end);
        }
        return ends;
    }
}
