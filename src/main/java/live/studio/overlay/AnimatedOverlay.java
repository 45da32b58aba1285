package live.studio.overlay;

/**
 * A graphic on air and its timing, in media time (the frame clock's nanoseconds). The compositor works out, for each
 * frame, how far its entrance or exit has gone and applies that as an offset and an opacity; a graphic hidden at
 * {@code hideAtNanos} is gone once its exit has played.
 */
public record AnimatedOverlay(RenderedOverlay rendered, long shownAtNanos, long hideAtNanos, Pulse pulse) {
    public static final long NEVER = Long.MAX_VALUE;

    public static AnimatedOverlay shownAt(RenderedOverlay rendered, long shownAtNanos) {
        return new AnimatedOverlay(rendered, shownAtNanos, NEVER, Pulse.NONE);
    }

    public AnimatedOverlay withContent(RenderedOverlay newRendered) {
        return new AnimatedOverlay(newRendered, shownAtNanos, hideAtNanos, pulse);
    }

    public AnimatedOverlay hiddenAt(long nanos) {
        return new AnimatedOverlay(rendered, shownAtNanos, Math.min(hideAtNanos, nanos), pulse);
    }

    public AnimatedOverlay withPulse(Pulse newPulse) {
        return new AnimatedOverlay(rendered, shownAtNanos, hideAtNanos, newPulse);
    }

    public OverlaySlot slot() {
        return rendered.slot();
    }

    /** True once the exit has fully played at {@code nanos}: nothing of it is drawn any more. */
    public boolean goneAt(long nanos) {
        return hideAtNanos != NEVER && nanos >= hideAtNanos + rendered.entrance().durationMs() * 1_000_000L;
    }
}
