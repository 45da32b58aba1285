package live.studio.ui.runsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import live.studio.show.ShowCommand;
import live.studio.show.runsheet.Advance;
import live.studio.show.runsheet.CueTrigger;
import live.studio.show.runsheet.RunSheet;
import live.studio.show.runsheet.RunSheetCsv;
import live.studio.show.runsheet.Segment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProducerViewModelTest {
    @TempDir
    Path folder;

    /** The engine's side as the view model sees it: it keeps every run-sheet it is given. */
    private final List<RunSheet> published = new ArrayList<>();
    private final RunSheetEngine engine = new RunSheetEngine() {
        private RunSheet current = RunTimingTest.show();

        @Override
        public RunSheet runSheet() {
            return current;
        }

        @Override
        public RunProgress progress() {
            return RunProgress.notStarted(RunTimingTest.NOW);
        }

        @Override
        public void replaceRunSheet(RunSheet edited) {
            current = edited;
            published.add(edited);
        }
    };

    private ProducerViewModel viewModel(Optional<ProducerViewModel.RunSheetSaver> saver) {
        return new ProducerViewModel(engine, saver, RunProgress.notStarted(RunTimingTest.NOW));
    }

    @Test
    void aDurationTypedAsAClockChangesTheTotalsAndReachesTheEngine() {
        ProducerViewModel viewModel = viewModel(Optional.empty());
        assertThat(viewModel.plannedTotalProperty().get()).isEqualTo("11:00");

        assertThat(viewModel.edit(1, SegmentColumn.DURATION, "7:30")).isEmpty();

        assertThat(viewModel.plannedTotalProperty().get()).isEqualTo("12:30");
        assertThat(published.getLast().segment(1).plannedDuration()).isEqualTo(Duration.ofSeconds(450));
        assertThat(viewModel.unsavedProperty().get()).isTrue();
    }

    @Test
    void aBadCellIsRefusedWithItsRowAndColumnAndTheRunSheetIsUnchanged() {
        ProducerViewModel viewModel = viewModel(Optional.empty());

        assertThat(viewModel.edit(2, SegmentColumn.DURATION, "six minutes")).contains(
                "Row 3, duration: \"six minutes\" is not a duration: write it like 6m, 90s, 1h30m, 1:30 "
                        + "(minutes:seconds) or 1:05:00");
        assertThat(viewModel.edit(0, SegmentColumn.START, "25:00")).isPresent();
        assertThat(viewModel.edit(0, SegmentColumn.ADVANCE, "maybe")).contains(
                "Row 1, advance: \"maybe\" is not an advance: auto or manual");
        assertThat(viewModel.edit(0, SegmentColumn.TITLE, "  ")).isPresent();
        assertThat(viewModel.messageIsProblemProperty().get()).isTrue();
        assertThat(published).isEmpty();

        assertThat(viewModel.edit(0, SegmentColumn.ADVANCE, "manual")).isEmpty();
        assertThat(viewModel.messageProperty().get()).isEmpty();
        assertThat(viewModel.segments().getFirst().advance()).isEqualTo(Advance.MANUAL);
    }

    @Test
    void segmentsMoveAreAddedAndDeletedButNotTheOneOnAir() {
        ProducerViewModel viewModel = viewModel(Optional.empty());

        viewModel.move(2, 0);
        assertThat(ids(viewModel)).containsExactly("sale", "opening", "demo");
        int added = viewModel.add(0);
        assertThat(added).isEqualTo(1);
        assertThat(ids(viewModel)).containsExactly("sale", "segment-1", "opening", "demo");
        assertThat(published.getLast().segment(1).title()).isEqualTo("New segment");

        viewModel.update(RunTimingTest.running("opening", Duration.ZERO, Map.of(), Set.of()), viewModel.runSheet());
        assertThat(viewModel.delete(2)).contains("The segment on air cannot be deleted: move on to another first");
        assertThat(viewModel.delete(1)).isEmpty();
        assertThat(ids(viewModel)).containsExactly("sale", "opening", "demo");
    }

    @Test
    void aCueIsCheckedAsTheApiChecksItThenAdded() {
        ProducerViewModel viewModel = viewModel(Optional.empty());

        assertThat(viewModel.addCue(0, new CueDraft("1:00", "countdown.start", Map.of("seconds", "0"), "")))
                .contains("Cue: seconds: must be 1 to 86400, got 0");
        assertThat(viewModel.addCue(0, new CueDraft("soon", "product.hide", Map.of(), ""))).isPresent();
        assertThat(viewModel.addCue(0, new CueDraft("go", "product.show", Map.of("product", " "), "")))
                .contains("Cue: product: missing; product id or short code, e.g. \"sneaker-aero\" or \"#12\"");
        assertThat(published).isEmpty();

        assertThat(viewModel.addCue(0, new CueDraft("1:30", "countdown.start", Map.of("seconds", "180", "label", ""),
                "Flash sale"))).isEmpty();

        var cue = published.getLast().segment(0).cues().getFirst();
        assertThat(cue.id()).isEqualTo("opening-cue-1");
        assertThat(cue.trigger()).isEqualTo(new CueTrigger.AtOffset(Duration.ofSeconds(90)));
        assertThat(cue.command()).isInstanceOf(ShowCommand.StartCountdown.class);
        assertThat(ProducerViewModel.commandText(cue)).isEqualTo("countdown.start seconds=180 endAction=hide");
        viewModel.removeCue(0, 0);
        assertThat(published.getLast().segment(0).cues()).isEmpty();
    }

    @Test
    void aCsvWithErrorsIsNotImportedAndOneWithoutIs() throws Exception {
        ProducerViewModel viewModel = viewModel(Optional.empty());
        Path broken = folder.resolve("broken.csv");
        Files.writeString(broken, "Title,Duration\nOpening,soon\n");

        assertThat(viewModel.importCsv(broken)).isNotEmpty();
        assertThat(viewModel.messageProperty().get()).isEqualTo("Not imported: 1 problem in broken.csv (the run-sheet is unchanged)");
        assertThat(ids(viewModel)).containsExactly("opening", "demo", "sale");

        Path exported = folder.resolve("out.csv");
        viewModel.edit(0, SegmentColumn.TITLE, "=cmd|' /C calc'!A0");
        assertThat(viewModel.exportCsv(exported)).isEmpty();
        assertThat(RunSheetCsv.read(exported).runSheet()).isEqualTo(viewModel.runSheet());
        Files.writeString(broken, "Title,Duration\nOne,1m\nTwo,2m\n");
        assertThat(viewModel.importCsv(broken)).isEmpty();
        assertThat(viewModel.segments()).extracting(Segment::title).containsExactly("One", "Two");
        assertThat(published.getLast().size()).isEqualTo(2);
    }

    @Test
    void saveGoesThroughTheShowsSaverOrSaysThereIsNone() {
        List<RunSheet> saved = new ArrayList<>();
        ProducerViewModel viewModel = viewModel(Optional.of(runSheet -> {
            saved.add(runSheet);
            return folder.resolve("show.json");
        }));
        viewModel.edit(0, SegmentColumn.NOTES, "Smile");
        assertThat(viewModel.save()).isEmpty();
        assertThat(saved.getLast().segment(0).hostNotes()).isEqualTo("Smile");
        assertThat(viewModel.unsavedProperty().get()).isFalse();
        assertThat(viewModel(Optional.empty()).save()).isPresent();
    }

    private static List<String> ids(ProducerViewModel viewModel) {
        return viewModel.segments().stream().map(Segment::id).toList();
    }
}
