package live.studio.ui.control;

import live.studio.compose.Layout;
import live.studio.show.ProgramActions;
import live.studio.ui.common.UiThread;
import live.studio.ui.main.MainViewModel;
import live.studio.ui.main.BroadcastState;
import live.studio.ui.main.RecordingState;

/**
 * The window's program as commands drive it: the same Go Live, Stop, Record and layout as its buttons (the
 * destinations form and the recordings folder), run on the JavaFX thread. Returns at once, as the controller needs.
 */
public final class WindowProgramActions implements ProgramActions {
    private final MainViewModel window;
    private final UiThread ui;

    public WindowProgramActions(MainViewModel window, UiThread ui) {
        this.window = window;
        this.ui = ui;
    }

    @Override
    public void startStreaming() {
        ui.execute(() -> {
            if (window.broadcastStateProperty().get() == BroadcastState.OFF_AIR) {
                window.goLive();
            }
        });
    }

    @Override
    public void stopStreaming() {
        ui.execute(() -> {
            if (window.broadcastStateProperty().get() != BroadcastState.OFF_AIR) {
                window.stopLive();
            }
        });
    }

    @Override
    public void startRecording() {
        ui.execute(() -> {
            if (window.recordingStateProperty().get() == RecordingState.IDLE) {
                window.startRecording();
            }
        });
    }

    @Override
    public void stopRecording() {
        ui.execute(() -> {
            if (window.recordingStateProperty().get() != RecordingState.IDLE) {
                window.stopRecording();
            }
        });
    }

    @Override
    public void setLayout(Layout layout) {
        ui.execute(() -> window.layoutProperty().set(layout));
    }
}
