package live.studio.text;

/**
 * How much of a piece of outside text may reach the screen.
 *
 * @param maxGraphemes      user-perceived characters kept (an emoji with its modifiers counts as one); more ends in "…"
 * @param maxLines          lines kept; 1 turns every line break into a space
 * @param maxCombiningMarks combining marks kept after one base character (stacks beyond it are "zalgo" text)
 */
public record TextLimits(int maxGraphemes, int maxLines, int maxCombiningMarks) {

    /** A product title, an author name, a promo code: one line. */
    public static TextLimits singleLine(int maxGraphemes) {
        return new TextLimits(maxGraphemes, 1, DEFAULT_COMBINING_MARKS);
    }

    /** A viewer comment or a ticker text. */
    public static TextLimits paragraph(int maxGraphemes, int maxLines) {
        return new TextLimits(maxGraphemes, maxLines, DEFAULT_COMBINING_MARKS);
    }

    /** Enough for Vietnamese, Hebrew points or Arabic harakat, far too few for a zalgo tower. */
    public static final int DEFAULT_COMBINING_MARKS = 3;

    public TextLimits {
        if (maxGraphemes < 1 || maxLines < 1 || maxCombiningMarks < 0) {
            throw new IllegalArgumentException("text limits must be positive: " + maxGraphemes + " graphemes, "
                    + maxLines + " lines, " + maxCombiningMarks + " combining marks");
        }
    }
}
