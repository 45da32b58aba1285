package live.studio.ui.shelf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import live.studio.catalog.Catalog;
import live.studio.catalog.Product;
import live.studio.overlay.OverlaySlot;
import live.studio.show.CommandSource;
import live.studio.show.Graphic;
import live.studio.show.ShowCommand;
import live.studio.show.ShowState;
import live.studio.ui.commerce.Feedback;
import live.studio.ui.commerce.ShortcutAction;
import live.studio.ui.commerce.ShortcutMap;
import live.studio.ui.commerce.ShowActions;
import live.studio.ui.common.Messages;

/**
 * The product shelf: one tile per product of the show's catalog, in catalog order. A click (or the product's key)
 * shows its card, and on the card already on air hides it; the tile on air is marked from the show controller's
 * state, whoever sent the command (the window, a key, the API, a cue). UI thread only.
 */
public final class ShelfViewModel {
    private static final Messages TEXT = Messages.of(ShelfViewModel.class);
    private final ShowActions actions;
    private final ThumbnailLoader thumbnails;
    private final ShortcutMap shortcuts;
    private final Locale locale;
    private final Feedback feedback = new Feedback();
    private final ObservableList<ProductTile> tiles = FXCollections.observableArrayList();
    private final ObservableList<ProductTile> tilesView = FXCollections.unmodifiableObservableList(tiles);
    private final FilteredList<ProductTile> shownTiles = new FilteredList<>(tiles);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ReadOnlyStringWrapper onAirTitle = new ReadOnlyStringWrapper(this, "onAirTitle", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", TEXT.text("summary.no-catalog"));
    private Catalog shownCatalog;

    /** @param locale how prices are written (the same as on air) */
    public ShelfViewModel(ShowActions actions, ThumbnailLoader thumbnails, ShortcutMap shortcuts, Locale locale) {
        this.actions = Objects.requireNonNull(actions);
        this.thumbnails = Objects.requireNonNull(thumbnails);
        this.shortcuts = Objects.requireNonNull(shortcuts);
        this.locale = Objects.requireNonNull(locale);
        search.addListener((observable, before, after) -> applySearch());
    }

    /** A click on a tile: shows its card, or hides it when it is the one on air. */
    public boolean toggle(ProductTile tile, CommandSource source) {
        ShowCommand command = tile.isOnAir() ? new ShowCommand.HideProduct() : new ShowCommand.ShowProduct(tile.productId());
        boolean ran = feedback.show(actions.send(command, source));
        refresh();
        return ran;
    }

    /** A product key: the product at {@code position} (1-based, in catalog order, whatever the search shows). */
    public boolean toggleAt(int position, CommandSource source) {
        if (position < 1 || position > tiles.size()) {
            feedback.refuse(tiles.isEmpty() ? TEXT.text("refused.no-products")
                    : TEXT.text("refused.no-product-at", position, tiles.size()));
            return false;
        }
        return toggle(tiles.get(position - 1), source);
    }

    public boolean hideCard(CommandSource source) {
        boolean ran = feedback.show(actions.send(new ShowCommand.HideProduct(), source));
        refresh();
        return ran;
    }

    public boolean showNext(CommandSource source) {
        boolean ran = feedback.show(actions.send(new ShowCommand.ShowNextProduct(), source));
        refresh();
        return ran;
    }

    /** Stock + or - on a tile: sets the product's stock, which its card on air follows at once. */
    public boolean changeStock(ProductTile tile, int change, CommandSource source) {
        if (tile.stock().isEmpty()) {
            feedback.refuse(TEXT.text("refused.stock-not-tracked", tile.titleProperty().get()));
            return false;
        }
        int stock = Math.max(0, tile.stock().getAsInt() + change);
        boolean ran = feedback.show(actions.send(new ShowCommand.SetStock(tile.productId(), stock), source));
        refresh();
        return ran;
    }

    /** Reads the catalog and the card on air back from the show controller. */
    public void refresh() {
        ShowState state = actions.controller().state();
        if (state.catalog() != shownCatalog) {
            shownCatalog = state.catalog();
            syncTiles(shownCatalog.products());
        }
        Optional<String> onAirId = state.onAir(OverlaySlot.PRODUCT_CARD).map(Graphic::describe);
        String title = "";
        for (ProductTile tile : tiles) {
            boolean shown = onAirId.isPresent() && onAirId.get().equals(tile.productId());
            tile.setOnAir(shown);
            if (shown) {
                title = tile.titleProperty().get();
            }
        }
        if (!title.equals(onAirTitle.get())) {
            onAirTitle.set(title);
        }
    }

    /** Keeps the tiles of products still in the catalog (and their thumbnails), in the catalog's order. */
    private void syncTiles(List<Product> products) {
        Map<String, ProductTile> existing = new HashMap<>();
        tiles.forEach(tile -> existing.put(tile.productId(), tile));
        List<ProductTile> ordered = new ArrayList<>(products.size());
        for (int index = 0; index < products.size(); index++) {
            Product product = products.get(index);
            ProductTile tile = existing.computeIfAbsent(product.id(), id -> new ProductTile(product, thumbnails));
            int position = index + 1;
            String hotkey = ShortcutAction.forProduct(position).map(shortcuts::displayText).orElse("");
            tile.update(product, position, hotkey, locale);
            ordered.add(tile);
        }
        if (!ordered.equals(tiles)) {
            tiles.setAll(ordered);
        }
        summary.set(TEXT.text("summary.products", products.size()));
        applySearch();
    }

    private void applySearch() {
        String wanted = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            shownTiles.setPredicate(null);
            return;
        }
        String code = wanted.startsWith("#") ? wanted : "#" + wanted;
        shownTiles.setPredicate(tile -> tile.titleProperty().get().toLowerCase(Locale.ROOT).contains(wanted)
                || tile.shortCodeProperty().get().toLowerCase(Locale.ROOT).equals(code));
    }

    /** Every product's tile, in catalog order. */
    public ObservableList<ProductTile> tiles() {
        return tilesView;
    }

    /** The tiles the search lets through. */
    public ObservableList<ProductTile> shownTiles() {
        return shownTiles;
    }

    /** Title words or a short code ("#12" or "12"). */
    public StringProperty searchProperty() {
        return search;
    }

    /** The title of the product whose card is on air, or empty. */
    public ReadOnlyStringProperty onAirTitleProperty() {
        return onAirTitle.getReadOnlyProperty();
    }

    /** "6 products". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public Feedback feedback() {
        return feedback;
    }

    public ShortcutMap shortcuts() {
        return shortcuts;
    }
}
