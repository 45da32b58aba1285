package live.studio.ui.main;

/** Where the Record button is; STOPPING lasts while the file's last packets and index are written. */
public enum RecordingState {
    IDLE, STARTING, RECORDING, STOPPING
}
