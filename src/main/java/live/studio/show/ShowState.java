package live.studio.show;

import java.util.Map;
import java.util.Optional;
import live.studio.catalog.Catalog;
import live.studio.overlay.OverlaySlot;

/**
 * The show at one moment: what is on air in each slot, the catalog with its live stock, the product shown last.
 * Immutable; the controller hands out a new one after every change.
 */
public record ShowState(Map<OverlaySlot, Graphic> onAir, Catalog catalog, Optional<String> lastProductId) {
    public ShowState {
        onAir = Map.copyOf(onAir);
    }

    public Optional<Graphic> onAir(OverlaySlot slot) {
        return Optional.ofNullable(onAir.get(slot));
    }
}
