package live.studio.ui.runsheet;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import live.studio.show.CommandSource;
import live.studio.show.runsheet.RunSheet;
import live.studio.show.runsheet.Segment;
import live.studio.show.runsheet.SegmentDurations;
import live.studio.ui.commerce.ShowActions;
import live.studio.ui.common.Messages;

/**
 * What the host reads during the show: the segment on air, what comes next, the script in prompter size, the talking
 * points, the time left in the segment (negative once over), the next cue and when it fires, and the show's
 * over/under. The next cue is fired by sending {@code cue.go} to the show controller, like the API and the shortcut.
 * UI thread only.
 */
public final class HostViewModel {
    private static final Messages TEXT = Messages.of(HostViewModel.class);
    public static final double MIN_TEXT_SIZE = 16;
    public static final double MAX_TEXT_SIZE = 96;
    public static final double DEFAULT_TEXT_SIZE = 30;
    private static final double TEXT_SIZE_STEP = 4;
    public static final String NEXT_CUE_COMMAND = "cue.go";


    private final ShowActions actions;
    private final StringProperty segmentTitle = new SimpleStringProperty("");
    private final StringProperty segmentPosition = new SimpleStringProperty("");
    private final StringProperty nextSegment = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final ObservableList<String> talkingPoints = FXCollections.observableArrayList();
    private final StringProperty timeLeft = new SimpleStringProperty("");
    private final BooleanProperty overTime = new SimpleBooleanProperty();
    private final StringProperty nextCue = new SimpleStringProperty("");
    private final BooleanProperty nextCueOnGo = new SimpleBooleanProperty();
    private final StringProperty overUnder = new SimpleStringProperty("");
    private final BooleanProperty late = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty goCue = new SimpleStringProperty("");
    private final BooleanProperty underWay = new SimpleBooleanProperty();
    private final BooleanProperty holding = new SimpleBooleanProperty();
    private final DoubleProperty textSize = new SimpleDoubleProperty(DEFAULT_TEXT_SIZE);

    public HostViewModel(ShowActions actions) {
        this.actions = Objects.requireNonNull(actions);
    }

    /** Reads the run-sheet and where the show is; properties change only when their text does. */
    public void update(RunSheet runSheet, RunProgress progress) {
        RunTiming timing = new RunTiming(runSheet, progress);
        underWay.set(progress.onAir());
        holding.set(progress.phase() == RunProgress.RunPhase.HOLDING);
        Optional<Segment> current = timing.current();
        if (current.isPresent()) {
            Segment segment = current.get();
            segmentTitle.set(segment.title());
            segmentPosition.set(TEXT.text(progress.phase() == RunProgress.RunPhase.HOLDING ? "host.segment-of.holding" : "host.segment-of",
                    timing.currentIndex() + 1, runSheet.size()));
            notes.set(segment.hostNotes());
            if (!talkingPoints.equals(segment.talkingPoints())) {
                talkingPoints.setAll(segment.talkingPoints());
            }
            Duration left = timing.segmentLeft().orElseThrow();
            timeLeft.set(SegmentDurations.format(left));
            overTime.set(left.toSeconds() < 0);
        } else {
            segmentTitle.set(runSheet.isEmpty() ? TEXT.text("host.no-segments")
                    : progress.phase() == RunProgress.RunPhase.ENDED ? TEXT.text("host.ended") : TEXT.text("host.not-started"));
            segmentPosition.set("");
            notes.set("");
            talkingPoints.clear();
            timeLeft.set("");
            overTime.set(false);
        }
        nextSegment.set(timing.next().map(segment -> TEXT.text("host.next", segment.title(),
                SegmentDurations.format(segment.plannedDuration()))).orElse(current.isPresent() ? TEXT.text("host.nothing-next") : ""));
        Optional<RunTiming.NextCue> cue = timing.nextCue();
        nextCue.set(cue.map(next -> {
            String name = nameOf(next.cue());
            return next.firesIn().map(in -> TEXT.text("host.cue-in", name, SegmentDurations.format(in)))
                    .orElse(TEXT.text("host.cue-on-go", name));
        }).orElse(current.isPresent() ? TEXT.text("host.no-next-cue") : ""));
        nextCueOnGo.set(cue.isPresent() && cue.get().firesIn().isEmpty());
        goCue.set(timing.nextGoCue().map(HostViewModel::nameOf).orElse(current.isPresent() ? TEXT.text("host.no-go-cue") : ""));
        Duration over = timing.overUnder();
        overUnder.set(progress.phase() == RunProgress.RunPhase.NOT_STARTED ? "" : SegmentDurations.signed(over));
        late.set(over.toSeconds() < 0);
    }

    private static String nameOf(live.studio.show.runsheet.Cue cue) {
        return cue.label().isBlank() ? ProducerViewModel.commandText(cue) : cue.label();
    }

    /** What the space bar fires now: the next go cue's label (or command), or that none waits. */
    public ReadOnlyStringProperty goCueProperty() {
        return goCue;
    }

    /** Space bar, the button: fires the next on-go cue through the show controller. */
    public Optional<String> goNextCue(CommandSource source) {
        return send(NEXT_CUE_COMMAND, Map.of(), source);
    }

    /**
     * Runs one of the run-sheet's commands ({@code runSheet.start}, {@code segment.next}, {@code show.hold}, ...) as
     * the API would; a refusal is shown under the host's view.
     */
    public Optional<String> send(String command, Map<String, ?> arguments, CommandSource source) {
        Optional<String> refused = actions.send(command, arguments, source);
        message.set(refused.orElse(""));
        return refused;
    }

    /** Hold when running, resume when held. */
    public Optional<String> holdOrResume(CommandSource source) {
        return send(holding.get() ? "show.resume" : "show.hold", Map.of(), source);
    }

    public ReadOnlyBooleanProperty underWayProperty() {
        return underWay;
    }

    public ReadOnlyBooleanProperty holdingProperty() {
        return holding;
    }

    public void biggerText() {
        textSize.set(Math.min(MAX_TEXT_SIZE, textSize.get() + TEXT_SIZE_STEP));
    }

    public void smallerText() {
        textSize.set(Math.max(MIN_TEXT_SIZE, textSize.get() - TEXT_SIZE_STEP));
    }

    public ReadOnlyStringProperty segmentTitleProperty() {
        return segmentTitle;
    }

    public ReadOnlyStringProperty segmentPositionProperty() {
        return segmentPosition;
    }

    public ReadOnlyStringProperty nextSegmentProperty() {
        return nextSegment;
    }

    public ReadOnlyStringProperty notesProperty() {
        return notes;
    }

    public ObservableList<String> talkingPoints() {
        return talkingPoints;
    }

    /** Planned minus elapsed: negative once the segment runs over. */
    public ReadOnlyStringProperty timeLeftProperty() {
        return timeLeft;
    }

    public ReadOnlyBooleanProperty overTimeProperty() {
        return overTime;
    }

    public ReadOnlyStringProperty nextCueProperty() {
        return nextCue;
    }

    public ReadOnlyBooleanProperty nextCueOnGoProperty() {
        return nextCueOnGo;
    }

    public ReadOnlyStringProperty overUnderProperty() {
        return overUnder;
    }

    public ReadOnlyBooleanProperty lateProperty() {
        return late;
    }

    /** Why the last go was refused, else empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyDoubleProperty textSizeProperty() {
        return textSize;
    }

    /** Talking points, for tests. */
    List<String> points() {
        return List.copyOf(talkingPoints);
    }
}
