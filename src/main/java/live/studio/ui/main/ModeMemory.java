package live.studio.ui.main;

import java.util.Optional;

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
}
