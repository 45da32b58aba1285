package live.studio.ui.runsheet;

import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import live.studio.show.CommandSource;
import live.studio.ui.common.Messages;

/** The run's buttons: start (live or rehearsal), previous and next segment, hold/resume, skip the next cue, stop. */
final class RunControls {
    private static final Messages TEXT = Messages.of(RunControls.class);

    private RunControls() {
    }

    /** The buttons, ids prefixed with {@code prefix} ({@code producer-}, {@code host-}) so both views can have them. */
    static FlowPane create(HostViewModel viewModel, String prefix) {
        CommandSource source = CommandSource.WINDOW;
        Button start = button(prefix + "run-start", TEXT.text("run.start"), TEXT.text("run.start.tooltip"),
                () -> viewModel.send("runSheet.start", Map.of("mode", "live"), source));
        Button rehearse = button(prefix + "run-rehearse", TEXT.text("run.rehearse"), TEXT.text("run.rehearse.tooltip"),
                () -> viewModel.send("runSheet.start", Map.of("mode", "rehearsal"), source));
        Button previous = button(prefix + "run-previous", TEXT.text("run.previous"), null,
                () -> viewModel.send("segment.previous", Map.of(), source));
        Button next = button(prefix + "run-next", TEXT.text("run.next"), TEXT.text("run.next.tooltip"),
                () -> viewModel.send("segment.next", Map.of(), source));
        Button hold = button(prefix + "run-hold", TEXT.text("run.hold"), null, () -> viewModel.holdOrResume(source));
        hold.textProperty().bind(Bindings.when(viewModel.holdingProperty()).then(TEXT.text("run.resume")).otherwise(TEXT.text("run.hold")));
        Button skip = button(prefix + "run-skip", TEXT.text("run.skip"), null, () -> viewModel.send("cue.skip", Map.of(), source));
        Button stop = button(prefix + "run-stop", TEXT.text("run.stop"), null, () -> viewModel.send("runSheet.stop", Map.of(), source));
        for (Button notRunning : new Button[] {start, rehearse}) {
            notRunning.visibleProperty().bind(viewModel.underWayProperty().not());
            notRunning.managedProperty().bind(notRunning.visibleProperty());
        }
        for (Button running : new Button[] {previous, next, hold, skip, stop}) {
            running.visibleProperty().bind(viewModel.underWayProperty());
            running.managedProperty().bind(running.visibleProperty());
        }
        start.getStyleClass().add("run-start");
        FlowPane buttons = new FlowPane(6, 6, start, rehearse, previous, next, hold, skip, stop);
        buttons.getStyleClass().add("run-controls");
        buttons.setMinWidth(0);
        return buttons;
    }

    private static Button button(String id, String text, String tip, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        if (tip != null) {
            button.setTooltip(new Tooltip(tip));
        }
        button.setOnAction(event -> action.run());
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setFocusTraversable(false); // the space bar is the next cue, never a press of the focused button
        return button;
    }
}
