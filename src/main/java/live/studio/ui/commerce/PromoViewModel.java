package live.studio.ui.commerce;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import live.studio.catalog.PromoCode;
import live.studio.overlay.OverlaySlot;
import live.studio.show.CommandSource;
import live.studio.show.Graphic;
import live.studio.show.ShowCommand;
import live.studio.show.ShowState;
import live.studio.show.ShowTime;
import live.studio.ui.common.Messages;

/** The catalog's promo codes, each with show/hide and its time left once on air. UI thread only. */
public final class PromoViewModel {
    private static final Messages TEXT = Messages.of(PromoViewModel.class);
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final ShowActions actions;
    private final ShowTime time;
    private final Feedback feedback = new Feedback();
    private final ObservableList<PromoCodeRow> rows = FXCollections.observableArrayList();
    private final ObservableList<PromoCodeRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private List<PromoCode> shownCodes = List.of();

    /** @param time the show's media clock, to read a code's time left */
    public PromoViewModel(ShowActions actions, ShowTime time) {
        this.actions = Objects.requireNonNull(actions);
        this.time = Objects.requireNonNull(time);
    }

    /** Shows {@code row}'s code, or hides it when it is the one on air. */
    public boolean toggle(PromoCodeRow row, CommandSource source) {
        ShowCommand command = row.isOnAir() ? new ShowCommand.HidePromo() : new ShowCommand.ShowPromo(row.code());
        boolean ran = feedback.show(actions.send(command, source));
        refresh();
        return ran;
    }

    /** What the promo key does: hides the code on air, or shows the first one. */
    public boolean toggleFirst(CommandSource source) {
        if (rows.stream().anyMatch(PromoCodeRow::isOnAir)) {
            return hide(source);
        }
        if (rows.isEmpty()) {
            feedback.refuse(TEXT.text("promo.refused.none"));
            return false;
        }
        return toggle(rows.getFirst(), source);
    }

    public boolean hide(CommandSource source) {
        boolean ran = feedback.show(actions.send(new ShowCommand.HidePromo(), source));
        refresh();
        return ran;
    }

    /** Reads the catalog's codes and the one on air back from the show controller. */
    public void refresh() {
        ShowState state = actions.controller().state();
        List<PromoCode> codes = state.catalog().promoCodes();
        if (!codes.equals(shownCodes)) {
            shownCodes = codes;
            rows.setAll(codes.stream().map(PromoCodeRow::new).toList());
        }
        Optional<Graphic.PromoCode> onAir = state.onAir(OverlaySlot.PROMO_CODE).map(Graphic.PromoCode.class::cast);
        long now = time.nanos();
        for (PromoCodeRow row : rows) {
            boolean shown = onAir.isPresent() && onAir.get().code().equalsIgnoreCase(row.code());
            row.showOnAir(shown, shown ? timeLeft(onAir.get(), now) : "");
        }
    }

    private static String timeLeft(Graphic.PromoCode onAir, long nowNanos) {
        if (onAir.expiresAtNanos() == Graphic.PromoCode.NO_EXPIRY) {
            return TEXT.text("promo.no-expiry");
        }
        long seconds = Math.max(0, Math.ceilDiv(onAir.expiresAtNanos() - nowNanos, NANOS_PER_SECOND));
        return TEXT.text("promo.time-left", ClockText.remaining(seconds));
    }

    public ObservableList<PromoCodeRow> rows() {
        return rowsView;
    }

    public Feedback feedback() {
        return feedback;
    }
}
