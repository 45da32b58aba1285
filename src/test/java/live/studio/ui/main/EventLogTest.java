package live.studio.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import live.studio.show.CommandSource;
import live.studio.show.ShowCommand;
import live.studio.show.ShowEvent;
import org.junit.jupiter.api.Test;

class EventLogTest {
    private static final Clock AT_2104 = Clock.fixed(Instant.parse("2026-11-21T21:04:09Z"), ZoneOffset.UTC);

    @Test
    void keepsTheNewestLinesUpToItsCapacityNewestLast() throws InterruptedException {
        TestUiThread ui = new TestUiThread();
        EventLog log = new EventLog(AT_2104, ui.uiThread());
        Thread other = Thread.ofPlatform().start(() -> {
            for (int line = 1; line <= EventLog.CAPACITY + 500; line++) {
                log.add(EventKind.COMMAND, "line " + line);
            }
        });
        other.join();
        ui.runPending();
        for (int line = EventLog.CAPACITY + 501; line <= EventLog.CAPACITY + 600; line++) {
            log.add(EventKind.CUE, "line " + line); // on the UI thread: shown at once
        }

        assertThat(log.entries()).hasSize(EventLog.CAPACITY);
        assertThat(log.entries().getLast().text()).isEqualTo("line " + (EventLog.CAPACITY + 600));
        assertThat(log.entries().getFirst().text()).isEqualTo("line " + (600 + 1 - log.droppedBeforeShown()));
    }

    @Test
    void filtersByKindAndCopiesWhatItShows() {
        TestUiThread ui = new TestUiThread();
        EventLog log = new EventLog(AT_2104, ui.uiThread());
        log.add(EventKind.COMMAND, "product.show product=lamp · from the keyboard");
        log.add(EventKind.OUTPUT, "YouTube: reconnecting in 3 s (connection lost)");

        log.filterProperty().set(Optional.of(EventKind.OUTPUT));

        assertThat(log.shown()).extracting(EventLogEntry::text).containsExactly("YouTube: reconnecting in 3 s (connection lost)");
        assertThat(log.shownAsText(ZoneOffset.UTC)).isEqualTo("21:04:09  OUTPUT  YouTube: reconnecting in 3 s (connection lost)");
        log.filterProperty().set(Optional.empty());
        assertThat(log.shown()).hasSize(2);
    }

    @Test
    void showEventsReadAsLinesWithWhoSentTheCommand() {
        ShowEvent command = new ShowEvent.CommandExecuted(1, AT_2104.millis(), new ShowCommand.ShowProduct("lamp"), CommandSource.CUE);
        ShowEvent skipped = new ShowEvent.CueSkipped(2, AT_2104.millis(), "ouverture", "ouverture-nom", "skipped by the operator");

        assertThat(ShowEventText.entry(command)).map(EventLogEntry::text).contains("product.show product=lamp · from the run-sheet cue");
        assertThat(ShowEventText.entry(skipped)).map(EventLogEntry::kind).contains(EventKind.CUE);
        assertThat(ShowEventText.entry(skipped)).map(EventLogEntry::text)
                .contains("Cue skipped: ouverture-nom (segment ouverture): skipped by the operator");
        assertThat(ShowEventText.entry(new ShowEvent.StockChanged(3, 0, "lamp", 2))).isEmpty();
    }
}
