package live.studio.show;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Optional;
import live.studio.compose.Layout;

/**
 * Every live action, as one value sent to the {@link ShowController}. The window, keyboard shortcuts, the run-sheet
 * cue engine and the remote-control API all send these; {@link ShowCommands} turns a name and JSON arguments into one.
 */
public sealed interface ShowCommand {

    /** The name the API and show files use, e.g. {@code product.show}. */
    String name();

    /** Shows a product's card; {@code product} is its id or its short code ({@code #12}). */
    record ShowProduct(String product) implements ShowCommand {
        public String name() {
            return "product.show";
        }
    }

    /** Shows the card of the product after the one last shown, in catalog order (the first when none was). */
    record ShowNextProduct() implements ShowCommand {
        public String name() {
            return "product.next";
        }
    }

    record HideProduct() implements ShowCommand {
        public String name() {
            return "product.hide";
        }
    }

    /** A flash-sale countdown for a duration or to a time of day (exactly one of them). */
    record StartCountdown(Optional<Duration> duration, Optional<LocalTime> until, String label, EndAction endAction,
                          Optional<String> promo) implements ShowCommand {
        public String name() {
            return "countdown.start";
        }
    }

    /** Adds (or with a negative value takes) seconds to the running countdown. */
    record AdjustCountdown(Duration change) implements ShowCommand {
        public String name() {
            return "countdown.adjust";
        }
    }

    record StopCountdown() implements ShowCommand {
        public String name() {
            return "countdown.stop";
        }
    }

    record ShowPromo(String code) implements ShowCommand {
        public String name() {
            return "promo.show";
        }
    }

    record HidePromo() implements ShowCommand {
        public String name() {
            return "promo.hide";
        }
    }

    record ShowLowerThird(String hostName, String role) implements ShowCommand {
        public String name() {
            return "lowerThird.show";
        }
    }

    record HideLowerThird() implements ShowCommand {
        public String name() {
            return "lowerThird.hide";
        }
    }

    record ShowBanner(String text) implements ShowCommand {
        public String name() {
            return "banner.show";
        }
    }

    record HideBanner() implements ShowCommand {
        public String name() {
            return "banner.hide";
        }
    }

    /** Puts a viewer's comment on air (the chat's pin sends this). */
    record PinComment(String author, String text, String platform) implements ShowCommand {
        public String name() {
            return "comment.pin";
        }
    }

    /** Puts the chat message with this feed id on air as the pinned comment (the id from the API's chat list). */
    record PinChatMessage(long message) implements ShowCommand {
        public String name() {
            return "chat.pin";
        }
    }

    record UnpinComment() implements ShowCommand {
        public String name() {
            return "comment.unpin";
        }
    }

    /** Sets a product's stock; its card and stock counter follow at once. */
    record SetStock(String product, int stock) implements ShowCommand {
        public String name() {
            return "stock.set";
        }
    }

    /** Shows the live stock counter of a product. */
    record ShowStock(String product) implements ShowCommand {
        public String name() {
            return "stock.show";
        }
    }

    record HideStock() implements ShowCommand {
        public String name() {
            return "stock.hide";
        }
    }

    /** Takes every graphic off air. */
    record HideAll() implements ShowCommand {
        public String name() {
            return "overlay.hideAll";
        }
    }

    /** Starts streaming to the destinations the studio has (the window's list, the command line's --output). */
    record StartStream() implements ShowCommand {
        public String name() {
            return "stream.start";
        }
    }

    record StopStream() implements ShowCommand {
        public String name() {
            return "stream.stop";
        }
    }

    /** Starts recording where the studio records (the window's folder, the command line's --record). */
    record StartRecording() implements ShowCommand {
        public String name() {
            return "record.start";
        }
    }

    record StopRecording() implements ShowCommand {
        public String name() {
            return "record.stop";
        }
    }

    record SetLayout(Layout layout) implements ShowCommand {
        public String name() {
            return "layout.set";
        }
    }

    /** Puts the oldest question of the chat that has not been answered on air as the pinned comment. */
    record PinNextQuestion() implements ShowCommand {
        public String name() {
            return "chat.pinNextQuestion";
        }
    }

    /** Starts the run-sheet from its first segment, live or as a rehearsal (outputs off). */
    record StartRunSheet(RunMode mode) implements ShowCommand {
        public StartRunSheet {
            java.util.Objects.requireNonNull(mode, "mode");
        }

        public String name() {
            return "runSheet.start";
        }
    }

    record StopRunSheet() implements ShowCommand {
        public String name() {
            return "runSheet.stop";
        }
    }

    /** Fires the current segment's next cue that waits for "go" (the host's space bar). */
    record GoCue() implements ShowCommand {
        public String name() {
            return "cue.go";
        }
    }

    /** Skips a cue that has not fired: the one named, or else the current segment's next one. */
    record SkipCue(Optional<String> cue) implements ShowCommand {
        public SkipCue {
            java.util.Objects.requireNonNull(cue, "cue");
        }

        public String name() {
            return "cue.skip";
        }
    }

    record NextSegment() implements ShowCommand {
        public String name() {
            return "segment.next";
        }
    }

    record PreviousSegment() implements ShowCommand {
        public String name() {
            return "segment.previous";
        }
    }

    record GoToSegment(String segment) implements ShowCommand {
        public String name() {
            return "segment.goto";
        }
    }

    /** Pauses the segment clock: timed cues wait, the segment does not end by itself. */
    record HoldShow() implements ShowCommand {
        public String name() {
            return "show.hold";
        }
    }

    record ResumeShow() implements ShowCommand {
        public String name() {
            return "show.resume";
        }
    }
}
