package live.studio.ui;

import static live.studio.ui.FxWait.onFx;
import static live.studio.ui.FxWait.pollFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import live.studio.app.Sources;
import live.studio.encode.EncoderSettings;
import live.studio.media.VideoFormat;
import live.studio.overlay.OverlaySlot;
import live.studio.show.CommandSource;
import live.studio.show.Graphic;
import live.studio.show.ShowCommand;
import live.studio.show.ShowController;
import live.studio.show.ShowEvent;
import live.studio.show.runsheet.Advance;
import live.studio.show.runsheet.Cue;
import live.studio.show.runsheet.CueTrigger;
import live.studio.show.RunMode;
import live.studio.show.runsheet.RunPhase;
import live.studio.show.runsheet.RunSheet;
import live.studio.show.runsheet.RunState;
import live.studio.show.runsheet.RunStateFile;
import live.studio.show.runsheet.RunStatus;
import live.studio.show.runsheet.Segment;
import live.studio.ui.shelf.ShowFixtures.BoxRenderer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The run-sheet in the studio window on JavaFX's headless platform: the demo show opened by the window, the real cue
 * engine and show controller. The producer's edits reach the engine; the host's view follows the run; the space bar
 * fires the next go cue through the controller. Waits poll with generous deadlines: a loaded machine may be slow,
 * never wrong.
 */
class RunSheetWindowTest extends FxRobot {
    private static final VideoFormat CANVAS = new VideoFormat(640, 360, 30);
    private static final PseudoClass OVER = PseudoClass.getPseudoClass("over");

    static {
        System.setProperty("testfx.headless", "false");
    }

    @TempDir
    Path folder;

    private StudioApplication application;
    private final List<ShowEvent> events = new CopyOnWriteArrayList<>();

    private void openWindowOnTheDemoShow() throws Exception {
        FxToolkit.registerPrimaryStage();
        StudioEnvironment environment = new StudioEnvironment(CANVAS, EncoderSettings.defaults(800), Sources.factory(CANVAS),
                StudioEnvironment.NO_DEVICES, folder)
                .withOverlayRenderers(BoxRenderer::new)
                .withSettingsFolder(folder.resolve("settings"));
        assertThat(environment.showFile()).contains(StudioEnvironment.defaultShowFile());
        application = (StudioApplication) FxToolkit.setupApplication(() -> new StudioApplication(environment));
        // These parts are the producer's (a first start opens in host mode).
        FxToolkit.setupFixture(() -> application.mainView().setMode(live.studio.ui.main.StudioMode.PRODUCER));
        controller().subscribe(events::add);
        pollFor(() -> application.cueEngine().runSheet().size(), size -> size == 6, "the demo show's six segments");
        pollFor(() -> exists("#segment-row-ouverture"), shown -> shown, "the run-sheet's rows");
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

    /** A run of the demo show saved in its second segment, as a studio killed there leaves it. */
    private void leaveAnInterruptedRun(List<String> firedCueIds) {
        java.time.Instant now = java.time.Instant.now();
        RunState saved = new RunState(StudioEnvironment.defaultShowFile().toString(), RunMode.LIVE, RunPhase.RUNNING,
                now.minusSeconds(200), Optional.of("baskets"), now.minusSeconds(20), Duration.ZERO, Optional.empty(),
                Duration.ZERO, firedCueIds, List.of(), now.minusSeconds(2));
        try (RunStateFile file = RunStateFile.open(folder.resolve("settings").resolve(RunStateFile.FILE_NAME))) {
            file.save(saved);
        }
    }

    @Test
    void afterACrashTheWindowResumesTheShowInTheSegmentItWasInWithoutFiringACueTwice() throws Exception {
        List<String> fired = List.of("ouverture-nom", "ouverture-nom-fin", "ouverture-livraison", "baskets-fiche");
        leaveAnInterruptedRun(fired);
        openWindowOnTheDemoShow();
        assertThat(application.cueEngine().status().phase()).isEqualTo(RunPhase.NOT_STARTED);
        pollFor(() -> exists("#" + "resume-run"), shown -> shown, "the offer to resume the show");
        // Until it is answered, the saved run stays as the crash left it (a second crash would offer it again).
        assertThat(RunStateFile.load(folder.resolve("settings").resolve(RunStateFile.FILE_NAME)).orElseThrow()
                .segmentId()).contains("baskets");

        clickOn("#resume-run");

        RunStatus status = pollFor(() -> application.cueEngine().status(), now -> now.phase() == RunPhase.RUNNING,
                "the show running again");
        assertThat(status.segmentId()).contains("baskets");
        assertThat(status.firedCueIds()).containsAll(fired);
        assertThat(events).noneMatch(event -> event instanceof ShowEvent.CueFired cue && fired.contains(cue.cueId()));
    }

    @Test
    void startingOverLeavesTheRunSheetAtTheTop() throws Exception {
        leaveAnInterruptedRun(List.of("ouverture-nom"));
        openWindowOnTheDemoShow();
        pollFor(() -> exists("#" + "start-over"), shown -> shown, "the offer to resume the show");
        clickOn("#start-over");
        pollFor(() -> exists("#" + "start-over"), shown -> !shown, "the offer gone");
        assertThat(application.cueEngine().status().phase()).isEqualTo(RunPhase.NOT_STARTED);
        assertThat(application.cueEngine().status().firedCueIds()).isEmpty();
        // The choice is kept: the saved run is no longer one to resume.
        java.nio.file.Path file = folder.resolve("settings").resolve(RunStateFile.FILE_NAME);
        pollFor(() -> {
            try {
                return RunStateFile.load(file).map(RunState::resumable).orElse(false);
            } catch (RunStateFile.RunStateException e) {
                throw new AssertionError(e);
            }
        }, resumable -> !resumable, "the saved run replaced by the choice to start over");
    }

    @Test
    void aDurationTypedInTheTableChangesTheTotalsAndTheEngineRunsTheEdit() throws Exception {
        openWindowOnTheDemoShow();
        selectTab("#main-tabs", 1);
        assertThat(text("#runsheet-planned")).isEqualTo("Planned 27:00");

        doubleClickOn(cell("baskets", "column-duration"));
        TextField editor = pollFor(() -> onFx(() -> lookup("#runsheet-table .text-field").tryQuery()
                .map(TextField.class::cast).orElse(null)), field -> field != null, "the cell's editor");
        interact(editor::selectAll);
        write("9:30").type(KeyCode.ENTER);

        pollFor(() -> text("#runsheet-planned"), text -> text.equals("Planned 30:30"), "the new planned total");
        assertThat(application.cueEngine().runSheet().segment(1).plannedDuration()).isEqualTo(Duration.ofSeconds(570));
        assertThat(text(cell("baskets", "column-duration"))).isEqualTo("9:30");

        // A duration that does not parse is refused where the producer looks, and nothing changes.
        interact(() -> {
            javafx.scene.control.TableView<Segment> table = lookup("#runsheet-table").query();
            table.edit(1, table.getColumns().stream().filter(column -> "column-duration".equals(column.getId()))
                    .findFirst().map(column -> (javafx.scene.control.TableColumn<Segment, ?>) column).orElseThrow());
        });
        TextField again = pollFor(() -> onFx(() -> lookup("#runsheet-table .text-field").tryQuery()
                .map(TextField.class::cast).orElse(null)), field -> field != null, "the cell's editor again");
        interact(again::selectAll);
        write("soon").type(KeyCode.ENTER);
        pollFor(() -> text("#runsheet-message") + " | " + application.cueEngine().runSheet().segment(1),
                text -> text.startsWith("Row 2, duration: \"soon\" is not a duration"), "the refusal");
        assertThat(application.cueEngine().runSheet().segment(1).plannedDuration()).isEqualTo(Duration.ofSeconds(570));
    }

    @Test
    void altDownAndAltUpMoveTheSelectedSegmentInTheEngineToo() throws Exception {
        openWindowOnTheDemoShow();
        selectTab("#main-tabs", 1);

        clickOn(cell("ouverture", "column-number"));
        press(KeyCode.ALT).type(KeyCode.DOWN).type(KeyCode.DOWN).release(KeyCode.ALT);

        pollFor(() -> application.cueEngine().runSheet().segments().stream().map(Segment::id).toList(),
                ids -> ids.indexOf("ouverture") == 2, "the opening moved two down");
        assertThat(application.cueEngine().runSheet().segments()).extracting(Segment::id)
                .startsWith("baskets", "casque-montre", "ouverture");
        press(KeyCode.ALT).type(KeyCode.UP).release(KeyCode.ALT);
        pollFor(() -> application.cueEngine().runSheet().indexOf("ouverture"), index -> index == 1, "one back up");
        assertThat(onFx(() -> lookup("#runsheet-table").<javafx.scene.control.TableView<Segment>>query()
                .getSelectionModel().getSelectedItem().id())).isEqualTo("ouverture");
    }

    @Test
    void aCueAddedInTheEditorIsCheckedAndReachesTheEngine() throws Exception {
        openWindowOnTheDemoShow();
        selectTab("#main-tabs", 1);
        clickOn(cell("questions", "column-number"));

        interact(() -> lookup("#cue-command").<ComboBox<String>>query().setValue("banner.show"));
        interact(() -> lookup("#cue-trigger").<TextField>query().clear());
        clickOn("#cue-trigger").write("1:45");
        clickOn("#cue-add");
        pollFor(() -> text("#runsheet-message"), text -> text.equals("Cue: text: missing; the banner's text"),
                "the missing argument said");

        clickOn("#cue-argument-text").write("Posez vos questions");
        clickOn("#cue-label").write("Questions banner");
        clickOn("#cue-add");

        Segment questions = pollFor(() -> application.cueEngine().runSheet().segment("questions").orElseThrow(),
                segment -> segment.cues().size() == 4, "the new cue in the engine");
        Cue added = questions.cues().getLast();
        assertThat(added.trigger()).isEqualTo(new CueTrigger.AtOffset(Duration.ofSeconds(105)));
        assertThat(added.command()).isEqualTo(new ShowCommand.ShowBanner("Posez vos questions"));
        assertThat(added.label()).isEqualTo("Questions banner");
        assertThat(onFx(() -> lookup("#runsheet-cues").<javafx.scene.control.ListView<Cue>>query().getItems().size()))
                .isEqualTo(4);
    }

    @Test
    void theSpaceBarFiresTheNextGoCueThroughTheControllerAndTheHostViewFollowsTheRun() throws Exception {
        openWindowOnTheDemoShow();
        Segment demo = new Segment("demo", "Sneaker demo", Duration.ofMinutes(6), new live.studio.show.runsheet.SegmentStart.FollowsPrevious(),
                Advance.MANUAL, "Show the sole, then the laces.", List.of("Light: 240 g", "Three colours"), List.of(),
                Optional.empty(), List.of(
                new Cue("card", "Headphones card", new CueTrigger.OnGo(), new ShowCommand.ShowProduct("casque-anc")),
                new Cue("later", "Banner", new CueTrigger.AtOffset(Duration.ofMinutes(5)), new ShowCommand.ShowBanner("Soon"))));
        application.cueEngine().replaceRunSheet(new RunSheet(List.of(demo, Segment.of("sale", "Flash sale", Duration.ofMinutes(3)))));
        selectTab("#under-preview-tabs", 1);
        // The views read the engine a few times a second: the edit shows up within one refresh.
        pollFor(() -> text("#host-next"), text -> text.equals("Next: Sneaker demo · 6:00"), "the edited run-sheet");
        assertThat(text("#host-segment")).isEqualTo("Not started");

        clickOn("#host-run-start");

        pollFor(() -> text("#host-segment"), text -> text.equals("Sneaker demo"), "the segment on air, big");
        assertThat(text("#host-next")).isEqualTo("Next: Flash sale · 3:00");
        assertThat(text("#host-script")).isEqualTo("Show the sole, then the laces.");
        pollFor(() -> text("#host-time-left"), text -> text.matches("5:5\\d|6:00"), "the time left counting down");
        assertThat(text("#host-next-cue")).matches("Banner — in 4:5\\d|Banner — in 5:00");
        assertThat(text("#host-go-cue")).isEqualTo("Headphones card");
        assertThat(onFx(() -> lookup("#host-time-left").query().getPseudoClassStates().contains(OVER))).isFalse();
        interact(() -> application.runSheet().host().goNextCue(CommandSource.WINDOW)); // nothing else has focus
        events.clear();
        pollFor(() -> controller().state().onAir(OverlaySlot.PRODUCT_CARD), card -> card.isPresent(), "the go cue fired");
        // That was the button's path; now the key's, after a new go cue is there to fire.
        application.cueEngine().replaceRunSheet(new RunSheet(List.of(demo.withCues(List.of(
                new Cue("card", "Headphones card", new CueTrigger.OnGo(), new ShowCommand.ShowProduct("casque-anc")),
                new Cue("hide", "Hide the card", new CueTrigger.OnGo(), new ShowCommand.HideProduct()))))));
        pollFor(() -> text("#host-next-cue"), text -> text.equals("Hide the card — on GO (space)"), "the next go cue");
        assertThat(text("#host-go-cue")).isEqualTo("Hide the card");
        // In a text field the space is a character, not the next cue.
        clickOn("#lower-third-name");
        type(KeyCode.SPACE);
        assertThat(text("#lower-third-name")).isEqualTo(" ");
        Thread.sleep(300);
        assertThat(controller().state().onAir(OverlaySlot.PRODUCT_CARD)).isPresent();
        type(KeyCode.ESCAPE);

        type(KeyCode.SPACE);

        pollFor(() -> controller().state().onAir(OverlaySlot.PRODUCT_CARD), card -> card.isEmpty(), "space fired the cue");
        assertThat(events).anySatisfy(event -> assertThat(event).isInstanceOfSatisfying(ShowEvent.CommandExecuted.class,
                executed -> {
                    assertThat(executed.command()).isEqualTo(new ShowCommand.GoCue());
                    assertThat(executed.source()).isEqualTo(CommandSource.SHORTCUT);
                }));
        assertThat(events).anySatisfy(event -> assertThat(event).isInstanceOfSatisfying(ShowEvent.CueFired.class,
                fired -> assertThat(fired.cueId()).isEqualTo("hide")));
        pollFor(() -> text("#host-next-cue"), text -> text.equals("No more cues in this segment"), "no cue left");
        assertThat(text("#host-go-cue")).isEqualTo("no cue waits for go");
        assertThat(controller().state().onAir(OverlaySlot.PRODUCT_CARD)).isEmpty();
        assertThat(controller().state().onAir()).doesNotContainKey(OverlaySlot.BANNER);
        assertThat(new Graphic.ProductCard("casque-anc")).isNotNull();
    }

    @Test
    void aSegmentOverItsTimeShowsItsTimeLeftRedAndNegativeAndTheShowLate() throws Exception {
        openWindowOnTheDemoShow();
        application.cueEngine().replaceRunSheet(new RunSheet(List.of(
                Segment.of("short", "Very short", Duration.ofSeconds(1)).withAdvance(Advance.MANUAL),
                Segment.of("after", "After", Duration.ofMinutes(2)))));
        selectTab("#under-preview-tabs", 1);
        clickOn("#host-run-start");

        pollFor(() -> text("#host-time-left"), text -> text.startsWith("-0:0"), "a negative time left");
        pollFor(() -> onFx(() -> lookup("#host-time-left").query().getPseudoClassStates().contains(OVER)),
                red -> red, "the time left in red");
        pollFor(() -> text("#host-over-under"), text -> text.startsWith("Show -0:0"), "the show late");
        assertThat(onFx(() -> lookup("#host-over-under").query().getPseudoClassStates().contains(OVER))).isTrue();
        selectTab("#main-tabs", 1);
        pollFor(() -> text("#runsheet-over-under"), text -> text.startsWith("Over/under -0:0"), "the producer's over/under");
        assertThat(onFx(() -> lookup("#runsheet-over-under").query().getPseudoClassStates()
                .contains(PseudoClass.getPseudoClass("late")))).isTrue();
        assertThat(onFx(() -> lookup("#timeline-short").query().getPseudoClassStates().contains(OVER))).isTrue();
    }

    // ---- reading the window (always on the FX thread) ----

    private void selectTab(String tabPane, int index) {
        interact(() -> lookup(tabPane).<TabPane>query().getSelectionModel().select(index));
    }

    private TableCell<?, ?> cell(String segmentId, String columnId) {
        return onFx(() -> lookup("#segment-row-" + segmentId + " .table-cell").queryAll().stream()
                .map(node -> (TableCell<?, ?>) node)
                .filter(cell -> cell.getTableColumn() != null && columnId.equals(cell.getTableColumn().getId()))
                .findFirst().orElseThrow(() -> new AssertionError("no cell " + columnId + " in row " + segmentId)));
    }

    private boolean exists(String query) {
        return onFx(() -> lookup(query).tryQuery().isPresent());
    }

    private String text(String query) {
        return text(onFx(() -> lookup(query).query()));
    }

    private String text(Node node) {
        return onFx(() -> node instanceof Labeled labeled ? labeled.getText()
                : ((javafx.scene.control.TextInputControl) node).getText());
    }


}
