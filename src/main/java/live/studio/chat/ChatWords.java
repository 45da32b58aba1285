package live.studio.chat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text folded for matching words: lower case, accents removed, curly apostrophes straight, spaces single. */
final class ChatWords {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}'#?%-]+");

    private ChatWords() {
    }

    /** "Ça coûte COMBIEN ?" → "ca coute combien ?": what the question rules and keyword alerts match on. */
    static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
        String stripped = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        return " " + NOT_WORD.matcher(stripped).replaceAll(" ").replace("?", " ? ").replaceAll(" {2,}", " ").strip() + " ";
    }
}
