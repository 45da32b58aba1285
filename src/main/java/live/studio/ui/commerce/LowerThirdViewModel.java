package live.studio.ui.commerce;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import live.studio.overlay.OverlaySlot;
import live.studio.show.CommandSource;
import live.studio.show.ShowCommand;

/** The host's name and role at the bottom of the picture. UI thread only. */
public final class LowerThirdViewModel {
    private final ShowActions actions;
    private final Feedback feedback = new Feedback();
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty role = new SimpleStringProperty(this, "role", "");
    private final ReadOnlyBooleanWrapper onAir = new ReadOnlyBooleanWrapper(this, "onAir");

    public LowerThirdViewModel(ShowActions actions) {
        this.actions = Objects.requireNonNull(actions);
    }

    /** Puts the name and role on air (again, with what the fields say now, when already shown). */
    public boolean show(CommandSource source) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("name", name.get());
        arguments.put("role", role.get());
        boolean ran = feedback.show(actions.send("lowerThird.show", arguments, source));
        refresh();
        return ran;
    }

    public boolean hide(CommandSource source) {
        boolean ran = feedback.show(actions.send(new ShowCommand.HideLowerThird(), source));
        refresh();
        return ran;
    }

    public boolean toggle(CommandSource source) {
        return onAir.get() ? hide(source) : show(source);
    }

    public void refresh() {
        onAir.set(actions.controller().state().onAir(OverlaySlot.LOWER_THIRD).isPresent());
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty roleProperty() {
        return role;
    }

    public ReadOnlyBooleanProperty onAirProperty() {
        return onAir.getReadOnlyProperty();
    }

    public Feedback feedback() {
        return feedback;
    }
}
