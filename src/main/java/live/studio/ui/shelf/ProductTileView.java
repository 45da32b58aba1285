package live.studio.ui.shelf;

import java.util.Locale;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.event.Event;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import live.studio.overlay.StockLevel;
import live.studio.show.CommandSource;
import live.studio.ui.common.Messages;

/**
 * A product's tile on the shelf: a big click target (the whole tile) with the thumbnail, hotkey, title, price, stock
 * and short code; a red frame and an ON AIR badge while its card is on air; stock − and + that do not show the card.
 */
final class ProductTileView extends StackPane {
    private static final Messages TEXT = Messages.of(ProductTileView.class);
    static final double WIDTH = 272;
    static final double HEIGHT = 104;
    static final double THUMBNAIL_SIDE = 84;
    private static final PseudoClass ON_AIR = PseudoClass.getPseudoClass("on-air");
    private static final PseudoClass SOLD_OUT = PseudoClass.getPseudoClass("sold-out");
    private static final PseudoClass LOW_STOCK = PseudoClass.getPseudoClass("low-stock");

    private final ProductTile tile;
    private final Button less = new Button("−");
    private final Button more = new Button("+");

    ProductTileView(ProductTile tile, ShelfViewModel shelf) {
        this.tile = tile;
        getStyleClass().add("product-tile");
        setId("product-" + tile.productId().replaceAll("[^A-Za-z0-9_-]", "_"));
        setUserData(tile.productId());
        setPrefSize(WIDTH, HEIGHT);
        setMinSize(WIDTH, HEIGHT);
        setMaxSize(WIDTH, HEIGHT);
        setAccessibleRole(AccessibleRole.BUTTON);
        accessibleTextProperty().bind(tile.titleProperty());

        HBox content = new HBox(12, thumbnail(), details(shelf));
        content.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(content);

        pseudoClassStateChanged(ON_AIR, tile.isOnAir());
        tile.onAirProperty().addListener((observable, before, shown) -> pseudoClassStateChanged(ON_AIR, shown));
        showStockLevel(tile.stockLevelProperty().get());
        tile.stockLevelProperty().addListener((observable, before, level) -> showStockLevel(level));

        // The tile takes the focus from a text field, so the next key press is a shortcut, not a character.
        setOnMousePressed(event -> requestFocus());
        setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.isStillSincePress()) {
                shelf.toggle(tile, CommandSource.WINDOW);
            }
        });
        // Tooltips are made on the first hover: a shelf of 200 tiles would otherwise build 600 popups it never shows.
        addEventHandler(MouseEvent.MOUSE_ENTERED, new javafx.event.EventHandler<>() {
            @Override
            public void handle(MouseEvent event) {
                removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                installTooltips();
            }
        });
    }

    private void installTooltips() {
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(Bindings.createStringBinding(this::tooltipText, tile.titleProperty(),
                tile.hotkeyProperty(), tile.onAirProperty()));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(360);
        Tooltip.install(this, tooltip);
        less.setTooltip(new Tooltip(TEXT.text("tile.stock-less.tooltip")));
        more.setTooltip(new Tooltip(TEXT.text("tile.stock-more.tooltip")));
    }

    ProductTile tile() {
        return tile;
    }

    private void showStockLevel(StockLevel level) {
        pseudoClassStateChanged(SOLD_OUT, level == StockLevel.SOLD_OUT);
        pseudoClassStateChanged(LOW_STOCK, level == StockLevel.LOW);
    }

    private StackPane thumbnail() {
        Label initials = new Label();
        initials.getStyleClass().addAll("tile-initials", "data"); // the product's own name, from the catalog
        initials.textProperty().bind(Bindings.createStringBinding(() -> initialsOf(tile.titleProperty().get()), tile.titleProperty()));
        initials.visibleProperty().bind(tile.thumbnailProperty().isNull());

        ImageView picture = new ImageView();
        picture.setFitWidth(THUMBNAIL_SIDE);
        picture.setFitHeight(THUMBNAIL_SIDE);
        picture.setSmooth(true);
        picture.setPreserveRatio(true);
        picture.imageProperty().bind(tile.thumbnailProperty());
        picture.getStyleClass().add("tile-picture");

        Label hotkey = new Label();
        hotkey.getStyleClass().add("tile-hotkey");
        hotkey.textProperty().bind(tile.hotkeyProperty());
        hotkey.visibleProperty().bind(tile.hotkeyProperty().isNotEmpty());
        StackPane.setAlignment(hotkey, Pos.TOP_LEFT);

        Label onAir = new Label(TEXT.text("tile.on-air"));
        onAir.getStyleClass().add("tile-on-air");
        onAir.visibleProperty().bind(tile.onAirProperty());
        StackPane.setAlignment(onAir, Pos.BOTTOM_CENTER);

        Label soldOut = new Label(TEXT.text("tile.sold-out"));
        soldOut.getStyleClass().add("tile-sold-out");
        soldOut.visibleProperty().bind(tile.stockLevelProperty().isEqualTo(StockLevel.SOLD_OUT).and(tile.onAirProperty().not()));
        StackPane.setAlignment(soldOut, Pos.BOTTOM_CENTER);

        StackPane box = new StackPane(initials, picture, hotkey, soldOut, onAir);
        box.getStyleClass().add("tile-thumbnail");
        box.setMinSize(THUMBNAIL_SIDE, THUMBNAIL_SIDE);
        box.setPrefSize(THUMBNAIL_SIDE, THUMBNAIL_SIDE);
        box.setMaxSize(THUMBNAIL_SIDE, THUMBNAIL_SIDE);
        Rectangle clip = new Rectangle(THUMBNAIL_SIDE, THUMBNAIL_SIDE);
        clip.setArcWidth(12);
        clip.setArcHeight(12);
        box.setClip(clip);
        return box;
    }

    private VBox details(ShelfViewModel shelf) {
        Label title = new Label();
        title.getStyleClass().addAll("tile-title", "data"); // the catalog's name for the product
        title.textProperty().bind(tile.titleProperty());
        title.setWrapText(true);
        title.setMaxHeight(36);
        title.setMinHeight(Region.USE_PREF_SIZE);

        Label price = new Label();
        price.getStyleClass().add("tile-price");
        price.textProperty().bind(tile.priceProperty());
        price.setMinWidth(Region.USE_PREF_SIZE);
        Text compareAt = new Text();
        compareAt.getStyleClass().add("tile-compare-at");
        compareAt.textProperty().bind(tile.compareAtPriceProperty());
        compareAt.setStrikethrough(true);
        HBox prices = new HBox(8, price, compareAt);
        prices.setAlignment(Pos.BASELINE_LEFT);

        Label code = new Label();
        code.getStyleClass().add("tile-code");
        code.textProperty().bind(tile.shortCodeProperty());
        code.setMinWidth(Region.USE_PREF_SIZE);
        Region priceSpacer = new Region();
        HBox.setHgrow(priceSpacer, Priority.ALWAYS);
        prices.getChildren().addAll(priceSpacer, code);

        Label stock = new Label();
        stock.getStyleClass().add("tile-stock");
        stock.textProperty().bind(tile.stockTextProperty());
        stock.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bottom = new HBox(6, stock, spacer, stockButtons(shelf));
        bottom.setAlignment(Pos.CENTER_LEFT);

        Region grow = new Region();
        VBox.setVgrow(grow, Priority.ALWAYS);
        VBox details = new VBox(3, title, prices, grow, bottom);
        details.setPrefWidth(WIDTH - THUMBNAIL_SIDE - 12 - 20);
        details.setMinWidth(0);
        details.setMaxHeight(THUMBNAIL_SIDE);
        HBox.setHgrow(details, Priority.ALWAYS);
        return details;
    }

    private HBox stockButtons(ShelfViewModel shelf) {
        less.getStyleClass().addAll("tile-stock-button", "stock-less");
        less.setOnAction(event -> shelf.changeStock(tile, -1, CommandSource.WINDOW));
        less.disableProperty().bind(tile.stockLevelProperty().isEqualTo(StockLevel.SOLD_OUT));
        more.getStyleClass().addAll("tile-stock-button", "stock-more");
        more.setOnAction(event -> shelf.changeStock(tile, 1, CommandSource.WINDOW));
        for (Button button : new Button[] {less, more}) {
            button.setFocusTraversable(false);
        }
        HBox buttons = new HBox(4, less, more);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        // Untracked stock has nothing to count.
        buttons.visibleProperty().bind(tile.stockLevelProperty().isNotEqualTo(StockLevel.NOT_TRACKED));
        // A click on − or + counts stock; it must not also reach the tile and show the card.
        buttons.addEventHandler(MouseEvent.MOUSE_CLICKED, Event::consume);
        return buttons;
    }

    private String tooltipText() {
        StringBuilder text = new StringBuilder(tile.titleProperty().get()).append('\n');
        String key = tile.hotkeyProperty().get();
        String action = TEXT.text(tile.isOnAir() ? "tile.click-to-hide" : "tile.click-to-show");
        text.append(key.isEmpty() ? action : TEXT.text("tile.with-key", action, key));
        if (!tile.talkingPoints().isEmpty()) {
            text.append("\n\n").append(tile.talkingPoints().stream().map(point -> "• " + point).collect(Collectors.joining("\n")));
        }
        return text.toString();
    }

    /** Two letters standing in for the picture until it is loaded (or when there is none). */
    static String initialsOf(String title) {
        String[] words = title.strip().split("\\s+");
        StringBuilder initials = new StringBuilder();
        for (String word : words) {
            if (!word.isEmpty() && Character.isLetterOrDigit(word.codePointAt(0))) {
                initials.appendCodePoint(word.codePointAt(0));
            }
            if (initials.length() >= 2) {
                break;
            }
        }
        return initials.toString().toUpperCase(Locale.ROOT);
    }
}
