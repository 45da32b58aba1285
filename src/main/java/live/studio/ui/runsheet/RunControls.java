package live.studio.ui.runsheet;

import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import live.studio.show.CommandSource;

/** The run's buttons: start (live or rehearsal), previous and next segment, hold/resume, skip the next cue, stop. */
final class RunControls {
    /** Every word on the run's buttons. */
    static final class Texts {
        static final String START = "▶ Start show";
        static final String START_TIP = "Start the run-sheet at its first segment";
        static final String REHEARSE = "Rehearse";
        static final String REHEARSE_TIP = "Run the whole show with the outputs off";
        static final String PREVIOUS = "◀ Previous";
        static final String NEXT = "Next ▶";
        static final String NEXT_TIP = "End this segment and start the next";
        static final String HOLD = "Hold";
        static final String RESUME = "Resume";
        static final String SKIP = "Skip cue";
        static final String STOP = "Stop";

        private Texts() {
        }
    }

    private RunControls() {
    }

    /** The buttons, ids prefixed with {@code prefix} ({@code producer-}, {@code host-}) so both views can have them. */
    static FlowPane create(HostViewModel viewModel, String prefix) {
        CommandSource source = CommandSource.WINDOW;
        Button start = button(prefix + "run-start", Texts.START, Texts.START_TIP,
                () -> viewModel.send("runSheet.start", Map.of("mode", "live"), source));
        Button rehearse = button(prefix + "run-rehearse", Texts.REHEARSE, Texts.REHEARSE_TIP,
                () -> viewModel.send("runSheet.start", Map.of("mode", "rehearsal"), source));
        Button previous = button(prefix + "run-previous", Texts.PREVIOUS, null,
                () -> viewModel.send("segment.previous", Map.of(), source));
        Button next = button(prefix + "run-next", Texts.NEXT, Texts.NEXT_TIP,
                () -> viewModel.send("segment.next", Map.of(), source));
        Button hold = button(prefix + "run-hold", Texts.HOLD, null, () -> viewModel.holdOrResume(source));
        hold.textProperty().bind(Bindings.when(viewModel.holdingProperty()).then(Texts.RESUME).otherwise(Texts.HOLD));
        Button skip = button(prefix + "run-skip", Texts.SKIP, null, () -> viewModel.send("cue.skip", Map.of(), source));
        Button stop = button(prefix + "run-stop", Texts.STOP, null, () -> viewModel.send("runSheet.stop", Map.of(), source));
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
