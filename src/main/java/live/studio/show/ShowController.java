package live.studio.show;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import live.studio.catalog.Catalog;
import live.studio.catalog.Product;
import live.studio.catalog.PromoCode;
import live.studio.catalog.PromoValidity;
import live.studio.overlay.OverlaySlot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place every live action goes: the window, shortcuts, the cue engine and the API send {@link ShowCommand}s
 * here; every change is published as a {@link ShowEvent}. It holds what is on air as references and times (never
 * pixels) and keeps the show's timers: countdowns that end, promo codes that expire.
 *
 * <p>Commands run at once on the caller's thread under one lock and take microseconds; drawing happens elsewhere
 * ({@link OverlayDirector}). Listeners are called under that lock, in order: they must return at once (hand off to
 * their own thread) and must not call back into the controller.
 */
public final class ShowController {
    private static final Logger LOG = LoggerFactory.getLogger(ShowController.class);
    /** How long "Deal over" stays on air after a countdown ends. */
    public static final Duration DEAL_OVER_HOLD = Duration.ofSeconds(3);

    private final ShowTime time;
    private final List<Consumer<ShowEvent>> listeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> changeWatchers = new CopyOnWriteArrayList<>();
    private final Map<OverlaySlot, Graphic> onAir = new EnumMap<>(OverlaySlot.class);
    private Catalog catalog;
    private Optional<String> lastProductId = Optional.empty();
    private long nextSequence = 1;
    private volatile ShowState state;
    private ProgramActions programActions;
    private ChatMessages chatMessages;
    private RunSheetActions runSheet;

    public ShowController(Catalog catalog, ShowTime time) {
        this.catalog = catalog;
        this.time = time;
        this.state = snapshot();
    }

    /**
     * Who carries out {@code stream.*}, {@code record.*} and {@code layout.set}; without one those commands are refused
     * ("not available in this studio").
     */
    public synchronized void setProgramActions(ProgramActions actions) {
        programActions = actions;
    }

    /**
     * Who carries out the run-sheet's commands ({@code cue.*}, {@code segment.*}, {@code show.hold},
     * {@code show.resume}, {@code runSheet.*}); without one they are refused. In a rehearsal the controller refuses
     * {@code stream.start} and {@code record.start}, whoever sends them.
     */
    public synchronized void setRunSheetActions(RunSheetActions actions) {
        runSheet = actions;
    }

    private RunSheetActions runSheet() throws CommandException {
        if (runSheet == null) {
            throw new CommandException("command", "no run-sheet is loaded in this studio: open a show file first");
        }
        return runSheet;
    }

    private void refuseInRehearsal(ShowCommand command) throws CommandException {
        if (runSheet != null && runSheet.mode() == RunMode.REHEARSAL) {
            throw new CommandException("command", command.name() + " is off during a rehearsal (the outputs stay "
                    + "off); stop the rehearsal with runSheet.stop, then start the show live");
        }
    }

    /** Where {@code chat.pin} finds a message by its id; without one that command is refused. */
    public synchronized void setChatMessages(ChatMessages messages) {
        chatMessages = messages;
    }

    private ChatMessages.Line chatMessage(long id) throws CommandException {
        if (chatMessages == null) {
            throw new CommandException("command", "no chat is connected in this studio");
        }
        return chatMessages.message(id).orElseThrow(() -> new CommandException("message",
                "no chat message " + id + " in the feed (it may have been hidden or scrolled out)"));
    }

    private ProgramActions program() throws CommandException {
        if (programActions == null) {
            throw new CommandException("command", "not available in this studio: it has no program to stream, "
                    + "record or lay out");
        }
        return programActions;
    }

    /** Listens to every event; see the class comment for what a listener may do. */
    public void subscribe(Consumer<ShowEvent> listener) {
        listeners.add(listener);
    }

    public void unsubscribe(Consumer<ShowEvent> listener) {
        listeners.remove(listener);
    }

    /** Called after every change to what is on air (the overlay director wakes up on it). */
    public void watchChanges(Runnable watcher) {
        changeWatchers.add(watcher);
    }

    /** The show now; safe from any thread. */
    public ShowState state() {
        return state;
    }

    public Catalog catalog() {
        return state.catalog();
    }

    /** Replaces the catalog (a show file loaded again); graphics of products that left it leave the air. */
    public synchronized void setCatalog(Catalog newCatalog) {
        catalog = newCatalog;
        for (OverlaySlot slot : List.of(OverlaySlot.PRODUCT_CARD, OverlaySlot.STOCK_COUNTER)) {
            Graphic graphic = onAir.get(slot);
            if (graphic != null && newCatalog.product(graphic.describe()).isEmpty()) {
                hide(slot, HideReason.CATALOG_CHANGED);
            }
        }
        publish(sequence -> new ShowEvent.CatalogChanged(sequence, epochMillis(), newCatalog.products().size(),
                newCatalog.promoCodes().size()));
        changed();
    }

    /** Runs a command, or refuses it with the field at fault; nothing changes when it is refused. */
    public synchronized void execute(ShowCommand command, CommandSource source) throws CommandException {
        advance();
        switch (command) {
            case ShowCommand.ShowProduct c -> showProduct(resolveProduct(c.product(), "product"));
            case ShowCommand.ShowNextProduct c -> showProduct(nextProduct());
            case ShowCommand.HideProduct c -> hide(OverlaySlot.PRODUCT_CARD, HideReason.COMMAND);
            case ShowCommand.StartCountdown c -> startCountdown(c);
            case ShowCommand.AdjustCountdown c -> adjustCountdown(c.change());
            case ShowCommand.StopCountdown c -> hide(OverlaySlot.COUNTDOWN, HideReason.COMMAND);
            case ShowCommand.ShowPromo c -> showPromo(resolvePromo(c.code(), "code"));
            case ShowCommand.HidePromo c -> hide(OverlaySlot.PROMO_CODE, HideReason.COMMAND);
            case ShowCommand.ShowLowerThird c -> show(new Graphic.LowerThird(c.hostName(), c.role()));
            case ShowCommand.HideLowerThird c -> hide(OverlaySlot.LOWER_THIRD, HideReason.COMMAND);
            case ShowCommand.ShowBanner c -> show(new Graphic.Banner(c.text()));
            case ShowCommand.HideBanner c -> hide(OverlaySlot.BANNER, HideReason.COMMAND);
            case ShowCommand.PinComment c -> show(new Graphic.PinnedComment(c.author(), c.text(), c.platform()));
            case ShowCommand.PinChatMessage c -> {
                ChatMessages.Line line = chatMessage(c.message());
                show(new Graphic.PinnedComment(line.author(), line.text(), line.platform()));
            }
            case ShowCommand.UnpinComment c -> hide(OverlaySlot.PINNED_COMMENT, HideReason.COMMAND);
            case ShowCommand.SetStock c -> setStock(resolveProduct(c.product(), "product"), c.stock());
            case ShowCommand.ShowStock c -> showStock(resolveProduct(c.product(), "product"));
            case ShowCommand.HideStock c -> hide(OverlaySlot.STOCK_COUNTER, HideReason.COMMAND);
            case ShowCommand.HideAll c -> {
                for (OverlaySlot slot : List.copyOf(onAir.keySet())) {
                    hide(slot, HideReason.HIDE_ALL);
                }
            }
            case ShowCommand.PinNextQuestion c -> pinNextQuestion();
            case ShowCommand.StartRunSheet c -> runSheet().start(c.mode());
            case ShowCommand.StopRunSheet c -> runSheet().stop();
            case ShowCommand.GoCue c -> runSheet().go();
            case ShowCommand.SkipCue c -> runSheet().skip(c.cue());
            case ShowCommand.NextSegment c -> runSheet().nextSegment();
            case ShowCommand.PreviousSegment c -> runSheet().previousSegment();
            case ShowCommand.GoToSegment c -> runSheet().goToSegment(c.segment());
            case ShowCommand.HoldShow c -> runSheet().hold();
            case ShowCommand.ResumeShow c -> runSheet().resume();
            case ShowCommand.StartStream c -> {
                refuseInRehearsal(c);
                program().startStreaming();
            }
            case ShowCommand.StopStream c -> program().stopStreaming();
            case ShowCommand.StartRecording c -> {
                refuseInRehearsal(c);
                program().startRecording();
            }
            case ShowCommand.StopRecording c -> program().stopRecording();
            case ShowCommand.SetLayout c -> program().setLayout(c.layout());
        }
        publish(sequence -> new ShowEvent.CommandExecuted(sequence, epochMillis(), command, source));
        changed();
    }

    private void pinNextQuestion() throws CommandException {
        if (chatMessages == null) {
            throw new CommandException("command", "no chat is connected in this studio");
        }
        ChatMessages.Question question = chatMessages.oldestUnansweredQuestion().orElseThrow(() ->
                new CommandException("command", "no unanswered question in the chat"));
        show(new Graphic.PinnedComment(question.line().author(), question.line().text(), question.line().platform()));
        chatMessages.markAnswered(question.id());
    }

    /** Makes a run-sheet event: given the next sequence number and the time now. */
    public interface RunEventFactory {
        ShowEvent create(long sequence, long epochMillis);
    }

    /**
     * Publishes an event of the run-sheet (segment started, cue fired ...) in the one ordered stream every listener
     * sees; the cue engine calls it under this controller's lock.
     */
    public synchronized void publishRunEvent(RunEventFactory factory) {
        long epochMillis = epochMillis();
        publish(sequence -> factory.create(sequence, epochMillis));
    }

    /**
     * Applies what the clock has made due: ended countdowns (with their end action), "Deal over" held long enough,
     * expired promo codes. Returns the media time of the next thing due, or {@link Long#MAX_VALUE}.
     */
    public synchronized long advance() {
        long now = time.nanos();
        boolean changedSomething = false;
        if (onAir.get(OverlaySlot.COUNTDOWN) instanceof Graphic.Countdown countdown) {
            if (!countdown.ended() && now >= countdown.endsAtNanos()) {
                endCountdown(countdown);
                changedSomething = true;
            } else if (countdown.ended() && now >= countdown.endsAtNanos() + DEAL_OVER_HOLD.toNanos()) {
                hide(OverlaySlot.COUNTDOWN, HideReason.COUNTDOWN_ENDED);
                changedSomething = true;
            }
        }
        if (onAir.get(OverlaySlot.PROMO_CODE) instanceof Graphic.PromoCode promo && now >= promo.expiresAtNanos()) {
            hide(OverlaySlot.PROMO_CODE, HideReason.EXPIRED);
            changedSomething = true;
        }
        if (changedSomething) {
            changed();
        }
        return nextDueNanos();
    }

    private long nextDueNanos() {
        long next = Long.MAX_VALUE;
        if (onAir.get(OverlaySlot.COUNTDOWN) instanceof Graphic.Countdown countdown) {
            next = countdown.ended() ? countdown.endsAtNanos() + DEAL_OVER_HOLD.toNanos() : countdown.endsAtNanos();
        }
        if (onAir.get(OverlaySlot.PROMO_CODE) instanceof Graphic.PromoCode promo) {
            next = Math.min(next, promo.expiresAtNanos());
        }
        return next;
    }

    private void endCountdown(Graphic.Countdown countdown) {
        onAir.put(OverlaySlot.COUNTDOWN, countdown.asEnded());
        publish(sequence -> new ShowEvent.CountdownEnded(sequence, epochMillis(), countdown.endAction()));
        switch (countdown.endAction()) {
            case HIDE -> { }
            case NEXT_PRODUCT -> {
                try {
                    showProduct(nextProduct());
                } catch (CommandException emptyCatalog) {
                    LOG.warn("The countdown ended but there is no next product: {}", emptyCatalog.getMessage());
                }
            }
            case REVEAL_PROMO -> {
                Optional<PromoCode> promo = countdown.promo().flatMap(catalog::promoCode);
                if (promo.isEmpty()) {
                    LOG.warn("The countdown ended but its promo code {} is no longer in the catalog", countdown.promo());
                } else {
                    try {
                        showPromo(promo.get());
                    } catch (CommandException expired) {
                        LOG.warn("The countdown ended but its promo code cannot be shown: {}", expired.getMessage());
                    }
                }
            }
        }
    }

    private void showProduct(Product product) {
        lastProductId = Optional.of(product.id());
        show(new Graphic.ProductCard(product.id()));
    }

    private Product nextProduct() throws CommandException {
        List<Product> products = catalog.products();
        if (products.isEmpty()) {
            throw new CommandException("command", "the catalog has no products");
        }
        int index = lastProductId.map(id -> indexOf(products, id)).orElse(-1);
        return products.get((index + 1) % products.size());
    }

    private static int indexOf(List<Product> products, String id) {
        for (int i = 0; i < products.size(); i++) {
            if (products.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private void startCountdown(ShowCommand.StartCountdown command) throws CommandException {
        if (command.endAction() == EndAction.REVEAL_PROMO) {
            resolvePromo(command.promo().orElseThrow(), "promo");
        }
        Duration length = command.duration().isPresent() ? command.duration().get()
                : untilTimeOfDay(command.until().orElseThrow(), "until");
        show(new Graphic.Countdown(command.label(), time.nanos() + length.toNanos(), command.endAction(),
                command.promo(), false));
    }

    private void adjustCountdown(Duration change) throws CommandException {
        if (!(onAir.get(OverlaySlot.COUNTDOWN) instanceof Graphic.Countdown countdown) || countdown.ended()) {
            throw new CommandException("command", "no countdown is running");
        }
        long now = time.nanos();
        long endsAt = Math.max(now, countdown.endsAtNanos() + change.toNanos());
        onAir.put(OverlaySlot.COUNTDOWN, countdown.endingAt(endsAt));
        advance();
    }

    private void showPromo(PromoCode promo) throws CommandException {
        long expiresAt = switch (promo.validity()) {
            case PromoValidity.Always always -> Graphic.PromoCode.NO_EXPIRY;
            case PromoValidity.ForDuration forDuration -> time.nanos() + forDuration.duration().toNanos();
            case PromoValidity.Until until -> time.nanos() + untilTimeOfDay(until.timeOfDay(), "code").toNanos();
        };
        show(new Graphic.PromoCode(promo.code(), expiresAt));
    }

    private Duration untilTimeOfDay(LocalTime timeOfDay, String field) throws CommandException {
        ZonedDateTime now = time.wallNow();
        ZonedDateTime end = now.with(timeOfDay);
        if (!end.isAfter(now)) {
            throw new CommandException(field, timeOfDay + " has already passed today (it is "
                    + now.toLocalTime().withNano(0) + ")");
        }
        return Duration.between(now, end);
    }

    private void setStock(Product product, int stock) {
        catalog = catalog.withStock(product.id(), stock);
        publish(sequence -> new ShowEvent.StockChanged(sequence, epochMillis(), product.id(), stock));
    }

    private void showStock(Product product) throws CommandException {
        if (product.stock().isEmpty()) {
            throw new CommandException("product", "\"" + product.id() + "\" has no stock count in the catalog; "
                    + "set one with stock.set first");
        }
        show(new Graphic.StockCounter(product.id()));
    }

    private Product resolveProduct(String reference, String field) throws CommandException {
        Optional<Product> product = catalog.product(reference).or(() -> catalog.productByShortCode(reference));
        return product.orElseThrow(() -> new CommandException(field, "no product \"" + reference
                + "\" in the catalog; give a product id or a short code like #" + catalog.products().stream()
                .findFirst().map(Product::shortCode).orElse("12")));
    }

    private PromoCode resolvePromo(String code, String field) throws CommandException {
        return catalog.promoCode(code).orElseThrow(() -> new CommandException(field, "no promo code \"" + code
                + "\" in the catalog" + (catalog.promoCodes().isEmpty() ? "" : "; known: " + String.join(", ",
                catalog.promoCodes().stream().map(PromoCode::code).toList()))));
    }

    private void show(Graphic graphic) {
        onAir.put(graphic.slot(), graphic);
        publish(sequence -> new ShowEvent.OverlayShown(sequence, epochMillis(), graphic.slot(), graphic.describe()));
    }

    private void hide(OverlaySlot slot, HideReason reason) {
        if (onAir.remove(slot) != null) {
            publish(sequence -> new ShowEvent.OverlayHidden(sequence, epochMillis(), slot, reason));
        }
    }

    private interface EventFactory {
        ShowEvent create(long sequence);
    }

    private void publish(EventFactory factory) {
        ShowEvent event = factory.create(nextSequence++);
        for (Consumer<ShowEvent> listener : listeners) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                LOG.error("A show event listener failed on {}", event.type(), e);
            }
        }
    }

    private void changed() {
        state = snapshot();
        for (Runnable watcher : changeWatchers) {
            watcher.run();
        }
    }

    private ShowState snapshot() {
        return new ShowState(onAir, catalog, lastProductId);
    }

    private long epochMillis() {
        return time.wallNow().toInstant().toEpochMilli();
    }

    /** Seconds the running countdown has left, rounded up (0 once it reads "Deal over"). */
    public Optional<Long> countdownRemainingSeconds() {
        return state.onAir(OverlaySlot.COUNTDOWN).map(graphic -> (Graphic.Countdown) graphic).map(countdown ->
                countdown.ended() ? 0L : GraphicContent.remainingSeconds(countdown.endsAtNanos(), time.nanos()));
    }

    /** Every graphic on air, bottom first, for tests and logs. */
    synchronized List<Graphic> graphicsOnAir() {
        return new ArrayList<>(onAir.values());
    }
}
