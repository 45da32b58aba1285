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
}
