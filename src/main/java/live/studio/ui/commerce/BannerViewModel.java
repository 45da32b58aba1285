package live.studio.ui.commerce;

import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import live.studio.overlay.OverlaySlot;
import live.studio.show.CommandSource;
import live.studio.show.ShowCommand;

/** The scrolling banner along the picture. UI thread only. */
public final class BannerViewModel {
    private final ShowActions actions;
    private final Feedback feedback = new Feedback();
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyBooleanWrapper onAir = new ReadOnlyBooleanWrapper(this, "onAir");

    public BannerViewModel(ShowActions actions) {
        this.actions = Objects.requireNonNull(actions);
    }

    /** Puts the text on air (again, with what the field says now, when already shown). */
    public boolean show(CommandSource source) {
        boolean ran = feedback.show(actions.send("banner.show", Map.of("text", text.get() == null ? "" : text.get()), source));
        refresh();
        return ran;
    }

    public boolean hide(CommandSource source) {
        boolean ran = feedback.show(actions.send(new ShowCommand.HideBanner(), source));
        refresh();
        return ran;
    }

    public boolean toggle(CommandSource source) {
        return onAir.get() ? hide(source) : show(source);
    }

    public void refresh() {
        onAir.set(actions.controller().state().onAir(OverlaySlot.BANNER).isPresent());
    }

    public StringProperty textProperty() {
        return text;
    }

    public ReadOnlyBooleanProperty onAirProperty() {
        return onAir.getReadOnlyProperty();
    }

    public Feedback feedback() {
        return feedback;
    }
}
