package live.studio.show.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;
import live.studio.files.AtomicFiles;
import live.studio.show.ShowCommand;
import live.studio.show.runsheet.Advance;
import live.studio.show.runsheet.Cue;
import live.studio.show.runsheet.CueTrigger;
import live.studio.show.runsheet.RunSheet;
import live.studio.show.runsheet.Segment;
import live.studio.show.runsheet.SegmentStart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShowFileWriterTest {
    @TempDir
    Path folder;

    /** The demo show, its catalog and pictures, copied into the test's folder. */
    private Path demoCopy() throws IOException {
        Path demo = Path.of("assets", "demo");
        Files.copy(demo.resolve("show.json"), folder.resolve("show.json"));
        Files.copy(demo.resolve("catalog.json"), folder.resolve("catalog.json"));
        Files.createDirectories(folder.resolve("images"));
        try (Stream<Path> images = Files.list(demo.resolve("images"))) {
            for (Path image : images.toList()) {
                Files.copy(image, folder.resolve("images").resolve(image.getFileName()));
            }
        }
        return folder.resolve("show.json");
    }

    @Test
    void aWholeShowWrittenReadsBackEqual() throws IOException {
        ShowFile original = ShowFileReader.read(demoCopy()).show().orElseThrow();
        Path written = folder.resolve("written.json");

        ShowFileWriter.save(original, written);
        ShowFileLoad again = ShowFileReader.read(written);

        assertThat(again.problems()).isEmpty();
        ShowFile copy = again.show().orElseThrow();
        assertThat(copy.info()).isEqualTo(original.info());
        assertThat(copy.catalog()).isEqualTo(original.catalog());
        assertThat(copy.theme()).isEqualTo(original.theme());
        assertThat(copy.layouts()).isEqualTo(original.layouts());
        assertThat(copy.runSheet()).isEqualTo(original.runSheet());
        assertThat(Files.readString(written)).contains("\"images\" : [ \"images/sneaker.png\" ]");
    }

    @Test
    void anEditedRunSheetIsSavedIntoItsFileKeepingTheRestAsWritten() throws IOException {
        Path file = demoCopy();
        ShowFile original = ShowFileReader.read(file).show().orElseThrow();
        Segment flash = original.runSheet().segment("vente-flash").orElseThrow();
        RunSheet edited = original.runSheet()
                .with(3, flash.withPlannedDuration(Duration.ofSeconds(200)).withStart(
                        new SegmentStart.AtTimeOfDay(LocalTime.of(20, 30, 15))).withHostNotes("Nouvelles notes\nligne 2"))
                .moved(3, 1)
                .inserted(0, new Segment("avant", "Avant-première", Duration.ofSeconds(45),
                        new SegmentStart.FollowsPrevious(), Advance.MANUAL, "", List.of("un point"), List.of("mug-gres"),
                        java.util.Optional.of("fullFrame"), List.of(new Cue("avant-go", "", new CueTrigger.OnGo(),
                        new ShowCommand.ShowBanner("Bientôt \"en direct\"")))));

        ShowFileWriter.saveRunSheet(file, edited);
        ShowFileLoad again = ShowFileReader.read(file);

        assertThat(again.problems()).isEmpty();
        assertThat(again.show().orElseThrow()).isEqualTo(original.withRunSheet(edited));
        assertThat(Files.readString(file)).contains("\"catalog\" : \"catalog.json\"");
        assertThat(AtomicFiles.backupOf(file)).exists();
    }

    @Test
    void aYamlShowStaysYaml() throws IOException {
        demoCopy();
        Path file = folder.resolve("show.yaml");
        Files.writeString(file, """
                show:
                  title: Test
                catalog: catalog.json
                runSheet:
                  - title: Ouverture
                    duration: 1:30
                """);
        ShowFile original = ShowFileReader.read(file).show().orElseThrow();
        RunSheet edited = original.runSheet().with(0, original.runSheet().segment(0).withTitle("Bienvenue"));

        ShowFileWriter.saveRunSheet(file, edited);

        assertThat(Files.readString(file)).doesNotContain("{").contains("title: \"Bienvenue\"");
        assertThat(ShowFileReader.read(file).show().orElseThrow().runSheet()).isEqualTo(edited);
    }

    @Test
    void aRunSheetAloneReadsBackEqual() {
        ShowFile demo = ShowFileReader.read(ShowFileReaderTest.DEMO).show().orElseThrow();

        String json = ShowFileWriter.toJson(demo.runSheet());

        ShowFileLoad again = ShowFileReader.readRunSheet(json, ShowFormat.JSON, Path.of("run.json"));
        assertThat(again.problems()).isEmpty();
        assertThat(again.show().orElseThrow().runSheet()).isEqualTo(demo.runSheet());
    }
}
