package live.studio.show.runsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import live.studio.catalog.CatalogProblem;
import live.studio.catalog.CsvTable;
import live.studio.catalog.document.DocumentProblem;
import live.studio.compose.Layout;
import live.studio.show.EndAction;
import live.studio.show.ShowCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunSheetCsvTest {
    @TempDir
    Path folder;

    static RunSheet sample() {
        Segment opening = new Segment("opening", "Opening, \"bonsoir\"", Duration.ofMinutes(2),
                new SegmentStart.AtTimeOfDay(LocalTime.of(20, 0)), Advance.MANUAL,
                "Welcome everyone;\nsay the sale ends at 21:00.", List.of("Free shipping", "Two new colours"),
                List.of("casque-anc", "mug"), Optional.of("pictureInPicture"), List.of(
                new Cue("hello", "Name on screen", new CueTrigger.AtOffset(Duration.ofSeconds(5)),
                        new ShowCommand.ShowLowerThird("Camille Laurent", "Host")),
                new Cue("card", "", new CueTrigger.OnGo(), new ShowCommand.ShowProduct("casque-anc"))));
        Segment sale = new Segment("flash-sale", "Flash sale", Duration.ofSeconds(190), new SegmentStart.FollowsPrevious(),
                Advance.AUTOMATIC, "", List.of(), List.of(), Optional.empty(), List.of(
                new Cue("flash", "Flash sale # 3 min", new CueTrigger.AtOffset(Duration.ofMinutes(1)),
                        new ShowCommand.StartCountdown(Optional.of(Duration.ofSeconds(180)), Optional.empty(),
                                "Ends in", EndAction.REVEAL_PROMO, Optional.of("FLASH20"))),
                new Cue("layout", "", new CueTrigger.OnGo(), new ShowCommand.SetLayout(Layout.SIDE_BY_SIDE))));
        return new RunSheet(List.of(opening, sale, Segment.of("qa", "Q&A", Duration.ofMinutes(75))));
    }

    @Test
    void whatIsWrittenReadsBackTheSame() throws IOException {
        Path file = folder.resolve("show.csv");
        RunSheetCsv.write(sample(), file);

        RunSheetImport read = RunSheetCsv.read(file);

        assertThat(read.problems()).isEmpty();
        assertThat(read.runSheet()).isEqualTo(sample());
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF#,Id,Title,Start,Duration,Advance,Notes,Talking Points,Products,Layout,Cues\r\n");
        assertThat(text).contains("1,opening,\"Opening, \"\"bonsoir\"\"\",20:00,2:00,manual,");
        assertThat(text).contains("[card] go product.show {\"\"product\"\":\"\"casque-anc\"\"}");
        assertThat(text).contains("3,qa,Q&A,,1:15:00,auto,,,,,\r\n");
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasAreWrittenAsTextAndReadBackAsWritten() throws IOException {
        List<String> hostile = List.of("=HYPERLINK(\"http://evil.example\",\"click\")", "+33 1 23 45", "-2 for 1",
                "@SUM(A1:A9)", "\tTabbed", "'quoted already", "'=twice");
        List<Segment> segments = new ArrayList<>();
        for (int index = 0; index < hostile.size(); index++) {
            segments.add(Segment.of("s" + index, hostile.get(index), Duration.ofMinutes(1))
                    .withHostNotes(hostile.get(hostile.size() - 1 - index)));
        }
        RunSheet runSheet = new RunSheet(segments);
        Path file = folder.resolve("hostile.csv");
        RunSheetCsv.write(runSheet, file);

        List<DocumentProblem> problems = new ArrayList<>();
        CsvTable raw = CsvTable.read(file, RunSheetCsv.MAX_FILE_BYTES, "a run-sheet", "segment", problems).orElseThrow();
        for (CsvTable.Row row : raw.rows()) {
            for (String column : List.of("Title", "Notes")) {
                String cell = row.cell(column).orElseThrow().text();
                assertThat(cell.charAt(0)).as(cell).isNotIn('=', '+', '-', '@', '\t', '\r');
            }
        }
        assertThat(raw.rows().getFirst().cell("Title").orElseThrow().text()).startsWith("'=HYPERLINK");
        RunSheetImport read = RunSheetCsv.read(file);
        assertThat(read.problems()).isEmpty();
        assertThat(read.runSheet().segments()).extracting(Segment::title).containsExactlyElementsOf(hostile.stream()
                .map(String::strip).toList());
    }

    @Test
    void everyProblemIsLocatedAtItsLineColumnAndField() throws IOException {
        Path file = folder.resolve("broken.csv");
        Files.writeString(file, String.join("\n",
                "Title,Duration,Start,Advance,Cues,Colour",
                "Opening,6 minutes,,,,red",
                "Demo,1:30,25:00,sometimes,,",
                ",2m,,,,",
                "Sale,3m,,,\"go product.show {\"\"product\"\": \"\"mug\"\"}",
                "2:00 countdown.start {\"\"seconds\"\": 0}",
                "go nothing.here\",",
                "Q&A,1:75,,,,")) ;

        RunSheetImport read = RunSheetCsv.read(file);

        assertThat(read.problems()).extracting(CatalogProblem::toString).containsExactly(
                file + ":1:35: Colour: unknown column, its values are ignored",
                file + ":2:9: Duration: \"6 minutes\" is not a duration: write it like " + SegmentDurations.FORMS,
                file + ":3:11: Start: \"25:00\" is not a start: leave it empty (or write soft) to follow the previous "
                        + "segment, or give a time of day like 20:00 for a hard start",
                file + ":3:17: Advance: \"sometimes\" is not an advance: write auto or manual",
                file + ":4:1: Title: required value is empty: fill in the title; the segment is left out",
                file + ":6:1: Cues.seconds: must be 1 to 86400, got 0",
                file + ":7:1: Cues: unknown command \"nothing.here\"; known: " + String.join(", ",
                        live.studio.show.ShowCommands.names()),
                file + ":8:5: Duration: \"1:75\" is not a clock duration: seconds and minutes go up to 59; write it "
                        + "like " + SegmentDurations.FORMS);
        assertThat(read.hasErrors()).isTrue();
        assertThat(read.runSheet().segments()).extracting(Segment::title).containsExactly("Demo", "Sale");
        Segment sale = read.runSheet().segment(1);
        assertThat(sale.cues()).hasSize(1);
        assertThat(sale.cues().getFirst().id()).isEqualTo("sale-cue-1");
        assertThat(sale.cues().getFirst().command()).isEqualTo(new ShowCommand.ShowProduct("mug"));
    }

    @Test
    void aFileWithoutTheRequiredColumnsSaysWhichAreMissing() throws IOException {
        Path file = folder.resolve("columns.csv");
        Files.writeString(file, "Segment;Length\nOpening;2m\n");

        RunSheetImport read = RunSheetCsv.read(file);

        assertThat(read.problems()).extracting(CatalogProblem::toString).contains(
                file + ":1:1: Title: required column \"Title\" is missing from the header row: add it",
                file + ":1:1: Duration: required column \"Duration\" is missing from the header row: add it");
        assertThat(read.runSheet().isEmpty()).isTrue();
    }

    @Test
    void aHugeFileIsRefusedBeforeItIsReadAndTooManyRowsAreCut() throws IOException {
        Path huge = folder.resolve("huge.csv");
        StringBuilder text = new StringBuilder("Title,Duration,Notes\n");
        String notes = "x".repeat(1000);
        while (text.length() <= RunSheetCsv.MAX_FILE_BYTES) {
            text.append("Segment,1m,").append(notes).append('\n');
        }
        Files.writeString(huge, text);
        RunSheetImport tooBig = RunSheetCsv.read(huge);
        assertThat(tooBig.problems()).singleElement().asString()
                .startsWith(huge + ":1:1: (document): the file is 4 MB, more than the 4 MB a run-sheet may have");
        assertThat(tooBig.runSheet().isEmpty()).isTrue();

        Path many = folder.resolve("many.csv");
        StringBuilder rows = new StringBuilder("Title,Duration\n");
        for (int index = 0; index < RunSheetCsv.MAX_SEGMENTS + 5; index++) {
            rows.append("Segment ").append(index).append(",1m\n");
        }
        Files.writeString(many, rows);
        RunSheetImport cut = RunSheetCsv.read(many);
        assertThat(cut.runSheet().size()).isEqualTo(RunSheetCsv.MAX_SEGMENTS);
        assertThat(cut.problems()).singleElement().asString()
                .isEqualTo(many + ":1002:1: (document): more than 1000 segments: the rest of the file is not read");
        assertThat(cut.runSheet().segment(1).id()).isEqualTo("segment-1");
    }
}
