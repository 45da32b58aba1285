package live.studio.ui.shelf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import live.studio.show.CommandSource;
import live.studio.ui.commerce.ShortcutAction;
import live.studio.ui.commerce.ShortcutMap;
import live.studio.ui.common.Messages;

/**
 * The product shelf under the preview: a header (count, search, what is on air, Hide card, Next) over a grid of tiles
 * that scrolls. Tiles are made once per product and kept; thumbnails are asked for only when a tile scrolls into view.
 */
public final class ShelfView {
    private static final Messages TEXT = Messages.of(ShelfView.class);
    private final ShelfViewModel viewModel;
    private final VBox root = new VBox();
    private final TilePane grid = new TilePane();
    private final ScrollPane scroll = new ScrollPane(grid);
    private final Map<ProductTile, ProductTileView> views = new HashMap<>();

    public ShelfView(ShelfViewModel viewModel) {
        this.viewModel = viewModel;
        root.getStyleClass().add("shelf");
        root.setId("shelf");
        root.setMinHeight(0);

        grid.getStyleClass().add("shelf-grid");
        grid.setHgap(10);
        grid.setVgap(10);
        grid.setPrefTileWidth(ProductTileView.WIDTH);
        grid.setPrefTileHeight(ProductTileView.HEIGHT);
        grid.setPadding(new Insets(2, 14, 14, 14));
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("shelf-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Label empty = new Label();
        empty.getStyleClass().add("shelf-empty");
        empty.textProperty().bind(Bindings.when(Bindings.isEmpty(viewModel.tiles()))
                .then(TEXT.text("empty.no-products"))
                .otherwise(TEXT.text("empty.no-match")));
        empty.visibleProperty().bind(Bindings.isEmpty(viewModel.shownTiles()));
        empty.setWrapText(true);
        StackPane body = new StackPane(scroll, empty);
        StackPane.setAlignment(empty, Pos.CENTER);
        VBox.setVgrow(body, Priority.ALWAYS);

        root.getChildren().addAll(header(), message(), body);

        viewModel.shownTiles().addListener((ListChangeListener<ProductTile>) change -> showTiles());
        showTiles();
        // Thumbnails of the tiles in view, after each layout and scroll.
        scroll.vvalueProperty().addListener((observable, before, after) -> requestVisibleThumbnails());
        scroll.viewportBoundsProperty().addListener((observable, before, after) -> requestVisibleThumbnails());
        grid.needsLayoutProperty().addListener((observable, before, needsLayout) -> {
            if (!needsLayout) {
                requestVisibleThumbnails();
            }
        });
    }

    public Node root() {
        return root;
    }

    private Node header() {
        Label title = new Label(TEXT.text("title"));
        title.getStyleClass().add("section-title");
        title.setMinWidth(0);
        Label count = new Label();
        count.getStyleClass().add("shelf-count");
        count.textProperty().bind(viewModel.summaryProperty());
        count.setMinWidth(0);

        TextField search = new TextField();
        search.setId("shelf-search");
        search.setPromptText(TEXT.text("search.prompt"));
        search.getStyleClass().add("shelf-search");
        search.textProperty().bindBidirectional(viewModel.searchProperty());
        search.setPrefColumnCount(14);
        search.setMinWidth(60);

        Label onAir = new Label();
        onAir.setId("shelf-on-air");
        onAir.getStyleClass().add("shelf-on-air");
        onAir.textProperty().bind(Bindings.createStringBinding(() -> TEXT.text("on-air", viewModel.onAirTitleProperty().get()),
                viewModel.onAirTitleProperty()));
        onAir.visibleProperty().bind(viewModel.onAirTitleProperty().isNotEmpty());
        onAir.managedProperty().bind(onAir.visibleProperty());
        onAir.setMinWidth(0);

        ShortcutMap keys = viewModel.shortcuts();
        Button next = new Button(TEXT.text("next"));
        next.setId("shelf-next");
        next.getStyleClass().add("shelf-button");
        next.setTooltip(new Tooltip(keys.withKey(TEXT.text("next.tooltip"), ShortcutAction.NEXT_PRODUCT)));
        next.setOnAction(event -> viewModel.showNext(CommandSource.WINDOW));
        next.setMinWidth(Region.USE_PREF_SIZE);

        Button hide = new Button(TEXT.text("hide-card"));
        hide.setId("shelf-hide-card");
        hide.getStyleClass().add("shelf-button");
        hide.setTooltip(new Tooltip(keys.withKey(TEXT.text("hide-card.tooltip"), ShortcutAction.HIDE_PRODUCT)));
        hide.setOnAction(event -> viewModel.hideCard(CommandSource.WINDOW));
        hide.disableProperty().bind(viewModel.onAirTitleProperty().isEmpty());
        hide.setMinWidth(Region.USE_PREF_SIZE);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(10, title, count, search, spacer, onAir, next, hide);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("shelf-header");
        return header;
    }

    private Node message() {
        Label message = new Label();
        message.setId("shelf-message");
        message.getStyleClass().add("validation-message");
        message.textProperty().bind(viewModel.feedback().messageProperty());
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        message.setWrapText(true);
        VBox.setMargin(message, new Insets(0, 14, 6, 14));
        return message;
    }

    private void showTiles() {
        List<ProductTile> shown = viewModel.shownTiles();
        // Products that left the catalog leave their views behind with them.
        views.keySet().retainAll(viewModel.tiles());
        grid.getChildren().setAll(shown.stream()
                .map(tile -> views.computeIfAbsent(tile, each -> new ProductTileView(each, viewModel)))
                .toList());
    }

    /**
     * Asks for the thumbnails of the tiles in view. The window onto the grid is worked out from the scroll position
     * itself (not from where the scroll pane has moved the grid yet), so it is right whichever listener runs first.
     */
    private void requestVisibleThumbnails() {
        double viewportHeight = scroll.getViewportBounds().getHeight();
        if (viewportHeight <= 0) {
            return;
        }
        double range = scroll.getVmax() - scroll.getVmin();
        double fraction = range <= 0 ? 0 : (scroll.getVvalue() - scroll.getVmin()) / range;
        double top = fraction * Math.max(0, grid.getHeight() - viewportHeight);
        double bottom = top + viewportHeight;
        for (Node child : grid.getChildren()) {
            Bounds place = child.getBoundsInParent();
            // A tile not laid out yet is an empty box in the corner: it says nothing about what is in view.
            if (child instanceof ProductTileView view && view.getWidth() > 0 && place.getMaxY() >= top
                    && place.getMinY() <= bottom) {
                view.tile().requestThumbnail();
            }
        }
    }
}
