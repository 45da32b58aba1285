package live.studio.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files from outside never crash a reader: random mutations of valid files (seeded, so a failure can be replayed)
 * give problems, never an exception, and every problem points inside the file.
 */
class CatalogReaderRobustnessTest {
    private static final int CASES = 300;

    @TempDir
    Path folder;

    private static final String JSON = """
            {"currency": "EUR", "products": [
              {"id": "a", "shortCode": 11, "title": "Mug \\"A\\"", "price": 18.50, "compareAtPrice": "24", "stock": 3,
               "buyUrl": "https://shop.example/a", "images": ["a.png"], "talkingPoints": ["x"],
               "variants": [{"id": "v", "options": {"Size": "M"}, "price": 19, "stock": 1}]}
            ], "promoCodes": [{"code": "FLASH20", "discount": "-20%", "validFor": "15m", "products": ["a"]}]}
            """;
    private static final String CSV = "id,title,price,stock,image,talkingPoints\r\n"
            + "a,\"Mug \"\"A\"\",\r\nline\",18.50,3,a.png,one|two\r\n\r\nb,B,2,,,\r\n";
    private static final String SHOPIFY = "Handle,Title,Option1 Name,Option1 Value,Variant Price,Variant Inventory Qty,Image Src\n"
            + "a,A,Size,M,10.00,2,https://cdn.example/a.png?v=1\na,,,L,11.00,1,\na,,,,,,b.png\n";

    /** Replaces, inserts or deletes a few characters, favouring the ones that structure the format. */
    private static String mutated(String text, Random random) {
        String structural = "{}[]\",:;\r\n\\|.-#0e \u00e9\uFEFF";
        StringBuilder mutant = new StringBuilder(text);
        int edits = 1 + random.nextInt(6);
        for (int i = 0; i < edits && !mutant.isEmpty(); i++) {
            int at = random.nextInt(mutant.length());
            char c = structural.charAt(random.nextInt(structural.length()));
            switch (random.nextInt(3)) {
                case 0 -> mutant.setCharAt(at, c);
                case 1 -> mutant.insert(at, c);
                default -> mutant.deleteCharAt(at);
            }
        }
        if (random.nextInt(10) == 0) {
            mutant.setLength(random.nextInt(mutant.length() + 1));
        }
        return mutant.toString();
    }

    private void assertProblemsInside(CatalogImport result, String text, String seed) {
        int lines = text.split("\r\n|\n|\r", -1).length;
        for (CatalogProblem problem : result.problems()) {
            assertThat(problem.line()).as(seed + " " + problem).isBetween(1, lines + 1);
            assertThat(problem.toString()).as(seed).doesNotContain("\n");
        }
    }

    @Test
    void mutatedFilesGiveProblemsNeverExceptions() throws IOException {
        Random random = new Random(20261121);
        for (int i = 0; i < CASES; i++) {
            String seed = "case " + i;
            String json = mutated(JSON, random);
            Path jsonFile = folder.resolve("c" + i + ".json");
            Files.write(jsonFile, json.getBytes(StandardCharsets.UTF_8));
            assertProblemsInside(CatalogReader.read(jsonFile), json, seed + " json: " + json);

            String csv = mutated(CSV, random);
            Path csvFile = folder.resolve("c" + i + ".csv");
            Files.write(csvFile, csv.getBytes(StandardCharsets.UTF_8));
            assertProblemsInside(CatalogReader.readCsv(csvFile), csv, seed + " csv: " + csv);

            String shopify = mutated(SHOPIFY, random);
            Path shopifyFile = folder.resolve("s" + i + ".csv");
            Files.write(shopifyFile, shopify.getBytes(StandardCharsets.UTF_8));
            assertProblemsInside(CatalogReader.readShopifyCsv(shopifyFile, folder), shopify, seed + " shopify: " + shopify);
        }
    }
}
