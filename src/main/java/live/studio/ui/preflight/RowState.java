package live.studio.ui.preflight;

import live.studio.preflight.CheckOutcome;

/** A pre-flight row's state; its style class is {@code check-ok}, {@code check-warning}, ... */
public enum RowState {
    RUNNING, OK, WARNING, FAILED;

    static RowState of(CheckOutcome outcome) {
        return switch (outcome) {
            case OK -> OK;
            case WARNING -> WARNING;
            case FAILED -> FAILED;
        };
    }

    public String styleClass() {
        return "check-" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
