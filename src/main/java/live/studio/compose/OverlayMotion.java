package live.studio.compose;

import live.studio.overlay.AnimatedOverlay;
import live.studio.overlay.Entrance;
import live.studio.overlay.MotionStyle;
import live.studio.overlay.Pulse;
import live.studio.overlay.Region;

/**
 * Where a graphic is and how opaque, in one frame: its entrance eases out, its exit eases in, a slide starts from
 * the canvas edge and travels in whole, a fade rises in place. Pure arithmetic on the frame time: nothing is drawn again.
 */
final class OverlayMotion {
    private static final long NANOS_PER_MILLI = 1_000_000L;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    /** The lowest opacity of a pulse, reached half-way through each second. */
    private static final double PULSE_LOW_OPACITY = 0.45;

    /** Offset from the graphic's home position and opacity (0 to 256). */
    record Pose(int offsetX, int offsetY, int opacity) {
        static final Pose HIDDEN = new Pose(0, 0, 0);
        static final Pose AT_REST = new Pose(0, 0, 256);
    }

    private OverlayMotion() {
    }

    static Pose at(AnimatedOverlay overlay, long frameNanos, int canvasWidth, int canvasHeight) {
        if (frameNanos < overlay.shownAtNanos() || overlay.goneAt(frameNanos)) {
            return Pose.HIDDEN;
        }
        Entrance entrance = overlay.rendered().entrance();
        double visible = visibleFraction(overlay, entrance, frameNanos);
        // A slide moves the graphic in whole, as broadcast graphics do: its first frame already shows its edge.
        double opacity = entrance.style() == MotionStyle.FADE ? visible : 1;
        if (overlay.pulse() == Pulse.EVERY_SECOND) {
            double phase = Math.floorMod(frameNanos - overlay.shownAtNanos(), NANOS_PER_SECOND) / (double) NANOS_PER_SECOND;
            double dip = Math.sin(Math.PI * phase);
            opacity *= 1 - (1 - PULSE_LOW_OPACITY) * dip * dip;
        }
        if (visible >= 1 && opacity >= 1) {
            return Pose.AT_REST;
        }
        Region bounds = overlay.rendered().bounds();
        double away = 1 - visible;
        int offsetX = 0;
        int offsetY = 0;
        switch (entrance.style()) {
            case SLIDE_FROM_LEFT -> offsetX = (int) Math.round(-away * bounds.right());
            case SLIDE_FROM_RIGHT -> offsetX = (int) Math.round(away * (canvasWidth - bounds.x()));
            case SLIDE_FROM_TOP -> offsetY = (int) Math.round(-away * bounds.bottom());
            case SLIDE_FROM_BOTTOM -> offsetY = (int) Math.round(away * (canvasHeight - bounds.y()));
            case FADE -> { }
        }
        return new Pose(offsetX, offsetY, (int) Math.round(opacity * 256));
    }

    /** 0 (off air) to 1 (fully on): the entrance eased out, times the exit eased in. */
    private static double visibleFraction(AnimatedOverlay overlay, Entrance entrance, long frameNanos) {
        long durationNanos = entrance.durationMs() * NANOS_PER_MILLI;
        if (durationNanos == 0) {
            return 1;
        }
        boolean leaving = overlay.hideAtNanos() != AnimatedOverlay.NEVER && frameNanos >= overlay.hideAtNanos();
        // Hidden during its entrance, a graphic leaves from where it had got to.
        long enteringUntil = leaving ? overlay.hideAtNanos() : frameNanos;
        double entered = Math.min(1, (enteringUntil - overlay.shownAtNanos()) / (double) durationNanos);
        double easedIn = 1 - Math.pow(1 - entered, 3);
        if (!leaving) {
            return easedIn;
        }
        double left = Math.min(1, (frameNanos - overlay.hideAtNanos()) / (double) durationNanos);
        return easedIn * (1 - left * left);
    }

    /** How far a scrolling layer has moved at {@code frameNanos}, in pixels, wrapped to its width. */
    static int scrollOffset(AnimatedOverlay overlay, int pixelsPerSecond, int layerWidth, long frameNanos) {
        long elapsedNanos = Math.max(0, frameNanos - overlay.shownAtNanos());
        long travelled = elapsedNanos / NANOS_PER_MILLI * pixelsPerSecond / 1_000L;
        return (int) (travelled % layerWidth);
    }
}
