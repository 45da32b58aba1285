package live.studio.show.file;

import live.studio.show.runsheet.SegmentDurations;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import live.studio.compose.Layout;
import live.studio.show.ShowCommand;
import live.studio.show.runsheet.Advance;
import live.studio.show.runsheet.CueTrigger;
import live.studio.show.runsheet.Segment;
import live.studio.show.runsheet.SegmentStart;
import org.junit.jupiter.api.Test;

class ShowFileReaderTest {
    static final Path DEMO = Path.of("assets", "demo", "show.json");
    /** A file beside the demo, so that "catalog.json" and its pictures resolve. */
    static final Path BESIDE_DEMO = Path.of("assets", "demo", "test-show.json");

    @Test
    void readsTheDemoShowWithoutAProblem() {
        ShowFileLoad load = ShowFileReader.read(DEMO);

        assertThat(load.problems()).isEmpty();
        ShowFile show = load.show().orElseThrow();
        assertThat(show.info().title()).isEqualTo("Les immanquables de l'hiver");
        assertThat(show.info().language().getLanguage()).isEqualTo("fr");
        assertThat(show.theme()).isEqualTo("boutique");
        assertThat(show.catalog().products()).hasSize(6);
        assertThat(show.runSheet().segments()).extracting(Segment::title).containsExactly("Ouverture",
                "Baskets Runner — démo 6 min", "Casque et montre — le duo", "Vente flash — 3 min", "Questions", "Clôture");
        Segment opening = show.runSheet().segment(0);
        assertThat(opening.start()).isEqualTo(new SegmentStart.AtTimeOfDay(LocalTime.of(20, 0)));
        Segment duo = show.runSheet().segment("casque-montre").orElseThrow();
        assertThat(duo.plannedDuration()).isEqualTo(Duration.ofMinutes(5));
        assertThat(duo.featuredProducts()).containsExactly("casque-anc", "montre-marine");
        Segment flash = show.runSheet().segment("vente-flash").orElseThrow();
        assertThat(flash.advance()).isEqualTo(Advance.MANUAL);
        assertThat(flash.cues().getFirst().command()).isInstanceOfSatisfying(ShowCommand.StartCountdown.class,
                countdown -> assertThat(countdown.duration()).contains(Duration.ofMinutes(3)));
        assertThat(flash.cues().getLast().trigger()).isEqualTo(new CueTrigger.OnGo());
        assertThat(show.runSheet().segment("baskets").orElseThrow().cues()).extracting(cue -> cue.command())
                .contains(new ShowCommand.SetLayout(Layout.SIDE_BY_SIDE));
    }

    @Test
    void yamlGivesTheSameShowAsJson() {
        String yaml = """
                show:
                  title: Soirée test
                  language: fr
                catalog: catalog.json
                runSheet:
                  - title: Ouverture
                    duration: "1:30"
                    notes: |
                      Bonsoir !
                    cues:
                      - at: 10s
                        command: product.show
                        product: "#11"
                      - at: go
                        command: overlay.hideAll
                """;
        String json = """
                {"show": {"title": "Soirée test", "language": "fr"}, "catalog": "catalog.json",
                 "runSheet": [{"title": "Ouverture", "duration": "90s", "notes": "Bonsoir !",
                   "cues": [{"at": "10s", "command": "product.show", "product": "#11"},
                            {"at": "go", "command": "overlay.hideAll"}]}]}
                """;

        ShowFileLoad fromYaml = ShowFileReader.read(yaml, ShowFormat.YAML, BESIDE_DEMO);
        ShowFileLoad fromJson = ShowFileReader.read(json, ShowFormat.JSON, BESIDE_DEMO);

        assertThat(fromYaml.problems()).isEmpty();
        assertThat(fromYaml.show()).isEqualTo(fromJson.show()).isPresent();
        assertThat(fromYaml.show().orElseThrow().runSheet().segment(0).id()).isEqualTo("ouverture");
        assertThat(fromYaml.show().orElseThrow().runSheet().segment(0).cues()).extracting(cue -> cue.id())
                .containsExactly("ouverture-cue-1", "ouverture-cue-2");
    }

    @Test
    void everyProblemIsReportedWithItsLineColumnAndField() {
        String json = """
                {"show": {"title": "T"}, "catalog": "catalog.json",
                 "runSheet": [
                   {"title": "A", "duration": "6 minutes", "layout": "closeup"},
                   {"title": "B", "duration": "2m", "products": ["sneaker"],
                    "cues": [{"at": "3m", "command": "product.show", "product": "baskets-runer"}]}
                 ]}
                """;

        ShowFileLoad load = ShowFileReader.read(json, ShowFormat.JSON, BESIDE_DEMO);

        assertThat(load.show()).isEmpty();
        assertThat(load.problems()).extracting(ShowProblem::toString).containsExactly(
                BESIDE_DEMO + ":3:31: runSheet[0].duration: \"6 minutes\" is not a duration: write it like "
                        + SegmentDurations.FORMS,
                BESIDE_DEMO + ":3:54: runSheet[0].layout: unknown layout \"closeup\": use one of fullFrame, "
                        + "pictureInPicture, sideBySide or add it to \"layouts\"",
                BESIDE_DEMO + ":4:50: runSheet[1].products[0]: no product \"sneaker\" in the catalog: give a product "
                        + "id or a short code like \"#11\"",
                BESIDE_DEMO + ":5:21: runSheet[1].cues[0].at: at 3m the segment has already ended (it lasts 2m and "
                        + "advances by itself), so the cue would never fire: move it earlier, lengthen the segment or "
                        + "make it \"advance\": \"manual\"",
                BESIDE_DEMO + ":5:65: runSheet[1].cues[0].product: no product \"baskets-runer\" in the catalog "
                        + "(did you mean \"baskets-runner\"?)");
    }

    @Test
    void theExampleInTheFormatDocumentReadsWithoutAProblem() throws java.io.IOException {
        String document = java.nio.file.Files.readString(Path.of("docs", "show-file.md"));
        int start = document.indexOf("```yaml\n") + "```yaml\n".length();
        String yaml = document.substring(start, document.indexOf("```", start));

        ShowFileLoad load = ShowFileReader.read(yaml, ShowFormat.YAML, BESIDE_DEMO);

        assertThat(load.problems()).isEmpty();
        assertThat(load.show().orElseThrow().runSheet().segments()).extracting(Segment::id)
                .containsExactly("ouverture", "baskets-runner-demo-6-min", "vente-flash-3-min");
    }

    @Test
    void aRunSheetAloneIsReadWithoutACatalog() {
        ShowFileLoad load = ShowFileReader.readRunSheet("""
                [{"title": "Démo", "duration": "6m", "products": ["anything"]}]
                """, ShowFormat.JSON, Path.of("run.json"));

        assertThat(load.problems()).isEmpty();
        assertThat(load.show().orElseThrow().runSheet().segments()).extracting(Segment::id).containsExactly("demo");
    }

    @Test
    void titlesGiveUniqueIds() {
        ShowFileLoad load = ShowFileReader.readRunSheet("""
                [{"title": "Q&A", "duration": "1m"}, {"title": "Q & A", "duration": "1m"},
                 {"title": "——", "duration": "1m"}, {"id": "q-a-2", "title": "x", "duration": "1m"}]
                """, ShowFormat.JSON, Path.of("run.json"));

        assertThat(load.show().orElseThrow().runSheet().segments()).extracting(Segment::id)
                .containsExactly("q-a", "q-a-3", "segment-3", "q-a-2");
        assertThat(List.of(RunSheetReader.slug("Baskets Runner — démo 6 min", "x"))).containsExactly(
                "baskets-runner-demo-6-min");
    }
}
