package live.studio.ui.main;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import live.studio.ui.common.UiThread;

/**
 * The producer's record of the show: commands and who sent them, cues, segments, outputs' state changes, the
 * recording, notices. Bounded ({@link #CAPACITY} lines, the oldest go first), newest last. Lines may arrive from any
 * thread through {@link #add}: they wait in a bounded queue and reach the list in one coalesced step on the UI thread,
 * so a burst of commands costs one refresh and never blocks the thread that sent them.
 */
public final class EventLog {
    public static final int CAPACITY = 2000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Clock clock;
    private final ObservableList<EventLogEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<EventLogEntry> entriesView = FXCollections.unmodifiableObservableList(entries);
    private final FilteredList<EventLogEntry> shown = new FilteredList<>(entries);
    private final ObjectProperty<Optional<EventKind>> filter = new SimpleObjectProperty<>(this, "filter", Optional.empty());
    private final ConcurrentLinkedQueue<EventLogEntry> arriving = new ConcurrentLinkedQueue<>();
    private final AtomicInteger waiting = new AtomicInteger();
    private final AtomicLong droppedBeforeShown = new AtomicLong();
    private final Runnable drainOnUi;

    public EventLog(Clock clock, UiThread ui) {
        this.clock = Objects.requireNonNull(clock);
        drainOnUi = ui.coalescing(this::drain);
        filter.addListener((observable, before, after) ->
                shown.setPredicate(after.isEmpty() ? null : entry -> entry.kind() == after.get()));
    }

    /** Any thread: a line stamped now. */
    public void add(EventKind kind, String text) {
        add(new EventLogEntry(clock.instant(), kind, text));
    }

    /** Any thread. A flood beyond the log's capacity is counted, not queued: the log keeps its newest lines anyway. */
    public void add(EventLogEntry entry) {
        if (waiting.incrementAndGet() > CAPACITY) {
            waiting.decrementAndGet();
            droppedBeforeShown.incrementAndGet();
            return;
        }
        arriving.add(entry);
        drainOnUi.run();
    }

    private void drain() {
        List<EventLogEntry> batch = new ArrayList<>();
        for (EventLogEntry entry = arriving.poll(); entry != null; entry = arriving.poll()) {
            waiting.decrementAndGet();
            batch.add(entry);
        }
        if (batch.isEmpty()) {
            return;
        }
        int overflow = entries.size() + batch.size() - CAPACITY;
        if (overflow > 0) {
            if (overflow >= entries.size()) {
                entries.setAll(batch.subList(batch.size() - CAPACITY, batch.size()));
                return;
            }
            entries.remove(0, overflow);
        }
        entries.addAll(batch);
    }

    /** Every line kept, oldest first (UI thread). */
    public ObservableList<EventLogEntry> entries() {
        return entriesView;
    }

    /** The lines of the kind chosen in {@link #filterProperty()} (all when none). */
    public ObservableList<EventLogEntry> shown() {
        return shown;
    }

    /** One kind, or empty for every kind. */
    public ObjectProperty<Optional<EventKind>> filterProperty() {
        return filter;
    }

    /** Lines that arrived faster than the window could show them and were left out. */
    public long droppedBeforeShown() {
        return droppedBeforeShown.get();
    }

    /** The shown lines as text, one a line, for the clipboard. */
    public String shownAsText(ZoneId zone) {
        return shown.stream().map(entry -> line(entry, zone)).collect(Collectors.joining(System.lineSeparator()));
    }

    /** "21:04:09  COMMAND  product.show product=lamp · shortcut". */
    public static String line(EventLogEntry entry, ZoneId zone) {
        return time(entry.time(), zone) + "  " + entry.kind().name() + "  " + entry.text();
    }

    public static String time(Instant time, ZoneId zone) {
        return TIME.format(time.atZone(zone));
    }
}
