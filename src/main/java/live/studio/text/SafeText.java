package live.studio.text;

import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Makes text from outside (product data, chat) safe to draw and to embed: what a viewer or a catalog file writes can
 * neither break the layout nor disguise itself.
 *
 * <ul>
 *   <li>Unicode NFC, so one letter is one code point wherever possible;</li>
 *   <li>C0 and C1 controls, Unicode tag characters (U+E0000–E007F), the object replacement character U+FFFC,
 *       interlinear annotations and invisible format characters removed; lone surrogates become U+FFFD;</li>
 *   <li>explicit bidi embeddings, overrides and isolates removed, so a right-to-left override cannot flip what follows;
 *       {@link #isolate} wraps the result when it is embedded in other text;</li>
 *   <li>combining marks capped per base character; lines and length bounded, with "…" where something was cut;</li>
 *   <li>emoji kept whole: zero-width joiner sequences, variation selectors, skin tones, keycaps.</li>
 * </ul>
 */
public final class SafeText {

    public static final String ELLIPSIS = "…";
    private static final char FIRST_STRONG_ISOLATE = '\u2068';
    private static final char POP_DIRECTIONAL_ISOLATE = '\u2069';
    /** Enough of a huge input to fill any limit even after every removal; the rest is never looked at. */
    private static final int CODE_UNITS_PER_GRAPHEME_READ = 16;

    private SafeText() {
    }

    /** The text cleaned and bounded by {@code limits}; never null, empty for null or blank input. */
    public static String clean(String raw, TextLimits limits) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        long readLimit = (long) limits.maxGraphemes() * CODE_UNITS_PER_GRAPHEME_READ + 64;
        String head = raw.length() > readLimit ? raw.substring(0, (int) readLimit) : raw;
        String filtered = filter(Normalizer.normalize(replaceLoneSurrogates(head), Normalizer.Form.NFC), limits);
        List<String> lines = splitLines(filtered, limits.maxLines());
        boolean cutByLines = lines.size() > limits.maxLines() || head.length() < raw.length();
        if (lines.size() > limits.maxLines()) {
            lines = new ArrayList<>(lines.subList(0, limits.maxLines()));
        }
        String joined = String.join("\n", lines);
        return boundGraphemes(joined, limits.maxGraphemes(), cutByLines);
    }

    /** One line of at most {@code maxGraphemes} user-perceived characters. */
    public static String singleLine(String raw, int maxGraphemes) {
        return clean(raw, TextLimits.singleLine(maxGraphemes));
    }

    /** Wraps already cleaned text in a first-strong isolate, so its direction cannot leak into the text around it. */
    public static String isolate(String cleaned) {
        return FIRST_STRONG_ISOLATE + cleaned + POP_DIRECTIONAL_ISOLATE;
    }

    /**
     * Text for a line-based protocol (an IRC PRIVMSG): no CR, LF or NUL survives, so a reply cannot inject a command.
     */
    public static String outboundLine(String raw, int maxGraphemes) {
        return singleLine(raw, maxGraphemes);
    }

    /** The number of user-perceived characters (extended grapheme clusters) in {@code text}. */
    public static int graphemeCount(String text) {
        BreakIterator graphemes = BreakIterator.getCharacterInstance(Locale.ROOT);
        graphemes.setText(text);
        int count = 0;
        while (graphemes.next() != BreakIterator.DONE) {
            count++;
        }
        return count;
    }

    private static String replaceLoneSurrogates(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (paired) {
                if (out != null) {
                    out.append(c).append(text.charAt(i + 1));
                }
                i++;
            } else if (Character.isSurrogate(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                out.append('\uFFFD');
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** Removes what must never be drawn, turns line breaks into '\n' (or spaces) and caps combining marks. */
    private static String filter(String text, TextLimits limits) {
        StringBuilder out = new StringBuilder(text.length());
        int combiningRun = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (codePoint == '\r' && i < text.length() && text.charAt(i) == '\n') {
                continue; // CRLF: the LF makes the break
            }
            if (isLineBreak(codePoint)) {
                out.append(limits.maxLines() > 1 ? '\n' : ' ');
                combiningRun = 0;
            } else if (codePoint == '\t') {
                out.append(' ');
                combiningRun = 0;
            } else if (isRemoved(codePoint)) {
                continue;
            } else if (isCombiningMark(codePoint)) {
                if (++combiningRun <= limits.maxCombiningMarks()) {
                    out.appendCodePoint(codePoint);
                }
            } else {
                out.appendCodePoint(codePoint);
                if (!isEmojiJoinerPart(codePoint)) {
                    combiningRun = 0;
                }
            }
        }
        return out.toString();
    }

    private static boolean isLineBreak(int codePoint) {
        return codePoint == '\n' || codePoint == '\r' || codePoint == 0x0B || codePoint == 0x0C
                || codePoint == 0x85 || codePoint == 0x2028 || codePoint == 0x2029;
    }

    private static boolean isRemoved(int codePoint) {
        return codePoint < 0x20 || (codePoint >= 0x7F && codePoint <= 0x9F)         // C0, DEL, C1
                || (codePoint >= 0xE0000 && codePoint <= 0xE007F)                     // tag characters
                || (codePoint >= 0xFFF9 && codePoint <= 0xFFFC)                       // annotations, U+FFFC
                || (codePoint >= 0x202A && codePoint <= 0x202E)                       // embeddings, overrides
                || (codePoint >= 0x2066 && codePoint <= 0x2069)                       // isolates
                || codePoint == 0x200B || codePoint == 0xFEFF || codePoint == 0x180E  // invisible spaces
                || codePoint == 0x00AD || codePoint == 0x034F                         // soft hyphen, CGJ
                || (codePoint >= 0x2060 && codePoint <= 0x2064)                       // word joiner, invisible operators
                || (codePoint >= 0x206A && codePoint <= 0x206F)                       // deprecated format characters
                || (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE; // noncharacters
    }

    private static boolean isCombiningMark(int codePoint) {
        int type = Character.getType(codePoint);
        return (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) && !isEmojiJoinerPart(codePoint);
    }

    /** Variation selectors and the keycap mark belong to the emoji before them: they never count as a stack. */
    private static boolean isEmojiJoinerPart(int codePoint) {
        return (codePoint >= 0xFE00 && codePoint <= 0xFE0F) || codePoint == 0x20E3 || codePoint == 0x200D;
    }

    /** The non-blank lines, trimmed, with inner runs of spaces collapsed; one more than allowed tells of a cut. */
    private static List<String> splitLines(String text, int maxLines) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            String trimmed = line.strip().replaceAll(" {2,}", " ");
            if (!trimmed.isEmpty()) {
                lines.add(trimmed);
                if (lines.size() > maxLines) {
                    break;
                }
            }
        }
        return lines;
    }

    /** At most {@code maxGraphemes} graphemes, the last of them "…" when anything was cut here or before. */
    private static String boundGraphemes(String text, int maxGraphemes, boolean alreadyCut) {
        BreakIterator graphemes = BreakIterator.getCharacterInstance(Locale.ROOT);
        graphemes.setText(text);
        int keptEnd = 0; // the end of the first maxGraphemes - 1 graphemes: where an ellipsis goes
        int count = 0;
        for (int boundary = graphemes.next(); boundary != BreakIterator.DONE; boundary = graphemes.next()) {
            count++;
            if (count == maxGraphemes - 1) {
                keptEnd = boundary;
            }
        }
        boolean tooLong = count > maxGraphemes;
        if (!tooLong && !alreadyCut) {
            return text;
        }
        String kept = tooLong || count == maxGraphemes ? text.substring(0, keptEnd) : text;
        return kept.stripTrailing() + ELLIPSIS;
    }
}
