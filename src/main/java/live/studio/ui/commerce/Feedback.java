package live.studio.ui.commerce;

import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The last refusal of one control, shown right under it (never a dialog); cleared by the next command that runs.
 * UI thread only.
 */
public final class Feedback {
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    /** Shows {@code refusal}, or clears the message when the command ran; true when it ran. */
    public boolean show(Optional<String> refusal) {
        message.set(refusal.orElse(""));
        return refusal.isEmpty();
    }

    public void refuse(String text) {
        message.set(text);
    }

    public void clear() {
        message.set("");
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public String message() {
        return message.get();
    }
}
