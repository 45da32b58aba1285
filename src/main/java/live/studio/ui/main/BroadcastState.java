package live.studio.ui.main;

/** Where the Go Live button is: the steps in between take a moment (encoder start, trailers) and lock the button. */
public enum BroadcastState {
    OFF_AIR, STARTING, ON_AIR, STOPPING
}
