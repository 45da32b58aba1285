package live.studio.chat;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a chat message asks something, in English or French, so the host sees it in the questions queue.
 * A message scores points and is a question at {@link #THRESHOLD}:
 * <ul>
 *   <li>3 for a question mark after at least one word that is not a bare reaction ("lol?", "quoi ??" do not count);</li>
 *   <li>3 for opening the way only questions open: an auxiliary before its subject (do you, is it, can i, are the),
 *       a question word with its verb or quantity (how much, what is, who made), a question word rarely used otherwise
 *       (why, where, which, pourquoi, où, combien, quel...), est-ce que, French inversion (avez-vous, fait-elle);</li>
 *   <li>2 for a weaker sign: another question word first (what, how, when, quand, comment), a French spoken question
 *       (vous avez, il reste, on peut, c'est quoi), an interrogative anywhere (combien, c'est quoi, how much) or an
 *       indirect question (I wonder, je me demande, tell me);</li>
 *   <li>1 for each shopping topic named, at most 2: price, size, stock, shipping, colour, material, code, link...;
 *       2 when an information topic (price, stock, shipping, material, code, link) comes with please / svp;</li>
 *   <li>1 for naming a product (its name or its short code {@code #12}).</li>
 * </ul>
 * A greeting in front ("hey, how much...") is skipped. Commands ({@code !buy}), exclamations ("what a deal",
 * "quelle belle veste") and messages without a word are never questions. The test set
 * {@code questions-labelled.tsv} measures it.
 */
public final class QuestionDetector {
    public static final int THRESHOLD = 3;

    private static final Set<String> REACTIONS = Set.of("lol", "lmao", "mdr", "ptdr", "omg", "wow", "what", "quoi",
            "hein", "hmm", "haha", "hahaha", "xd", "wtf", "ok", "oui", "non", "yes", "no", "really", "vraiment",
            "serieux", "ah", "bon", "ah bon", "oh", "hey", "huh", "sure", "why not", "pourquoi pas", "nan", "si");

    private static final String AUXILIARY = "(?:is|are|was|were|do|does|did|can|could|will|would|should|shall|may|has|have)";
    private static final String SUBJECT = "(?:it|this|that|there|the|these|those|they|you|u|i|we|she|he|a|an|one|my|your|any|all)";
    /** Openings only questions have, folded (lower case, no accents). */
    private static final Pattern STRONG_OPENING = Pattern.compile("^ (?:"
            + AUXILIARY + " " + SUBJECT + "|"
            + "(?:how|what|which|when|where|who|why) (?:" + AUXILIARY + "|many|much|long|big|tall|wide|heavy|made|makes|size|sizes|colou?rs?|material|time|kind)|"
            + "what'?s|whats|wht|hows|how's|where'?s|who'?s|when'?s|which|why|where (?!i )|who (?!i )|"
            + "combien|ou|pourquoi|qui|quel|quelle|quels|quelles|est[ -]ce|est ce|qu'est[ -]ce|c'est quoi|c quoi|"
            + "y a[ -]t[ -]il|reste[ -]t[ -]il|avez[ -]vous|livrez[ -]vous|faites[ -]vous|pouvez[ -]vous|existe[ -]t[ -]il"
            + ") ");
    /** Openings of many questions and of some statements. */
    private static final Pattern WEAK_OPENING = Pattern.compile("^ (?:"
            + "how|what|when|any|anyone|anybody|u|you (?:ship|deliver|have|sell)|"
            + "quand|comment|c'?est (?:en|lavable|dispo|possible)|y a|ya|il y a|il reste|on peut|je peux|tu peux|vous pouvez|"
            + "vous (?:avez|livrez|expediez|envoyez|faites|acceptez|vendez|reassortissez)|tu (?:as|portes|fais|peux)|"
            + "le code (?:marche|fonctionne)|la livraison est"
            + ") ");
    private static final Pattern INTERROGATIVE_ANYWHERE = Pattern.compile(" (?:combien|c'est quoi|how much|how long|how many|quelle taille|quelles? couleurs?) ");
    private static final Pattern INVERSION = Pattern.compile(" \\p{L}+-(?:vous|tu|il|elle|ils|elles|on)(?: |-t-)");
    private static final Pattern INDIRECT = Pattern.compile(" (?:i wonder|wondering|je me demande|je voudrais savoir|"
            + "tell me|dites[ -]moi|dis[ -]moi|does anyone know|anyone know|quelqu'un sait) ");
    private static final Pattern EXCLAMATION = Pattern.compile("^ (?:what an?|how (?:cute|lovely|pretty|nice|beautiful|gorgeous)"
            + "|quel(?:le)?s? (?:belle|beau|bel|jolie|joli|magnifique|super)|comment dire|who cares) ");
    private static final Pattern GREETING = Pattern.compile("^ (?:hey|hi|hello|coucou|bonjour|bonsoir|salut|yo|ok|so|alors|et|and) ");
    private static final Pattern POLITE = Pattern.compile(" (?:please|pls|plz|svp|stp|s'il (?:vous|te) plait) ");
    /** Topics a viewer asks for information about; with please / svp they make a request for it. */
    private static final Pattern[] INFORMATION_TOPICS = {
        Pattern.compile(" (?:price|prices|cost|costs|how much|prix|combien|coute|coutent|cher|tarif|pricing) "),
        Pattern.compile(" (?:stock|in stock|available|availability|left|sold out|restock|restocked|dispo|disponible|reste|rupture|reassort\\w*) "),
        Pattern.compile(" (?:ship|ships|shipping|deliver|delivery|delivered|livraison|livrez|livre|expedie\\w*|envoyez|frais de port|returns|retours) "),
        Pattern.compile(" (?:material|fabric|cotton|leather|silk|linen|lined|waterproof|washable|matiere|coton|cuir|soie|lin|doublee?|lavable|impermeable) "),
        Pattern.compile(" (?:code|promo|discount|sale|coupon|reduction|remise|soldes) "),
        Pattern.compile(" (?:link|lien|order|commander|pay|payer|paypal) "),
    };
    /** Topics a viewer also names when ordering ("size M please"). */
    private static final Pattern[] CHOICE_TOPICS = {
        Pattern.compile(" (?:size|sizes|sizing|fit|fits|run small|runs small|run big|xs|s|m|l|xl|xxl|small|smalls|medium|mediums|large|petite|taille|tailles|taille grand|taille petit|\\d{2}) "),
        Pattern.compile(" (?:color|colors|colour|colours|couleur|couleurs|black|white|blue|red|green|navy|noir|blanc|bleu|rouge|vert) "),
    };
    private static final Pattern SHORT_CODE = Pattern.compile(" #\\d{1,4} ");
    private static final Pattern HAS_LETTER = Pattern.compile("\\p{L}");

    private final ProductMatcher products;

    public QuestionDetector(ProductMatcher products) {
        this.products = Objects.requireNonNull(products);
    }

    public boolean isQuestion(String text) {
        return score(text) >= THRESHOLD;
    }

    /** The points {@code text} scores (see the class comment); 0 for commands and messages without words. */
    public int score(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("!") || !HAS_LETTER.matcher(trimmed).find()) {
            return 0;
        }
        String folded = ChatWords.fold(trimmed);
        String opening = GREETING.matcher(folded).replaceFirst(" ");
        int score = 0;
        if (folded.contains(" ? ") && hasWordBesidesReactions(folded)) {
            score += 3;
        }
        if (!EXCLAMATION.matcher(opening).find()) {
            if (STRONG_OPENING.matcher(opening).find() || INVERSION.matcher(folded).find()) {
                score += 3;
            } else if (WEAK_OPENING.matcher(opening).find() || INTERROGATIVE_ANYWHERE.matcher(folded).find()
                    || INDIRECT.matcher(folded).find()) {
                score += 2;
            }
        }
        int informationTopics = count(INFORMATION_TOPICS, folded);
        int topics = informationTopics + count(CHOICE_TOPICS, folded);
        score += informationTopics > 0 && POLITE.matcher(folded).find() ? 2 : Math.min(2, topics);
        if (SHORT_CODE.matcher(folded).find() || !products.mentionedIn(trimmed).isEmpty()) {
            score += 1;
        }
        return score;
    }

    private static int count(Pattern[] topics, String folded) {
        int count = 0;
        for (Pattern topic : topics) {
            if (topic.matcher(folded).find()) {
                count++;
            }
        }
        return count;
    }

    /** "lol ?" and "quoi ??" are reactions; "price ?" and "ah bon il reste du M ?" are not. */
    private static boolean hasWordBesidesReactions(String folded) {
        String words = folded.replace("?", " ").replaceAll(" {2,}", " ").strip();
        if (words.isEmpty() || !HAS_LETTER.matcher(words).find()) {
            return false;
        }
        if (REACTIONS.contains(words)) {
            return false;
        }
        for (String word : words.split(" ")) {
            if (!REACTIONS.contains(word) && HAS_LETTER.matcher(word).find()) {
                return true;
            }
        }
        return false;
    }
}
