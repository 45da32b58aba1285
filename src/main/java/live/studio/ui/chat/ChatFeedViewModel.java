package live.studio.ui.chat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import live.studio.chat.ChatService;
import live.studio.chat.ChatSource;
import live.studio.chat.CommandCounts;
import live.studio.chat.CommandKind;
import live.studio.chat.ConnectorHealth;
import live.studio.chat.FeedMessage;
import live.studio.chat.ModerationEvent;
import live.studio.chat.PinTarget;
import live.studio.chat.Platform;
import live.studio.ui.common.UiThread;

/**
 * The host's chat feed: every platform in one list, newest at the bottom, with the questions queue, keyword alerts,
 * command counts, local hiding, platform filters, pinning and the autoscroll state. Every property and list is read
 * and changed on the UI thread only.
 *
 * <p>Messages cross from the connectors' threads through ONE coalescing hand-off: they wait in a bounded queue and a
 * single pending UI task takes them all in one batch, whatever the rate; at most {@link #BACKING_STORE} messages are
 * kept (the oldest go first), so memory stays bounded however long the show runs. The list itself changes at most
 * every {@link #MINIMUM_REFRESH} (a quiet chat shows each message at once; under a flood the view calls
 * {@link #refreshIfDue()} and the list moves ten times a second, since every change redraws every visible row and
 * nobody reads a thousand messages a second anyway). The questions queue, the alerts and the command counts move at
 * most every {@link #SIDE_LISTS_REFRESH_FACTOR} refreshes (once a second): each of their changes measures and lays out
 * wrapped rows and titles again, and a host answers questions at a human pace.
 */
public final class ChatFeedViewModel implements AutoCloseable {
    public static final int BACKING_STORE = 5000;
    /** The list moves at most this often under a flood. */
    public static final java.time.Duration MINIMUM_REFRESH = java.time.Duration.ofMillis(100);
    /** The questions, alerts and command counts move once per this many feed refreshes at most. */
    static final int SIDE_LISTS_REFRESH_FACTOR = 10;
    static final int QUESTIONS_KEPT = 300;
    static final int ALERTS_KEPT = 200;

    private final ChatService service;
    private final PinTarget pinTarget;
    private final UiThread ui;

    // Crossing from the connector threads: bounded, one pending drain at most.
    private final ConcurrentLinkedQueue<FeedMessage> incoming = new ConcurrentLinkedQueue<>();
    private final AtomicInteger incomingSize = new AtomicInteger();
    private final AtomicLong droppedBeforeShown = new AtomicLong();
    private final AtomicBoolean healthChanged = new AtomicBoolean(true);
    private final ConcurrentLinkedQueue<ModerationEvent> moderation = new ConcurrentLinkedQueue<>();
    private final Runnable drain;
    private final Consumer<FeedMessage> feedListener;

    // UI-thread state.
    private final ObservableList<FeedMessage> messages = FXCollections.observableArrayList();
    private final FilteredList<FeedMessage> visible = new FilteredList<>(messages, message -> true);
    private final ObservableList<FeedMessage> questions = FXCollections.observableArrayList();
    private final ObservableList<FeedMessage> alerts = FXCollections.observableArrayList();
    private final ObservableList<ConnectorHealth> connectors = FXCollections.observableArrayList();
    private final Set<Long> hiddenMessages = new HashSet<>();
    private final Set<Long> removedByModerators = new HashSet<>();
    private final Set<String> hiddenAuthors = new HashSet<>();
    private final Set<Long> answered = new HashSet<>();
    private final Map<Platform, BooleanProperty> platformShown = new EnumMap<>(Platform.class);
    private final ReadOnlyObjectWrapper<FeedMessage> pinned = new ReadOnlyObjectWrapper<>(this, "pinned");
    private final ReadOnlyObjectWrapper<AutoscrollState> autoscroll = new ReadOnlyObjectWrapper<>(this, "autoscroll", AutoscrollState.FOLLOWING);
    private final ReadOnlyIntegerWrapper unseen = new ReadOnlyIntegerWrapper(this, "unseen");
    private final ReadOnlyStringWrapper commandSummary = new ReadOnlyStringWrapper(this, "commandSummary", "");
    private final ReadOnlyLongWrapper batches = new ReadOnlyLongWrapper(this, "batches");
    private final ReadOnlyIntegerWrapper lastBatchTrimmedVisible = new ReadOnlyIntegerWrapper(this, "lastBatchTrimmedVisible");
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final List<FeedMessage> held = new ArrayList<>();
    private final List<FeedMessage> heldQuestions = new ArrayList<>();
    private final List<FeedMessage> heldAlerts = new ArrayList<>();
    private boolean commandsChanged;
    private long lastSideRefreshNanos;
    private boolean sideRefreshedOnce;
    private final long minimumRefreshNanos;
    private final java.util.function.LongSupplier nanoClock;
    private long lastRefreshNanos;
    private boolean refreshedOnce;
    private boolean hovering;
    private boolean scrolledAway;

    public ChatFeedViewModel(ChatService service, PinTarget pinTarget, UiThread ui) {
        this(service, pinTarget, ui, MINIMUM_REFRESH, System::nanoTime);
    }

    /** With another refresh interval ({@code Duration.ZERO}: every batch at once) and clock, for tests. */
    ChatFeedViewModel(ChatService service, PinTarget pinTarget, UiThread ui, java.time.Duration minimumRefresh,
                      java.util.function.LongSupplier nanoClock) {
        this.minimumRefreshNanos = minimumRefresh.toNanos();
        this.nanoClock = Objects.requireNonNull(nanoClock);
        this.service = Objects.requireNonNull(service);
        this.pinTarget = Objects.requireNonNull(pinTarget);
        this.ui = Objects.requireNonNull(ui);
        for (Platform platform : Platform.values()) {
            BooleanProperty shown = new SimpleBooleanProperty(this, "shown-" + platform, true);
            shown.addListener((observable, before, after) -> refilter());
            platformShown.put(platform, shown);
        }
        this.drain = ui.coalescing(this::drainOnUi);
        this.feedListener = this::offer;
        service.feed().addListener(feedListener);
        service.addHealthListener(health -> {
            healthChanged.set(true);
            drain.run();
        });
        service.addModerationListener(event -> {
            moderation.add(event);
            drain.run();
        });
        drain.run();
    }

    // ---- the hand-off (any thread) ----

    private void offer(FeedMessage message) {
        incoming.add(message);
        if (incomingSize.incrementAndGet() > BACKING_STORE && incoming.poll() != null) {
            // The UI is further behind than it could ever show: the oldest waiting message would be trimmed anyway.
            incomingSize.decrementAndGet();
            droppedBeforeShown.incrementAndGet();
        }
        drain.run();
    }

    // ---- the UI thread ----

    private void drainOnUi() {
        if (healthChanged.getAndSet(false)) {
            connectors.setAll(service.health());
        }
        FeedMessage message;
        while ((message = incoming.poll()) != null) {
            incomingSize.decrementAndGet();
            held.add(message);
        }
        if (held.size() > BACKING_STORE) {
            droppedBeforeShown.addAndGet(held.size() - BACKING_STORE);
            held.subList(0, held.size() - BACKING_STORE).clear();
        }
        boolean moderated = !moderation.isEmpty();
        if (moderated || nanoClock.getAsLong() - lastRefreshNanos >= minimumRefreshNanos || !refreshedOnce) {
            flushHeld(); // what moderators removed must be in the list to be hidden
        }
        ModerationEvent event;
        while ((event = moderation.poll()) != null) {
            apply(event);
        }
    }

    /** Shows what waits for the next refresh; the view calls this every {@link #MINIMUM_REFRESH}. */
    public void refreshIfDue() {
        if (!held.isEmpty() && nanoClock.getAsLong() - lastRefreshNanos >= minimumRefreshNanos) {
            flushHeld();
        }
        refreshSideListsIfDue();
    }

    private void flushHeld() {
        if (held.isEmpty()) {
            return;
        }
        List<FeedMessage> batch = new ArrayList<>(held);
        held.clear();
        lastRefreshNanos = nanoClock.getAsLong();
        refreshedOnce = true;
        addBatch(batch);
    }

    /** Hides what a platform's moderators removed (even "show hidden" keeps it hidden) and takes it off the screen. */
    private void apply(ModerationEvent event) {
        boolean changed = false;
        for (FeedMessage removed : messages) {
            if (event.removes(removed.message()) && removedByModerators.add(removed.id())) {
                changed = true;
                questions.removeIf(question -> question.id() == removed.id());
                alerts.removeIf(alert -> alert.id() == removed.id());
                if (isPinned(removed)) {
                    unpin();
                }
            }
        }
        if (changed) {
            refilter();
        }
    }

    private void addBatch(List<FeedMessage> batch) {
        if (batch.size() > BACKING_STORE) {
            batch = batch.subList(batch.size() - BACKING_STORE, batch.size());
        }
        int visibleBefore = visible.size();
        int overflow = messages.size() + batch.size() - BACKING_STORE;
        int trimmedVisible = 0;
        if (overflow > 0) {
            int fromMessages = Math.min(overflow, messages.size());
            Predicate<FeedMessage> shows = showsPredicate();
            for (int index = 0; index < fromMessages; index++) {
                FeedMessage removed = messages.get(index);
                if (shows.test(removed)) {
                    trimmedVisible++;
                }
                hiddenMessages.remove(removed.id());
                removedByModerators.remove(removed.id());
                answered.remove(removed.id());
            }
            messages.remove(0, fromMessages);
            if (overflow > fromMessages) {
                batch = batch.subList(overflow - fromMessages, batch.size());
            }
        }
        messages.addAll(batch);
        for (FeedMessage added : batch) {
            if (added.signals().question()) {
                heldQuestions.add(added);
            }
            if (!added.signals().alerts().isEmpty()) {
                heldAlerts.add(added);
            }
        }
        trimHeld(heldQuestions, QUESTIONS_KEPT);
        trimHeld(heldAlerts, ALERTS_KEPT);
        commandsChanged = true;
        if (autoscroll.get() != AutoscrollState.FOLLOWING) {
            unseen.set(unseen.get() + Math.max(0, visible.size() - (visibleBefore - trimmedVisible)));
        }
        lastBatchTrimmedVisible.set(trimmedVisible);
        batches.set(batches.get() + 1);
        refreshSideListsIfDue();
    }

    private static void trimHeld(List<FeedMessage> held, int limit) {
        if (held.size() > limit) {
            held.subList(0, held.size() - limit).clear();
        }
    }

    /**
     * Moves the questions, alerts and command counts when their last change is a second old (at once in a quiet chat):
     * one change per list, whatever arrived meanwhile. What was answered, hidden or removed meanwhile stays out.
     */
    private void refreshSideListsIfDue() {
        if (heldQuestions.isEmpty() && heldAlerts.isEmpty() && !commandsChanged) {
            return;
        }
        long now = nanoClock.getAsLong();
        if (sideRefreshedOnce && now - lastSideRefreshNanos < minimumRefreshNanos * SIDE_LISTS_REFRESH_FACTOR) {
            return;
        }
        sideRefreshedOnce = true;
        lastSideRefreshNanos = now;
        Predicate<FeedMessage> kept = held -> !hiddenMessages.contains(held.id()) && !removedByModerators.contains(held.id())
                && !hiddenAuthors.contains(authorKey(held));
        boundedAddAll(questions, heldQuestions.stream().filter(kept).filter(question -> !answered.contains(question.id())).toList(),
                QUESTIONS_KEPT);
        boundedAddAll(alerts, heldAlerts.stream().filter(kept).toList(), ALERTS_KEPT);
        heldQuestions.clear();
        heldAlerts.clear();
        if (commandsChanged) {
            commandsChanged = false;
            commandSummary.set(summary(service.commandCounts().snapshot()));
        }
    }

    private static void boundedAddAll(ObservableList<FeedMessage> list, List<FeedMessage> added, int limit) {
        if (added.isEmpty()) {
            return;
        }
        List<FeedMessage> kept = added.size() > limit ? added.subList(added.size() - limit, added.size()) : added;
        int overflow = list.size() + kept.size() - limit;
        if (overflow > 0) {
            List<FeedMessage> next = new ArrayList<>(list.subList(Math.min(overflow, list.size()), list.size()));
            next.addAll(kept);
            list.setAll(next);
        } else {
            list.addAll(kept);
        }
    }

    static String summary(CommandCounts.Snapshot counts) {
        List<String> parts = new ArrayList<>();
        for (CommandKind kind : CommandKind.values()) {
            long count = counts.total(kind);
            if (count > 0) {
                parts.add(kind.written() + " " + count);
            }
        }
        return String.join(" · ", parts);
    }

    /** The messages shown, newest last (platform filters and hiding applied). */
    public ObservableList<FeedMessage> visibleMessages() {
        return visible;
    }

    /** Every message kept, hidden or not (at most {@link #BACKING_STORE}). */
    public ObservableList<FeedMessage> allMessages() {
        return FXCollections.unmodifiableObservableList(messages);
    }

    /** Questions not yet answered, oldest first. */
    public ObservableList<FeedMessage> questions() {
        return questions;
    }

    /** Messages that raised a keyword alert, oldest first. */
    public ObservableList<FeedMessage> alerts() {
        return alerts;
    }

    public ObservableList<ConnectorHealth> connectors() {
        return connectors;
    }

    /** Reads every connector's health again (message counts, lag, the next attempt's countdown). */
    public void refreshHealth() {
        connectors.setAll(service.health());
    }

    public BooleanProperty platformShownProperty(Platform platform) {
        return platformShown.get(platform);
    }

    public ReadOnlyObjectProperty<FeedMessage> pinnedProperty() {
        return pinned.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<AutoscrollState> autoscrollProperty() {
        return autoscroll.getReadOnlyProperty();
    }

    /** Messages that arrived while autoscroll was paused. */
    public ReadOnlyIntegerProperty unseenProperty() {
        return unseen.getReadOnlyProperty();
    }

    /** {@code !buy 12 · !price 4 · !code 7 · #N 3}. */
    public ReadOnlyStringProperty commandSummaryProperty() {
        return commandSummary.getReadOnlyProperty();
    }

    /** Increases after every batch taken from the hand-off: the view scrolls then. */
    public ReadOnlyLongProperty batchesProperty() {
        return batches.getReadOnlyProperty();
    }

    /** How many shown messages the last batch pushed out at the top (a paused view shifts by that much). */
    public ReadOnlyIntegerProperty lastBatchTrimmedVisibleProperty() {
        return lastBatchTrimmedVisible.getReadOnlyProperty();
    }

    /** Increases when a message's marks change (pinned, answered): cells redraw then. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** Messages that never reached the list because the UI was thousands behind. */
    public long droppedBeforeShown() {
        return droppedBeforeShown.get();
    }

    public boolean isAnswered(FeedMessage message) {
        return answered.contains(message.id());
    }

    public boolean isPinned(FeedMessage message) {
        FeedMessage current = pinned.get();
        return current != null && current.id() == message.id();
    }

    // ---- actions ----

    /** Puts the message on air, or takes it off when it is the one on air. */
    public void togglePin(FeedMessage message) {
        if (isPinned(message)) {
            unpin();
        } else {
            pinTarget.pin(message.message());
            pinned.set(message);
            revision.set(revision.get() + 1);
        }
    }

    public void unpin() {
        if (pinned.get() != null) {
            pinTarget.unpin();
            pinned.set(null);
            revision.set(revision.get() + 1);
        }
    }

    public void markAnswered(FeedMessage message) {
        answered.add(message.id());
        questions.removeIf(question -> question.id() == message.id());
        revision.set(revision.get() + 1);
    }

    /** Hides one message here (the platform still shows it). */
    public void hideMessage(FeedMessage message) {
        hiddenMessages.add(message.id());
        questions.removeIf(question -> question.id() == message.id());
        alerts.removeIf(alert -> alert.id() == message.id());
        if (isPinned(message)) {
            unpin();
        }
        refilter();
    }

    /** Hides everything one viewer wrote and will write, on that platform. */
    public void hideAuthor(FeedMessage message) {
        String key = authorKey(message);
        hiddenAuthors.add(key);
        questions.removeIf(question -> authorKey(question).equals(key));
        alerts.removeIf(alert -> authorKey(alert).equals(key));
        if (pinned.get() != null && authorKey(pinned.get()).equals(key)) {
            unpin();
        }
        refilter();
    }

    /** Shows every hidden message and viewer again. */
    public void showHidden() {
        hiddenMessages.clear();
        hiddenAuthors.clear();
        refilter();
    }

    public int hiddenAuthorCount() {
        return hiddenAuthors.size();
    }

    /** The pointer entered or left the feed. */
    public void hostHovering(boolean over) {
        hovering = over;
        updateAutoscroll();
    }

    /** The host scrolled: {@code atBottom} when the newest message is in view. */
    public void hostScrolled(boolean atBottom) {
        scrolledAway = !atBottom;
        updateAutoscroll();
    }

    /** The "newest" button: back to the bottom, following again. */
    public void jumpToLatest() {
        scrolledAway = false;
        hovering = false;
        updateAutoscroll();
    }

    /** Reads a source written as on the command line; returns "" or what is wrong with it. */
    public String connect(String sourceText) {
        try {
            service.connect(ChatSource.parse(sourceText));
            healthChanged.set(true);
            drain.run();
            return "";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    public void disconnect(String label) {
        service.disconnect(label);
    }

    /** The host's keywords, comma separated. */
    public void setAlertKeywords(String commaSeparated) {
        service.setAlertKeywords(List.of(commaSeparated.split(",")).stream().map(String::strip).filter(k -> !k.isEmpty()).toList());
    }

    public String alertKeywords() {
        return String.join(", ", service.alertKeywords());
    }

    @Override
    public void close() {
        service.feed().removeListener(feedListener);
    }

    private void updateAutoscroll() {
        AutoscrollState state = scrolledAway ? AutoscrollState.PAUSED_SCROLLED
                : hovering ? AutoscrollState.PAUSED_HOVER : AutoscrollState.FOLLOWING;
        autoscroll.set(state);
        if (state == AutoscrollState.FOLLOWING) {
            unseen.set(0);
        }
    }

    private void refilter() {
        visible.setPredicate(showsPredicate());
    }

    private Predicate<FeedMessage> showsPredicate() {
        Set<Platform> shown = EnumSet.noneOf(Platform.class);
        platformShown.forEach((platform, property) -> {
            if (property.get()) {
                shown.add(platform);
            }
        });
        Set<Long> hiddenIds = new HashSet<>(hiddenMessages);
        hiddenIds.addAll(removedByModerators);
        Set<String> hiddenKeys = Set.copyOf(hiddenAuthors);
        return message -> shown.contains(message.message().platform()) && !hiddenIds.contains(message.id())
                && !hiddenKeys.contains(authorKey(message));
    }

    private static String authorKey(FeedMessage message) {
        return message.message().platform().name().toLowerCase(Locale.ROOT) + ":" + message.message().author().id();
    }
}
