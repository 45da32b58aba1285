package live.studio.ui.shelf;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import live.studio.show.CommandSource;
import live.studio.show.ShowController;
import live.studio.show.ShowEvent;
import live.studio.show.ShowTime;
import live.studio.ui.commerce.CommerceViewModel;
import live.studio.ui.commerce.ShortcutAction;
import live.studio.ui.commerce.ShortcutMap;
import live.studio.ui.commerce.ShowActions;
import live.studio.ui.common.UiThread;

/**
 * The window's side of the show: the product shelf and the commerce controls over one show controller, and what each
 * shortcut does. It follows the controller from any thread without ever blocking it: every change is handed to the UI
 * thread as one coalesced refresh that reads the controller's state, so a burst of commands costs one refresh.
 */
public final class ShowDesk implements AutoCloseable {
    private final ShowController controller;
    private final ShelfViewModel shelf;
    private final CommerceViewModel commerce;
    private final ShortcutMap shortcuts;
    private final Runnable refreshOnUi;
    private final Consumer<ShowEvent> activityListener;
    private volatile boolean open;
    private Consumer<CommandSource> nextCue;

    /**
     * @param time   the show's media clock, the one the controller runs on (a promo code's time left)
     * @param locale how prices are written
     */
    public ShowDesk(ShowController controller, ShowTime time, UiThread ui, ThumbnailLoader thumbnails,
                    ShortcutMap shortcuts, Locale locale, ZoneId zone) {
        this.controller = Objects.requireNonNull(controller);
        this.shortcuts = Objects.requireNonNull(shortcuts);
        ShowActions actions = new ShowActions(controller);
        nextCue = source -> actions.send(new live.studio.show.ShowCommand.GoCue(), source);
        shelf = new ShelfViewModel(actions, thumbnails, shortcuts, locale);
        commerce = new CommerceViewModel(actions, time, zone);
        refreshOnUi = ui.coalescing(this::refresh);
        Consumer<ShowEvent> latestActivity = ui.latestWins(commerce::tell);
        activityListener = event -> {
            if (CommerceViewModel.worthTelling(event)) {
                latestActivity.accept(event);
            }
        };
    }

    /**
     * Starts following the controller. Changes are watched after the controller has updated its state (its events
     * come just before), so the refresh always reads the state the change made.
     */
    public void start() {
        open = true;
        controller.watchChanges(() -> {
            if (open) {
                refreshOnUi.run();
            }
        });
        controller.subscribe(activityListener);
        refreshOnUi.run();
    }

    /** Reads everything back from the controller; the view also calls it a few times a second for the clocks. */
    public void refresh() {
        if (open) {
            shelf.refresh();
            commerce.refresh();
        }
    }

    /** What a key does; every command goes out as {@link CommandSource#SHORTCUT}. */
    public void perform(ShortcutAction action) {
        CommandSource source = CommandSource.SHORTCUT;
        if (action.productPosition().isPresent()) {
            shelf.toggleAt(action.productPosition().getAsInt(), source);
            return;
        }
        switch (action) {
            case HIDE_PRODUCT -> shelf.hideCard(source);
            case NEXT_PRODUCT -> shelf.showNext(source);
            case HIDE_ALL -> commerce.hideAll(source);
            case START_COUNTDOWN -> commerce.countdown().startUnlessRunning(source);
            case STOP_COUNTDOWN -> commerce.countdown().stop(source);
            case TOGGLE_PROMO -> commerce.promos().toggleFirst(source);
            case TOGGLE_LOWER_THIRD -> commerce.lowerThird().toggle(source);
            case TOGGLE_BANNER -> commerce.banner().toggle(source);
            case NEXT_CUE -> nextCue.accept(source);
            default -> throw new IllegalStateException("no handling for " + action);
        }
        shelf.refresh();
    }

    /**
     * What the next-cue key does; by default it sends {@code cue.go}. The host view sets its own, which says a refusal
     * ("no cue waits for go") where the host looks.
     */
    public void onNextCue(Consumer<CommandSource> action) {
        nextCue = java.util.Objects.requireNonNull(action);
    }

    public ShelfViewModel shelf() {
        return shelf;
    }

    public CommerceViewModel commerce() {
        return commerce;
    }

    public ShortcutMap shortcuts() {
        return shortcuts;
    }

    /** Stops following the controller (the controller has no way to forget a change watcher: it is ignored). */
    @Override
    public void close() {
        open = false;
        controller.unsubscribe(activityListener);
    }
}
