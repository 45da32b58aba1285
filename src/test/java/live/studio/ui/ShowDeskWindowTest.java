package live.studio.ui;

import static live.studio.ui.FxWait.onFx;
import static live.studio.ui.FxWait.pollFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import live.studio.app.Sources;
import live.studio.encode.EncoderSettings;
import live.studio.media.VideoFormat;
import live.studio.overlay.OverlaySlot;
import live.studio.show.CommandSource;
import live.studio.show.Graphic;
import live.studio.show.ShowCommand;
import live.studio.show.ShowController;
import live.studio.show.ShowEvent;
import live.studio.ui.preview.ProgramPreview;
import live.studio.ui.shelf.ShowFixtures.BoxRenderer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The product shelf and the commerce controls in the studio window on JavaFX's headless platform, with the real
 * engine, the real show controller and the demo catalog; graphics are drawn as plain boxes so the test can find them
 * in the program picture. Waits poll with generous deadlines: a loaded machine may be slow, never wrong.
 */
class ShowDeskWindowTest extends FxRobot {
    private static final VideoFormat CANVAS = new VideoFormat(640, 360, 30);
    private static final Path DEMO_CATALOG = Path.of("assets", "demo", "catalog.json").toAbsolutePath();
    private static final PseudoClass ON_AIR = PseudoClass.getPseudoClass("on-air");

    static {
        // As in StudioWindowTest: the platform's own headless glass, not Monocle.
        System.setProperty("testfx.headless", "false");
    }

    @TempDir
    Path folder;

    private StudioApplication application;
    private final List<ShowEvent> events = new CopyOnWriteArrayList<>();

    private void openWindow(Path catalog) throws Exception {
        FxToolkit.registerPrimaryStage();
        StudioEnvironment environment = new StudioEnvironment(CANVAS, EncoderSettings.defaults(800), Sources.factory(CANVAS),
                StudioEnvironment.NO_DEVICES, folder)
                .withCatalogFile(catalog)
                .withOverlayRenderers(BoxRenderer::new)
                .withSettingsFolder(folder.resolve("settings"));
        application = (StudioApplication) FxToolkit.setupApplication(() -> new StudioApplication(environment));
        // These parts are the producer's (a first start opens in host mode).
        FxToolkit.setupFixture(() -> application.mainView().setMode(live.studio.ui.main.StudioMode.PRODUCER));
        controller().subscribe(events::add);
    }

    private void openWindowOnTheDemoCatalog() throws Exception {
        openWindow(DEMO_CATALOG);
        pollFor(() -> exists("#product-montre-marine"), shown -> shown, "the demo catalog's tiles");
    }

    @AfterEach
    void closeWindow() throws Exception {
        if (application != null) {
            FxToolkit.cleanupApplication(application);
        }
        FxToolkit.cleanupStages();
    }

    private ShowController controller() {
        return application.show().controller();
    }

    @Test
    void clickingATilePutsItsCardOnAirIntoTheProgramAndClickingAgainTakesItOff() throws Exception {
        openWindowOnTheDemoCatalog();

        clickOn("#product-casque-anc");

        assertThat(controller().state().onAir(OverlaySlot.PRODUCT_CARD)).contains(new Graphic.ProductCard("casque-anc"));
        assertThat(lastCommandSource()).isEqualTo(CommandSource.WINDOW);
        pollFor(() -> previewPixel(OverlaySlot.PRODUCT_CARD), pixel -> pixel == BoxRenderer.colourOf(OverlaySlot.PRODUCT_CARD),
                "the card's box in the program preview");
        pollFor(() -> onAir("#product-casque-anc"), marked -> marked, "the tile marked on air");
        assertThat(text("#shelf-on-air")).isEqualTo("● ON AIR  Casque sans fil à réduction de bruit");

        clickOn("#product-casque-anc");

        assertThat(controller().state().onAir(OverlaySlot.PRODUCT_CARD)).isEmpty();
        pollFor(() -> previewPixel(OverlaySlot.PRODUCT_CARD), pixel -> pixel != BoxRenderer.colourOf(OverlaySlot.PRODUCT_CARD),
                "the box gone from the program");
        pollFor(() -> onAir("#product-casque-anc"), marked -> !marked, "the tile no longer on air");
    }

    @Test
    void keyTwoShowsTheSecondProductAndPressingItAgainHidesIt() throws Exception {
        openWindowOnTheDemoCatalog();

        type(KeyCode.DIGIT2);

        pollFor(() -> controller().state().onAir(OverlaySlot.PRODUCT_CARD), card -> card.isPresent(), "a card on air");
        assertThat(controller().state().onAir(OverlaySlot.PRODUCT_CARD)).contains(new Graphic.ProductCard("casque-anc"));
        assertThat(lastCommandSource()).isEqualTo(CommandSource.SHORTCUT);
        pollFor(() -> onAir("#product-casque-anc"), marked -> marked, "the second tile marked on air");

        type(KeyCode.DIGIT2);
        pollFor(() -> controller().state().onAir(OverlaySlot.PRODUCT_CARD), card -> card.isEmpty(), "the card hidden");
    }

    @Test
    void aCardShownByTheApiMarksItsTileOnAir() throws Exception {
        openWindowOnTheDemoCatalog();

        controller().execute(new ShowCommand.ShowProduct("#15"), CommandSource.API);

        pollFor(() -> onAir("#product-montre-marine"), marked -> marked, "the watch's tile marked on air");
        assertThat(onFx(() -> lookup("#product-montre-marine .tile-on-air").query().isVisible())).isTrue();
        pollFor(() -> text("#show-activity"), text -> text.endsWith("API · product.show #15"), "the activity line");
        assertThat(onAir("#product-casque-anc")).isFalse();
    }

    @Test
    void aStartedCountdownShowsItsRemainingTimeTicking() throws Exception {
        openWindowOnTheDemoCatalog();
        clickOn("#countdown-one-minute");
        assertThat(text("#countdown-display")).isEqualTo("1:00");

        clickOn("#countdown-start");

        assertThat(controller().state().onAir(OverlaySlot.COUNTDOWN)).isPresent();
        String first = pollFor(() -> text("#countdown-display"), text -> text.matches("[01]:\\d\\d"), "a running time");
        String later = pollFor(() -> text("#countdown-display"), text -> !text.equals(first), "the time moving on");
        assertThat(seconds(later)).isLessThan(seconds(first));
        pollFor(() -> previewPixel(OverlaySlot.COUNTDOWN), pixel -> pixel == BoxRenderer.colourOf(OverlaySlot.COUNTDOWN),
                "the countdown's box in the program");

        clickOn("#countdown-more");
        pollFor(() -> seconds(text("#countdown-display")), seconds -> seconds > 60, "30 seconds added");
        clickOn("#countdown-stop");
        pollFor(() -> text("#countdown-display"), text -> text.equals("1:00"), "stopped: the length again");
        assertThat(controller().state().onAir(OverlaySlot.COUNTDOWN)).isEmpty();
    }

    @Test
    void aRefusedCommandShowsItsMessageUnderTheControlAndNoDialog() throws Exception {
        openWindowOnTheDemoCatalog();

        clickOn("#lower-third-toggle");

        pollFor(() -> text("#lower-third-message"), text -> !text.isEmpty(), "the refusal under the lower third");
        assertThat(text("#lower-third-message")).isEqualTo("name: missing; the name, e.g. \"Camille Laurent\"");
        assertThat(controller().state().onAir()).isEmpty();
        assertThat(onFx(() -> Window.getWindows().stream().filter(Stage.class::isInstance).count())).isEqualTo(1L);

        clickOn("#lower-third-name").write("Camille Laurent");
        clickOn("#lower-third-toggle");
        pollFor(() -> text("#lower-third-message"), String::isEmpty, "the message cleared by a command that ran");
        assertThat(controller().state().onAir(OverlaySlot.LOWER_THIRD)).contains(new Graphic.LowerThird("Camille Laurent", ""));
    }

    @Test
    void keysTypedIntoATextFieldAreTextUntilEscapeLeavesIt() throws Exception {
        openWindowOnTheDemoCatalog();

        scrollControlsToTheEnd(); // a small screen shows the banner below the fold
        clickOn("#banner-text").write("1 day only");
        type(KeyCode.B);

        assertThat(text("#banner-text")).isEqualTo("1 day onlyb");
        assertThat(controller().state().onAir()).isEmpty();

        type(KeyCode.ESCAPE);
        type(KeyCode.B);
        pollFor(() -> controller().state().onAir(OverlaySlot.BANNER), banner -> banner.isPresent(), "B shows the banner");
        assertThat(controller().state().onAir(OverlaySlot.BANNER)).contains(new Graphic.Banner("1 day onlyb"));
        type(KeyCode.H);
        pollFor(() -> controller().state().onAir().isEmpty(), empty -> empty, "H hides everything");
    }

    @Test
    void aBrokenCatalogOpensTheWindowWithWhatLoadedAndSaysWhereTheProblemIs() throws Exception {
        Path broken = folder.resolve("catalog.json");
        Files.writeString(broken, """
                {"currency": "EUR", "products": [
                  {"id": "mug", "shortCode": "12", "title": "Mug", "price": "18.50", "stock": 4},
                  {"id": "lamp", "shortCode": "13", "title": "Lamp", "price": "cheap"}
                ]}
                """);
        openWindow(broken);

        pollFor(() -> exists("#product-mug"), shown -> shown, "the product that loaded");
        assertThat(exists("#product-lamp")).isFalse();
        String notices = pollFor(() -> onFx(() -> lookup("#notifications .notice-text").queryAll().stream()
                        .map(node -> ((Label) node).getText()).reduce("", String::concat)),
                text -> !text.isEmpty(), "a notice about the catalog");
        assertThat(notices).contains(broken + ":3:63: products[1].price: \"cheap\" is not a price");
        assertThat(text("#product-mug .tile-stock")).isEqualTo("Only 4 left");
    }

    @Test
    void twoHundredProductsOpenAndLoadThumbnailsOnlyAsTheyScrollIntoView() throws Exception {
        Path picture = DEMO_CATALOG.resolveSibling("images").resolve("mug.png");
        StringBuilder products = new StringBuilder();
        for (int index = 0; index < 200; index++) {
            products.append(index == 0 ? "" : ",\n").append("{\"id\": \"item-").append(index)
                    .append("\", \"shortCode\": \"").append(100 + index).append("\", \"title\": \"Item ").append(index)
                    .append("\", \"price\": \"19.90\", \"stock\": ").append(index % 9)
                    .append(", \"images\": [\"").append(picture.toString().replace("\\", "\\\\")).append("\"]}");
        }
        Path catalog = folder.resolve("big.json");
        Files.writeString(catalog, "{\"currency\": \"EUR\", \"products\": [\n" + products + "\n]}");
        live.studio.catalog.Catalog big = live.studio.catalog.CatalogReader.read(catalog).catalog();
        openWindowOnTheDemoCatalog();

        long changedAt = System.nanoTime();
        controller().setCatalog(big);
        pollFor(() -> onFx(() -> lookup(".product-tile").queryAll().size()), count -> count == 200, "200 tiles");
        // A figure for the report, not an assertion: it depends on the machine and its load.
        System.out.println("200 product tiles on screen " + (System.nanoTime() - changedAt) / 1_000_000
                + " ms after the catalog changed");
        int withPictures = pollFor(this::tilesWithPictures, count -> count > 0, "the first thumbnails");
        Thread.sleep(500);
        assertThat(tilesWithPictures()).as("only the tiles in view have asked for theirs").isLessThan(40);

        interact(() -> lookup(".shelf-scroll").<javafx.scene.control.ScrollPane>query().setVvalue(1.0));
        pollFor(() -> onFx(() -> ((javafx.scene.image.ImageView) lookup("#product-item-199 .tile-picture").query()).getImage() != null),
                loaded -> loaded, "the last tile's thumbnail once scrolled to");
        assertThat(tilesWithPictures()).isGreaterThan(withPictures);

        type(KeyCode.DIGIT9);
        pollFor(() -> controller().state().onAir(OverlaySlot.PRODUCT_CARD), card -> card.isPresent(), "the ninth product by its key");
        assertThat(controller().state().onAir(OverlaySlot.PRODUCT_CARD)).contains(new Graphic.ProductCard("item-8"));
    }

    private void scrollControlsToTheEnd() {
        interact(() -> lookup("#show-controls .sidebar-scroll").<javafx.scene.control.ScrollPane>query().setVvalue(1.0));
    }

    private int tilesWithPictures() {
        return onFx(() -> (int) lookup(".tile-picture").queryAll().stream()
                .filter(node -> ((javafx.scene.image.ImageView) node).getImage() != null).count());
    }

    // ---- reading the window (always on the FX thread) ----

    private CommandSource lastCommandSource() {
        return events.stream().filter(ShowEvent.CommandExecuted.class::isInstance).map(ShowEvent.CommandExecuted.class::cast)
                .reduce((first, second) -> second).orElseThrow().source();
    }

    private int previewPixel(OverlaySlot slot) {
        int[] place = BoxRenderer.placeOf(slot);
        return onFx(() -> {
            WritableImage image = lookup("#program-preview").<ProgramPreview>query().image();
            return image.getPixelReader().getArgb(place[0] + BoxRenderer.SIDE / 2, place[1] + BoxRenderer.SIDE / 2);
        });
    }

    private boolean exists(String query) {
        return onFx(() -> lookup(query).tryQuery().isPresent());
    }

    private boolean onAir(String tileQuery) {
        return onFx(() -> lookup(tileQuery).query().getPseudoClassStates().contains(ON_AIR));
    }

    private String text(String query) {
        return onFx(() -> {
            Node node = lookup(query).query();
            return node instanceof Labeled labeled ? labeled.getText() : ((TextInputControl) node).getText();
        });
    }

    private static int seconds(String clock) {
        String[] parts = clock.split(":");
        return Integer.parseInt(parts[0]) * 60 + Integer.parseInt(parts[1]);
    }


}
