package live.studio.overlay;

/** A graphic's way on and off air; the compositor applies it per frame as a cheap offset and opacity. */
public record Entrance(MotionStyle style, int durationMs) {
    public static final Entrance NONE = new Entrance(MotionStyle.FADE, 0);

    public Entrance {
        if (durationMs < 0 || durationMs > 5_000) {
            throw new IllegalArgumentException("entrance duration must be 0 to 5000 ms, got " + durationMs);
        }
    }
}
