package live.studio.ui.main;

/** A destination chip's colour: streaming, in trouble but trying, given up, or not streaming. */
public enum HealthLevel {
    OK, WARNING, FAILED, IDLE;

    /** {@code chip-ok}, {@code chip-warning}, {@code chip-failed}, {@code chip-idle}. */
    public String styleClass() {
        return "chip-" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
