package live.studio.catalog.document;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean ...?" for misspelt field and column names. */
public final class Suggestions {
    private static final int MAX_EDITS = 2;
    private static final int MAX_COMPARED_CHARS = 64;

    private Suggestions() {
    }

    /** The known name {@code name} most likely meant: at most 2 edits away, ignoring case; ties go alphabetically. */
    public static Optional<String> closest(String name, Collection<String> knownNames) {
        String lower = name.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = MAX_EDITS + 1;
        for (String candidate : knownNames.stream().sorted().toList()) {
            int distance = editDistance(lower, candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Levenshtein distance; names too long or too different in length count as far apart. */
    private static int editDistance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > MAX_EDITS || a.length() > MAX_COMPARED_CHARS
                || b.length() > MAX_COMPARED_CHARS) {
            return Integer.MAX_VALUE;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
