package live.studio.ui.shelf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import live.studio.catalog.Catalog;
import live.studio.show.ShowController;
import live.studio.ui.common.Notice;
import live.studio.ui.shelf.ShowFixtures.ManualShowTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogOpeningTest {
    @TempDir
    Path folder;

    private final HandOffUiThread ui = new HandOffUiThread();
    private final ShowController controller = new ShowController(Catalog.empty(), new ManualShowTime());
    private final List<Notice> notices = new ArrayList<>();

    private void open(Path file) throws InterruptedException {
        CatalogOpening.open(file, controller, ui.uiThread(), notices::add).join();
        ui.runPending();
    }

    @Test
    void aGoodCatalogReachesTheControllerWithoutANotice() throws Exception {
        Path file = folder.resolve("catalog.json");
        Files.writeString(file, """
                {"currency": "EUR", "products": [{"id": "mug", "shortCode": "12", "title": "Mug", "price": "18.50"}],
                 "promoCodes": [{"code": "LIVE10", "discount": "-10 %"}]}
                """);
        open(file);
        assertThat(controller.catalog().products()).extracting(live.studio.catalog.Product::id).containsExactly("mug");
        assertThat(notices).isEmpty();
    }

    @Test
    void aBadCatalogOpensWithWhatLoadedAndOneNoticeNamingEachProblem() throws Exception {
        Path file = folder.resolve("catalog.json");
        Files.writeString(file, """
                {"currency": "EUR", "products": [
                  {"id": "mug", "shortCode": "12", "title": "Mug", "price": "18.50"},
                  {"id": "lamp", "shortCode": "13", "title": "Lamp", "price": "cheap"}
                ]}
                """);
        open(file);

        assertThat(controller.catalog().products()).extracting(live.studio.catalog.Product::id).containsExactly("mug");
        assertThat(notices).singleElement().satisfies(notice -> {
            assertThat(notice.severity()).isEqualTo(Notice.Severity.ERROR);
            assertThat(notice.message()).startsWith("Catalog catalog.json: 1 problem; opened with 1 product and 0 promo codes.")
                    .contains("\n" + file + ":3:63: products[1].price: \"cheap\" is not a price");
        });
    }

    @Test
    void aMissingCatalogOpensEmptyAndSaysSo() throws Exception {
        Path file = folder.resolve("nowhere.json");
        open(file);
        assertThat(controller.catalog().products()).isEmpty();
        assertThat(notices).singleElement().satisfies(notice -> assertThat(notice.message())
                .contains("opened with 0 products").contains(file + ":1:1:"));
    }

    @Test
    void manyProblemsAreCountedAfterTheFirstFew() throws Exception {
        Path file = folder.resolve("catalog.json");
        StringBuilder products = new StringBuilder();
        for (int index = 0; index < 10; index++) {
            products.append(index == 0 ? "" : ",").append("{\"id\": \"p").append(index).append("\", \"shortCode\": \"")
                    .append(index).append("\", \"title\": \"P\", \"price\": \"x\"}\n");
        }
        Files.writeString(file, "{\"currency\": \"EUR\", \"products\": [\n" + products + "]}");
        open(file);
        assertThat(notices).singleElement().satisfies(notice -> assertThat(notice.message())
                .contains("… and " + (countProblems(notice) - CatalogOpening.PROBLEMS_SHOWN) + " more: studio validate"));
    }

    private static int countProblems(Notice notice) {
        String first = notice.message().substring("Catalog catalog.json: ".length());
        return Integer.parseInt(first.substring(0, first.indexOf(' ')));
    }
}
