package live.studio.ui.shelf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import javax.imageio.ImageIO;
import live.studio.catalog.Catalog;
import live.studio.catalog.ProductImages;
import live.studio.overlay.OverlaySlot;
import live.studio.overlay.StockLevel;
import live.studio.show.CommandSource;
import live.studio.show.Graphic;
import live.studio.show.ShowCommand;
import live.studio.show.ShowController;
import live.studio.ui.commerce.ShortcutMap;
import live.studio.ui.commerce.ShowActions;
import live.studio.ui.common.UiThread;
import live.studio.ui.shelf.ShowFixtures.ManualShowTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shelf's view-model over a real show controller, with no window: the test's thread is the UI thread. */
class ShelfViewModelTest {
    @TempDir
    Path pictures;

    private final ShowController controller = new ShowController(ShowFixtures.catalog(), new ManualShowTime());
    private final ThumbnailLoader thumbnails = new ThumbnailLoader(Runnable::run, UiThread.callerThread(), ProductImages::load);
    private final ShelfViewModel shelf = new ShelfViewModel(new ShowActions(controller), thumbnails, ShortcutMap.defaults(),
            Locale.US);

    {
        shelf.refresh();
    }

    private ProductTile tile(String id) {
        return shelf.tiles().stream().filter(tile -> tile.productId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void oneTilePerProductWithPriceStockShortCodeAndHotkey() {
        assertThat(shelf.tiles()).extracting(ProductTile::productId).containsExactly("aero", "mug", "tote");
        assertThat(shelf.summaryProperty().get()).isEqualTo("3 products");
        ProductTile aero = tile("aero");
        assertThat(aero.titleProperty().get()).isEqualTo("Aero runner");
        assertThat(aero.priceProperty().get()).isEqualTo("€89.00");
        assertThat(aero.compareAtPriceProperty().get()).isEqualTo("€119.00");
        assertThat(aero.stockTextProperty().get()).isEqualTo("14 in stock");
        assertThat(aero.shortCodeProperty().get()).isEqualTo("#11");
        assertThat(aero.hotkeyProperty().get()).isEqualTo("1");
        assertThat(tile("mug").stockTextProperty().get()).isEqualTo("Only 3 left");
        assertThat(tile("mug").stockLevelProperty().get()).isEqualTo(StockLevel.LOW);
        assertThat(tile("mug").compareAtPriceProperty().get()).isEmpty();
        assertThat(tile("tote").stockTextProperty().get()).as("stock not tracked").isEmpty();
        assertThat(tile("tote").compareAtPriceProperty().get()).as("a compare-at price below the price is not shown").isEmpty();
        assertThat(tile("tote").hotkeyProperty().get()).isEqualTo("3");
    }

    @Test
    void aClickShowsTheCardAndASecondClickOnTheCardOnAirHidesIt() {
        assertThat(shelf.toggle(tile("mug"), CommandSource.WINDOW)).isTrue();
        assertThat(controller.state().onAir(OverlaySlot.PRODUCT_CARD)).contains(new Graphic.ProductCard("mug"));
        assertThat(tile("mug").isOnAir()).isTrue();
        assertThat(shelf.onAirTitleProperty().get()).isEqualTo("Stoneware mug");

        shelf.toggle(tile("aero"), CommandSource.WINDOW);
        assertThat(tile("mug").isOnAir()).isFalse();
        assertThat(tile("aero").isOnAir()).isTrue();

        shelf.toggle(tile("aero"), CommandSource.WINDOW);
        assertThat(controller.state().onAir(OverlaySlot.PRODUCT_CARD)).isEmpty();
        assertThat(shelf.tiles()).noneMatch(ProductTile::isOnAir);
        assertThat(shelf.onAirTitleProperty().get()).isEmpty();
    }

    @Test
    void aCardShownByTheApiMarksItsTile() throws Exception {
        controller.execute(new ShowCommand.ShowProduct("#13"), CommandSource.API);
        shelf.refresh();
        assertThat(tile("tote").isOnAir()).isTrue();
    }

    @Test
    void productKeysCountInCatalogOrderAndAKeyWithoutProductSaysSo() {
        shelf.toggleAt(2, CommandSource.SHORTCUT);
        assertThat(controller.state().onAir(OverlaySlot.PRODUCT_CARD)).contains(new Graphic.ProductCard("mug"));

        assertThat(shelf.toggleAt(7, CommandSource.SHORTCUT)).isFalse();
        assertThat(shelf.feedback().message()).isEqualTo("No product 7: the catalog has 3");
        assertThat(controller.state().onAir(OverlaySlot.PRODUCT_CARD)).contains(new Graphic.ProductCard("mug"));
    }

    @Test
    void stockPlusAndMinusSetTheStockAndTheTileFollows() {
        shelf.changeStock(tile("mug"), -1, CommandSource.WINDOW);
        assertThat(controller.state().catalog().product("mug").orElseThrow().stock()).isEqualTo(OptionalInt.of(2));
        assertThat(tile("mug").stockTextProperty().get()).isEqualTo("Only 2 left");
        shelf.changeStock(tile("mug"), -1, CommandSource.WINDOW);
        shelf.changeStock(tile("mug"), -1, CommandSource.WINDOW);
        shelf.changeStock(tile("mug"), -1, CommandSource.WINDOW);
        assertThat(controller.state().catalog().product("mug").orElseThrow().stock()).as("never below zero").isEqualTo(OptionalInt.of(0));
        assertThat(tile("mug").stockTextProperty().get()).isEqualTo("Sold out");
        shelf.changeStock(tile("mug"), 1, CommandSource.WINDOW);
        assertThat(tile("mug").stockTextProperty().get()).isEqualTo("Only 1 left");

        assertThat(shelf.changeStock(tile("tote"), 1, CommandSource.WINDOW)).isFalse();
        assertThat(shelf.feedback().message()).isEqualTo("Leather tote: stock is not tracked in the catalog");
    }

    @Test
    void searchFiltersByTitleOrShortCodeButKeysKeepCatalogPositions() {
        shelf.searchProperty().set("tote");
        assertThat(shelf.shownTiles()).extracting(ProductTile::productId).containsExactly("tote");
        shelf.searchProperty().set("#12");
        assertThat(shelf.shownTiles()).extracting(ProductTile::productId).containsExactly("mug");
        shelf.searchProperty().set("12");
        assertThat(shelf.shownTiles()).extracting(ProductTile::productId).containsExactly("mug");

        shelf.toggleAt(1, CommandSource.SHORTCUT);
        assertThat(controller.state().onAir(OverlaySlot.PRODUCT_CARD)).contains(new Graphic.ProductCard("aero"));

        shelf.searchProperty().set("");
        assertThat(shelf.shownTiles()).hasSize(3);
    }

    @Test
    void aNewCatalogKeepsTheTilesOfProductsStillInIt() {
        ProductTile mug = tile("mug");
        controller.setCatalog(new Catalog(List.of(controller.catalog().product("mug").orElseThrow(),
                ShowFixtures.product("lamp", "Desk lamp", "20", "45.00", Optional.empty(), OptionalInt.of(9), List.of())),
                List.of()));
        shelf.refresh();
        assertThat(shelf.tiles()).extracting(ProductTile::productId).containsExactly("mug", "lamp");
        assertThat(tile("mug")).isSameAs(mug);
        assertThat(mug.hotkeyProperty().get()).as("now first").isEqualTo("1");
    }

    @Test
    void aThumbnailIsAskedForOnceAndMadeSquareFromThePicture() throws Exception {
        Path picture = pictures.resolve("wide.png");
        BufferedImage wide = new BufferedImage(600, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = wide.createGraphics();
        graphics.setColor(Color.RED);
        graphics.fillRect(0, 0, 600, 300);
        graphics.setColor(Color.BLUE);
        graphics.fillRect(150, 0, 300, 300); // the middle square
        graphics.dispose();
        ImageIO.write(wide, "png", picture.toFile());
        controller.setCatalog(new Catalog(List.of(ShowFixtures.product("lamp", "Desk lamp", "20", "45.00", Optional.empty(),
                OptionalInt.of(9), List.of(picture))), List.of()));
        shelf.refresh();
        ProductTile lamp = tile("lamp");
        assertThat(lamp.thumbnailProperty().get()).as("nothing loaded before the tile is seen").isNull();

        lamp.requestThumbnail();

        javafx.scene.image.Image thumbnail = lamp.thumbnailProperty().get();
        assertThat(thumbnail.getWidth()).isEqualTo(ThumbnailLoader.SIDE_PIXELS);
        assertThat(thumbnail.getHeight()).isEqualTo(ThumbnailLoader.SIDE_PIXELS);
        assertThat(thumbnail.getPixelReader().getArgb(4, 96)).as("the middle of the picture, not its red sides").isEqualTo(0xFF0000FF);
        lamp.requestThumbnail();
        assertThat(lamp.thumbnailProperty().get()).isSameAs(thumbnail);
    }

    @Test
    void aMissingPictureGivesThePlaceholderNotAnError() {
        controller.setCatalog(new Catalog(List.of(ShowFixtures.product("lamp", "Desk lamp", "20", "45.00", Optional.empty(),
                OptionalInt.of(9), List.of(pictures.resolve("gone.png")))), List.of()));
        shelf.refresh();
        tile("lamp").requestThumbnail();
        assertThat(tile("lamp").thumbnailProperty().get()).isNotNull();
    }

    @Test
    void twoHundredProductsMakeTwoHundredTilesAndOnlyTheFirstNineHaveKeys() {
        controller.setCatalog(ShowFixtures.manyProducts(200));
        shelf.refresh();
        assertThat(shelf.tiles()).hasSize(200);
        assertThat(shelf.tiles().get(8).hotkeyProperty().get()).isEqualTo("9");
        assertThat(shelf.tiles().get(9).hotkeyProperty().get()).isEmpty();
        shelf.toggle(shelf.tiles().get(150), CommandSource.WINDOW);
        assertThat(shelf.tiles().get(150).isOnAir()).isTrue();
    }
}
