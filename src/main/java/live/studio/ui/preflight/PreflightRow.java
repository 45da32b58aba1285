package live.studio.ui.preflight;

import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import live.studio.output.SecretRedactor;
import live.studio.preflight.CheckResult;
import live.studio.ui.destinations.DestinationEntry;

/** One line of the pre-flight: what is checked, its state, and what was found. UI thread only. */
public final class PreflightRow {
    private final String checkId;
    private final String title;
    private final DestinationEntry destination;
    private final ReadOnlyObjectWrapper<RowState> state = new ReadOnlyObjectWrapper<>(this, "state", RowState.RUNNING);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private CheckResult result;

    PreflightRow(String checkId, String title, DestinationEntry destination, String runningMessage) {
        this.checkId = checkId;
        this.title = title;
        this.destination = destination;
        this.message.set(runningMessage);
    }

    /** The row's node id is {@code preflight-ID}. */
    public String checkId() {
        return checkId;
    }

    public String title() {
        return title;
    }

    /** The destination a destination row checks. */
    public Optional<DestinationEntry> destination() {
        return Optional.ofNullable(destination);
    }

    public ReadOnlyObjectProperty<RowState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public RowState state() {
        return state.get();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public Optional<CheckResult> result() {
        return Optional.ofNullable(result);
    }

    void finish(CheckResult finished, String text) {
        result = finished;
        message.set(SecretRedactor.redact(text));
        state.set(RowState.of(finished.outcome()));
    }

    @Override
    public String toString() {
        return checkId + " " + state.get() + ": " + message.get();
    }
}
