package live.studio.chat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Words or phrases the host wants to notice ("broken", "refund", "livraison", a product name): found as whole words,
 * ignoring case and accents. Immutable; the service swaps in a new one when the host edits the list.
 */
public final class KeywordAlerts {
    public static final KeywordAlerts NONE = new KeywordAlerts(List.of());
    private final Map<String, String> foldedToWritten = new LinkedHashMap<>();

    public KeywordAlerts(List<String> keywords) {
        for (String keyword : keywords) {
            String written = keyword == null ? "" : live.studio.text.SafeText.singleLine(keyword, 60);
            String folded = ChatWords.fold(written).strip();
            if (!folded.isEmpty()) {
                foldedToWritten.putIfAbsent(folded, written);
            }
        }
    }

    /** The keywords (as the host wrote them) that {@code text} contains. */
    public List<String> matches(String text) {
        if (foldedToWritten.isEmpty()) {
            return List.of();
        }
        String folded = ChatWords.fold(text);
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, String> keyword : foldedToWritten.entrySet()) {
            if (folded.contains(" " + keyword.getKey() + " ")) {
                found.add(keyword.getValue());
            }
        }
        return found;
    }

    public List<String> keywords() {
        return List.copyOf(foldedToWritten.values());
    }
}
