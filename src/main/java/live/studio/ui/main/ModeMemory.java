package live.studio.ui.main;

import java.util.Objects;
import java.util.Optional;
import live.studio.ui.settings.WindowMode;
import live.studio.ui.settings.WindowModeSetting;

/**
 * Where the window keeps the mode it was last in, so the next start opens in it (the settings, when there are any).
 * Called on the UI thread: an implementation that writes a file hands the write to its own thread.
 */
public interface ModeMemory {
    Optional<StudioMode> load();

    void save(StudioMode mode);

    /** Remembers nothing: every start opens in the default mode. */
    static ModeMemory none() {
        return new ModeMemory() {
            @Override
            public Optional<StudioMode> load() {
                return Optional.empty();
            }

            @Override
            public void save(StudioMode mode) {
                // nothing kept
            }
        };
    }

    /** The settings' window mode (saved in settings.json on the settings' own thread). */
    static ModeMemory of(WindowModeSetting setting) {
        Objects.requireNonNull(setting);
        return new ModeMemory() {
            @Override
            public Optional<StudioMode> load() {
                return Optional.of(switch (setting.windowMode()) {
                    case HOST -> StudioMode.HOST;
                    case PRODUCER -> StudioMode.PRODUCER;
                });
            }

            @Override
            public void save(StudioMode mode) {
                setting.saveWindowMode(switch (mode) {
                    case HOST -> WindowMode.HOST;
                    case PRODUCER -> WindowMode.PRODUCER;
                });
            }
        };
    }
}
