package live.studio.ui.settings;

/**
 * The window mode kept between runs, for the window's Host/Producer switch: read once at start, saved on each change.
 * The app's implementation writes the settings file; {@link PreferencesKeeper#inMemory} keeps it for one run (tests).
 */
public interface WindowModeSetting {
    /** The mode the window opens in: the one saved last, {@link WindowMode#DEFAULT} when none was. */
    WindowMode windowMode();

    /** Remembers {@code mode} for the next start; never blocks the FX thread (written on the settings' own thread). */
    void saveWindowMode(WindowMode mode);
}
