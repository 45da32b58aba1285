package live.studio.overlay;

/** How a graphic comes on air and leaves it (the exit mirrors the entrance). */
public enum MotionStyle {
    FADE,
    SLIDE_FROM_LEFT,
    SLIDE_FROM_RIGHT,
    SLIDE_FROM_TOP,
    SLIDE_FROM_BOTTOM
}
