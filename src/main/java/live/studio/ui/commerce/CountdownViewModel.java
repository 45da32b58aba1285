package live.studio.ui.commerce;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import live.studio.catalog.PromoCode;
import live.studio.overlay.CountdownUrgency;
import live.studio.overlay.OverlaySlot;
import live.studio.show.CommandSource;
import live.studio.show.EndAction;
import live.studio.show.Graphic;
import live.studio.show.ShowCommand;
import live.studio.show.ShowState;
import live.studio.ui.common.Messages;

/**
 * The flash-sale countdown's controls: the length (a preset, a length of one's own or a time of day), the label, what
 * happens at zero, and the running time read back from the show controller, whoever started it. UI thread only.
 */
public final class CountdownViewModel {
    private static final Messages TEXT = Messages.of(CountdownViewModel.class);
    /** Shown while the length typed cannot be read. */
    static final String NO_TIME = "–:––";
    /** What the display reads at zero, before the countdown leaves the air. */
    static String dealOver() {
        return TEXT.text("countdown.deal-over");
    }

    /** What −30 s and +30 s change. */
    public static final Duration NUDGE = Duration.ofSeconds(30);

    private final ShowActions actions;
    private final Feedback feedback = new Feedback();
    private final ObjectProperty<CountdownLength> length = new SimpleObjectProperty<>(this, "length", CountdownLength.FIVE_MINUTES);
    private final StringProperty customLength = new SimpleStringProperty(this, "customLength", "2:30");
    private final StringProperty untilTime = new SimpleStringProperty(this, "untilTime", "");
    private final StringProperty label = new SimpleStringProperty(this, "label", "");
    private final ObjectProperty<EndAction> endAction = new SimpleObjectProperty<>(this, "endAction", EndAction.HIDE);
    private final ObjectProperty<String> revealedPromo = new SimpleObjectProperty<>(this, "revealedPromo");
    private final ObservableList<String> promoCodes = FXCollections.observableArrayList();
    private final ObservableList<String> promoCodesView = FXCollections.unmodifiableObservableList(promoCodes);
    private final ReadOnlyObjectWrapper<CountdownPhase> phase = new ReadOnlyObjectWrapper<>(this, "phase", CountdownPhase.IDLE);
    private final ReadOnlyObjectWrapper<CountdownUrgency> urgency = new ReadOnlyObjectWrapper<>(this, "urgency", CountdownUrgency.NORMAL);
    private final ReadOnlyStringWrapper display = new ReadOnlyStringWrapper(this, "display", "");

    public CountdownViewModel(ShowActions actions) {
        this.actions = Objects.requireNonNull(actions);
        length.addListener((observable, before, after) -> showIdleLength());
        customLength.addListener((observable, before, after) -> showIdleLength());
        untilTime.addListener((observable, before, after) -> showIdleLength());
        showIdleLength();
    }

    /** Starts the countdown the form describes (a running one is replaced, as the API's countdown.start does). */
    public boolean start(CommandSource source) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        switch (length.get()) {
            case CUSTOM -> {
                try {
                    arguments.put("seconds", ClockText.length(customLength.get()).toSeconds());
                } catch (IllegalArgumentException unreadable) {
                    feedback.refuse(TEXT.text("countdown.refused.custom", unreadable.getMessage()));
                    return false;
                }
            }
            case UNTIL_TIME -> {
                if (untilTime.get() == null || untilTime.get().isBlank()) {
                    feedback.refuse(TEXT.text("countdown.refused.until"));
                    return false;
                }
                arguments.put("until", untilTime.get().strip());
            }
            default -> arguments.put("seconds", length.get().preset().orElseThrow().toSeconds());
        }
        if (label.get() != null && !label.get().isBlank()) {
            arguments.put("label", label.get());
        }
        arguments.put("endAction", endAction.get().commandName());
        if (endAction.get() == EndAction.REVEAL_PROMO && revealedPromo.get() != null) {
            arguments.put("promo", revealedPromo.get());
        }
        boolean ran = feedback.show(actions.send("countdown.start", arguments, source));
        refresh();
        return ran;
    }

    /**
     * What the countdown key does: starts the form's countdown when none runs; a running flash sale is never
     * restarted by a stray key press (Start in the panel replaces it on purpose).
     */
    public boolean startUnlessRunning(CommandSource source) {
        if (phase.get() == CountdownPhase.RUNNING) {
            feedback.refuse(TEXT.text("countdown.refused.running"));
            return false;
        }
        return start(source);
    }

    public boolean stop(CommandSource source) {
        boolean ran = feedback.show(actions.send(new ShowCommand.StopCountdown(), source));
        refresh();
        return ran;
    }

    /** Adds (or with a negative value takes away) time from the running countdown. */
    public boolean adjust(Duration change, CommandSource source) {
        boolean ran = feedback.show(actions.send(new ShowCommand.AdjustCountdown(change), source));
        refresh();
        return ran;
    }

    /** Reads the countdown back from the show controller: called on every show change and a few times a second. */
    public void refresh() {
        ShowState state = actions.controller().state();
        syncPromoCodes(state.catalog().promoCodes());
        Optional<Graphic> onAir = state.onAir(OverlaySlot.COUNTDOWN);
        if (onAir.isEmpty()) {
            phase.set(CountdownPhase.IDLE);
            urgency.set(CountdownUrgency.NORMAL);
            showIdleLength();
            return;
        }
        Graphic.Countdown countdown = (Graphic.Countdown) onAir.get();
        if (countdown.ended()) {
            phase.set(CountdownPhase.ENDED);
            urgency.set(CountdownUrgency.ENDED);
            setIfChanged(display, dealOver());
            return;
        }
        long remaining = actions.controller().countdownRemainingSeconds().orElse(0L);
        phase.set(CountdownPhase.RUNNING);
        // Zero but not yet marked ended by the controller's timer: still the final seconds, not "Deal over".
        urgency.set(remaining <= 0 ? CountdownUrgency.FINAL_SECONDS : CountdownUrgency.at(remaining));
        setIfChanged(display, ClockText.remaining(remaining));
    }

    private void showIdleLength() {
        if (phase.get() != CountdownPhase.IDLE) {
            return;
        }
        String text = switch (length.get()) {
            case CUSTOM -> {
                try {
                    yield ClockText.remaining(ClockText.length(customLength.get()).toSeconds());
                } catch (IllegalArgumentException unreadable) {
                    yield NO_TIME;
                }
            }
            case UNTIL_TIME -> untilTime.get() == null || untilTime.get().isBlank() ? NO_TIME : "→ " + untilTime.get().strip();
            default -> ClockText.remaining(length.get().preset().orElseThrow().toSeconds());
        };
        setIfChanged(display, text);
    }

    private void syncPromoCodes(List<PromoCode> codes) {
        List<String> wanted = codes.stream().map(PromoCode::code).toList();
        if (!wanted.equals(promoCodes)) {
            String chosen = revealedPromo.get();
            promoCodes.setAll(wanted);
            revealedPromo.set(chosen != null && wanted.contains(chosen) ? chosen : wanted.isEmpty() ? null : wanted.getFirst());
        }
    }

    static void setIfChanged(ReadOnlyStringWrapper property, String value) {
        if (!value.equals(property.get())) {
            property.set(value);
        }
    }

    public Feedback feedback() {
        return feedback;
    }

    public ObjectProperty<CountdownLength> lengthProperty() {
        return length;
    }

    /** The operator's own length when {@link CountdownLength#CUSTOM}: "2:30", "90s", "5m". */
    public StringProperty customLengthProperty() {
        return customLength;
    }

    /** The time of day it ends when {@link CountdownLength#UNTIL_TIME}: "21:30". */
    public StringProperty untilTimeProperty() {
        return untilTime;
    }

    /** The text above the time; empty for the theme's default ("Flash sale ends in"). */
    public StringProperty labelProperty() {
        return label;
    }

    public ObjectProperty<EndAction> endActionProperty() {
        return endAction;
    }

    /** The code revealed at zero when the end action is {@link EndAction#REVEAL_PROMO}. */
    public ObjectProperty<String> revealedPromoProperty() {
        return revealedPromo;
    }

    /** The catalog's promo codes, for the picker. */
    public ObservableList<String> promoCodes() {
        return promoCodesView;
    }

    public ReadOnlyObjectProperty<CountdownPhase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CountdownUrgency> urgencyProperty() {
        return urgency.getReadOnlyProperty();
    }

    /** "4:59" while running, "DEAL OVER" at the end, the length Start would give when idle. */
    public ReadOnlyStringProperty displayProperty() {
        return display.getReadOnlyProperty();
    }
}
