package live.studio.show;

import live.studio.overlay.OverlaySlot;

/**
 * A change in the show, published to everyone who watches it (window, API event stream, run-sheet, log).
 * {@code sequence} increases by one per event; {@code epochMillis} is the wall-clock time it happened.
 */
public sealed interface ShowEvent {

    long sequence();

    long epochMillis();

    /** The event's name on the API's event stream, e.g. {@code overlay.shown}. */
    String type();

    record CommandExecuted(long sequence, long epochMillis, ShowCommand command, CommandSource source)
            implements ShowEvent {
        public String type() {
            return "command.executed";
        }
    }

    record OverlayShown(long sequence, long epochMillis, OverlaySlot slot, String detail) implements ShowEvent {
        public String type() {
            return "overlay.shown";
        }
    }

    record OverlayHidden(long sequence, long epochMillis, OverlaySlot slot, HideReason reason) implements ShowEvent {
        public String type() {
            return "overlay.hidden";
        }
    }

    record CountdownEnded(long sequence, long epochMillis, EndAction endAction) implements ShowEvent {
        public String type() {
            return "countdown.ended";
        }
    }

    record StockChanged(long sequence, long epochMillis, String productId, int stock) implements ShowEvent {
        public String type() {
            return "stock.changed";
        }
    }

    record CatalogChanged(long sequence, long epochMillis, int productCount, int promoCodeCount) implements ShowEvent {
        public String type() {
            return "catalog.changed";
        }
    }

    /** A run-sheet segment started (by the clock, the operator, or a resumed run). */
    record SegmentStarted(long sequence, long epochMillis, int index, String segmentId, String title,
                          SegmentEntry entry) implements ShowEvent {
        public String type() {
            return "segment.started";
        }
    }

    /** A cue's command was sent: {@code lateMillis} after its scheduled moment (0 for a go). */
    record CueFired(long sequence, long epochMillis, String segmentId, String cueId, String label, long lateMillis)
            implements ShowEvent {
        public String type() {
            return "cue.fired";
        }
    }

    /** A cue will not fire in this run: skipped by the operator, or its moment passed while it could not fire. */
    record CueSkipped(long sequence, long epochMillis, String segmentId, String cueId, String reason)
            implements ShowEvent {
        public String type() {
            return "cue.skipped";
        }
    }

    /** The run-sheet's run started, was held, resumed, finished or stopped. */
    record RunChanged(long sequence, long epochMillis, RunMode mode, String state) implements ShowEvent {
        public String type() {
            return "runSheet.changed";
        }
    }

    /** How a segment came on. */
    enum SegmentEntry {
        /** The run started with it. */
        START,
        /** The previous segment reached its planned end. */
        AUTOMATIC,
        /** The operator moved to it (next, previous, go to). */
        OPERATOR,
        /** A run saved before a crash was resumed in it. */
        RESUMED
    }
}
