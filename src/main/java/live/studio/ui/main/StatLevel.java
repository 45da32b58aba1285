package live.studio.ui.main;

/** How a figure of the stats bar looks: as expected, worth a glance, or a problem now. */
public enum StatLevel {
    OK, WARNING, BAD;

    /** The style class the stats bar gives it: {@code stat-ok}, {@code stat-warning}, {@code stat-bad}. */
    public String styleClass() {
        return "stat-" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
