package live.studio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code studio validate FILE} through Main: what it prints where, and its exit codes (ARCHITECTURE's contract). */
class ValidateCommandTest {
    private static final Path DEMO = Path.of("assets", "demo");
    private static final Path BROKEN = Path.of("src", "test", "resources", "show", "broken");

    @TempDir
    Path folder;

    @Test
    void theDemoShowIsValid() {
        StudioCommand result = StudioCommand.run("validate", DEMO.resolve("show.json").toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.DONE.code());
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).isEqualTo(DEMO.resolve("show.json") + ": ok (show \"Les immanquables de l'hiver\", "
                + "6 segments, 20 cues, 27m planned, 6 products)" + System.lineSeparator());
    }

    @Test
    void aBrokenShowPrintsOneLinePerProblemOnTheErrorStreamAndExitsOne() throws IOException {
        Path file = BROKEN.resolve("bad-duration.json");

        StudioCommand result = StudioCommand.run("validate", file.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(result.out()).isEmpty();
        assertThat(result.err().lines().toList()).containsExactlyElementsOf(Files.readAllLines(
                file.resolveSibling("bad-duration.json.expected")).stream().map(line -> BROKEN.resolve(line).toString())
                .toList());
    }

    @Test
    void aYamlShowIsCheckedTheSameWay() throws IOException {
        Path show = folder.resolve("show.yaml");
        Files.writeString(show, """
                show:
                  title: Soirée
                runSheet:
                  - title: Ouverture
                    duration: 2m
                    advanse: manual
                """);

        StudioCommand result = StudioCommand.run("validate", show.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(result.err()).isEqualTo(show + ":6:5: runSheet[0].advanse: unknown field (did you mean \"advance\"?)"
                + System.lineSeparator());
    }

    @Test
    void warningsAloneStillExitZero() throws IOException {
        Path show = folder.resolve("show.json");
        Files.writeString(show, """
                {"show": {"title": "T"}, "runSheet": [{"title": "Q", "duration": "1m", "advance": "manual",
                  "cues": [{"at": "2m", "command": "overlay.hideAll"}]}]}
                """);

        StudioCommand result = StudioCommand.run("validate", show.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.DONE.code());
        assertThat(result.err()).startsWith(show + ":2:19: runSheet[0].cues[0].at: warning: at 2m is after");
        assertThat(result.out()).startsWith(show + ": ok (show \"T\", 1 segment, 1 cue, 1m planned, 0 products)");
    }

    @Test
    void aRunSheetAloneIsChecked() throws IOException {
        Path runSheet = folder.resolve("run-sheet.json");
        Files.writeString(runSheet, """
                [{"title": "Ouverture", "duration": "2m"},
                 {"title": "Démo", "duration": "6m", "start": "20:75"}]
                """);

        StudioCommand broken = StudioCommand.run("validate", runSheet.toString());
        Files.writeString(runSheet, "{\"runSheet\": [{\"title\": \"Ouverture\", \"duration\": \"2m\"}]}");
        StudioCommand fixed = StudioCommand.run("validate", runSheet.toString());

        assertThat(broken.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(broken.err()).startsWith(runSheet + ":2:47: runSheet[1].start: \"20:75\" is not a start");
        assertThat(fixed.exitCode()).isEqualTo(ExitCode.DONE.code());
        assertThat(fixed.out()).isEqualTo(runSheet + ": ok (run-sheet, 1 segment, 0 cues, 2m planned)"
                + System.lineSeparator());
    }

    @Test
    void catalogsAreCheckedByTheCatalogReader() throws IOException {
        Path csv = folder.resolve("products.csv");
        Files.writeString(csv, "id,title,price\nmug,Mug,18.50\nbag,Sac,douze\n");

        StudioCommand json = StudioCommand.run("validate", DEMO.resolve("catalog.json").toString());
        StudioCommand broken = StudioCommand.run("validate", csv.toString());

        assertThat(json.exitCode()).isEqualTo(ExitCode.DONE.code());
        assertThat(json.out()).isEqualTo(DEMO.resolve("catalog.json") + ": ok (catalog, 6 products, 3 promo codes)"
                + System.lineSeparator());
        assertThat(broken.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(broken.err()).startsWith(csv + ":3:9: price: ");
    }

    @Test
    void aMissingFileIsBadInputAndNoFileIsAUsageError() {
        StudioCommand missing = StudioCommand.run("validate", folder.resolve("nothing.json").toString());
        StudioCommand usage = StudioCommand.run("validate");

        assertThat(missing.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(missing.err()).isEqualTo(folder.resolve("nothing.json") + ":1:1: (document): the file does not exist"
                + System.lineSeparator());
        assertThat(usage.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(usage.err()).contains("Missing required parameter: 'FILE'");
    }
}
