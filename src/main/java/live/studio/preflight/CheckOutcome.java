package live.studio.preflight;

/** How a pre-flight check ended: Go Live is allowed unless one {@link #FAILED}. */
public enum CheckOutcome {
    OK, WARNING, FAILED
}
