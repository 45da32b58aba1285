package live.studio.overlay;

/** A per-frame emphasis the compositor adds to a graphic on air. */
public enum Pulse {
    NONE,
    /** Once a second the graphic dims and comes back: a flash sale's last seconds. */
    EVERY_SECOND
}
