package live.studio.ui.main;

import java.time.Instant;
import java.util.Optional;
import live.studio.show.CommandSource;
import live.studio.show.ShowCommand;
import live.studio.show.ShowEvent;
import live.studio.ui.common.Messages;

/**
 * The show's events as event-log lines: commands with who sent them, cues fired or skipped, segments, the run.
 * Overlays shown and hidden are left out: the command that did it is already there.
 */
public final class ShowEventText {
    private static final Messages TEXT = Messages.of(ShowEventText.class);
    /** A command's arguments may carry a viewer's words (a pinned comment): the log shows the start. */
    private static final int ARGUMENTS_SHOWN = 120;

    private ShowEventText() {
    }

    /** The line for {@code event}, or empty for an event the log leaves out. Any thread (the controller's). */
    public static Optional<EventLogEntry> entry(ShowEvent event) {
        Instant time = Instant.ofEpochMilli(event.epochMillis());
        return switch (event) {
            case ShowEvent.CommandExecuted executed -> Optional.of(new EventLogEntry(time, EventKind.COMMAND,
                    TEXT.text("log.command", command(executed.command()), source(executed.source()))));
            case ShowEvent.CueFired fired -> Optional.of(new EventLogEntry(time, EventKind.CUE, fired.lateMillis() > 0
                    ? TEXT.text("log.cue-fired-late", name(fired.label(), fired.cueId()), fired.segmentId(), fired.lateMillis())
                    : TEXT.text("log.cue-fired", name(fired.label(), fired.cueId()), fired.segmentId())));
            case ShowEvent.CueSkipped skipped -> Optional.of(new EventLogEntry(time, EventKind.CUE,
                    TEXT.text("log.cue-skipped", skipped.cueId(), skipped.segmentId(), skipped.reason())));
            case ShowEvent.SegmentStarted started -> Optional.of(new EventLogEntry(time, EventKind.SEGMENT,
                    TEXT.text("log.segment-started", started.index() + 1, started.title(),
                            entry(started.entry()))));
            case ShowEvent.RunChanged run -> Optional.of(new EventLogEntry(time, EventKind.SEGMENT,
                    TEXT.text("log.run-changed", run.mode().name().toLowerCase(java.util.Locale.ROOT), run.state())));
            case ShowEvent.CountdownEnded ended -> Optional.of(new EventLogEntry(time, EventKind.COMMAND,
                    TEXT.text("log.countdown-ended", ended.endAction().name().toLowerCase(java.util.Locale.ROOT))));
            case ShowEvent.CatalogChanged catalog -> Optional.of(new EventLogEntry(time, EventKind.NOTICE,
                    TEXT.text("log.catalog", catalog.productCount(), catalog.promoCodeCount())));
            case ShowEvent.OverlayShown shown -> Optional.empty();
            case ShowEvent.OverlayHidden hidden -> Optional.empty();
            case ShowEvent.StockChanged stock -> Optional.empty();
        };
    }

    /** "product.show product=lamp": the command's name and its arguments as the record holds them. */
    static String command(ShowCommand command) {
        String text = command.toString();
        int open = text.indexOf('[');
        String arguments = open < 0 || !text.endsWith("]") ? "" : text.substring(open + 1, text.length() - 1);
        if (arguments.length() > ARGUMENTS_SHOWN) {
            arguments = arguments.substring(0, ARGUMENTS_SHOWN) + "…";
        }
        return arguments.isEmpty() ? command.name() : command.name() + " " + arguments;
    }

    /** Who sent a command, in the operator's words: window, key, API, cue, chat, show. */
    public static String source(CommandSource source) {
        return switch (source) {
            case WINDOW -> TEXT.text("source.window");
            case SHORTCUT -> TEXT.text("source.shortcut");
            case CUE -> TEXT.text("source.cue");
            case API -> TEXT.text("source.api");
            case CHAT -> TEXT.text("source.chat");
            case SHOW -> TEXT.text("source.show");
        };
    }

    private static String entry(ShowEvent.SegmentEntry entry) {
        return switch (entry) {
            case START -> TEXT.text("log.entry.start");
            case AUTOMATIC -> TEXT.text("log.entry.automatic");
            case OPERATOR -> TEXT.text("log.entry.operator");
            case RESUMED -> TEXT.text("log.entry.resumed");
        };
    }

    private static String name(String label, String id) {
        return label == null || label.isBlank() ? id : label;
    }
}
