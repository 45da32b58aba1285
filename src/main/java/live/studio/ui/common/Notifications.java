package live.studio.ui.common;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the operator must see: errors and results that would otherwise only reach the log. Newest first, a few at
 * most, so a repeating failure cannot bury the window. UI thread only.
 */
public final class Notifications {
    public static final int MAX_SHOWN = 4;

    private final ObservableList<Notice> notices = FXCollections.observableArrayList();

    public ObservableList<Notice> notices() {
        return notices;
    }

    public void post(Notice notice) {
        // The same message again (a retry failing the same way) moves to the top instead of stacking up.
        notices.remove(notice);
        notices.addFirst(notice);
        if (notices.size() > MAX_SHOWN) {
            notices.remove(MAX_SHOWN, notices.size());
        }
    }

    public void dismiss(Notice notice) {
        notices.remove(notice);
    }

    public void clear() {
        notices.clear();
    }
}
