package live.studio.overlay;

/** The weights the bundled font files come in. */
public enum FontWeight {
    REGULAR,
    SEMI_BOLD,
    BOLD,
    EXTRA_BOLD,
    BLACK
}
