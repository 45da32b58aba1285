package live.studio.ui.commerce;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import live.studio.catalog.PromoCode;
import live.studio.catalog.PromoValidity;
import live.studio.ui.common.Messages;

/** One promo code of the catalog in the panel: what it gives, how long it holds, and its time left while on air. */
public final class PromoCodeRow {
    private static final Messages TEXT = Messages.of(PromoCodeRow.class);
    private final PromoCode promo;
    private final ReadOnlyBooleanWrapper onAir = new ReadOnlyBooleanWrapper(this, "onAir");
    private final ReadOnlyStringWrapper timeLeft = new ReadOnlyStringWrapper(this, "timeLeft", "");

    PromoCodeRow(PromoCode promo) {
        this.promo = promo;
    }

    public String code() {
        return promo.code();
    }

    public String discount() {
        return promo.discountText();
    }

    /** "15 min" (from when it is shown), "until 21:00", "all show". */
    public String validity() {
        return switch (promo.validity()) {
            case PromoValidity.ForDuration forDuration -> ClockText.describe(forDuration.duration());
            case PromoValidity.Until until -> TEXT.text("promo.validity.until", until.timeOfDay());
            case PromoValidity.Always always -> TEXT.text("promo.validity.always");
        };
    }

    /** Whether the code's validity is a length that starts when it is shown. */
    public boolean validFromShowing() {
        return promo.validity() instanceof PromoValidity.ForDuration;
    }

    PromoCode promo() {
        return promo;
    }

    public ReadOnlyBooleanProperty onAirProperty() {
        return onAir.getReadOnlyProperty();
    }

    public boolean isOnAir() {
        return onAir.get();
    }

    /** "12:34 left" while on air with an expiry, "no expiry" while on air without one, else empty. */
    public ReadOnlyStringProperty timeLeftProperty() {
        return timeLeft.getReadOnlyProperty();
    }

    void showOnAir(boolean shown, String left) {
        onAir.set(shown);
        CountdownViewModel.setIfChanged(timeLeft, left);
    }
}
