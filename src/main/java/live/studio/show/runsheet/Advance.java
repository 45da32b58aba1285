package live.studio.show.runsheet;

/** How a segment ends. */
public enum Advance {
    /** At its planned duration the next segment starts by itself (what a headless scripted show uses). */
    AUTOMATIC,
    /** It runs over until the operator moves on; the clock shows the overrun. */
    MANUAL
}
