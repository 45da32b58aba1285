package live.studio.ui.settings;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;

/**
 * Keeps the {@link Preferences} between runs. The app's implementation reads the settings file once at start and
 * writes it on its own thread, so no call blocks the FX thread; {@link #inMemory} keeps them for one run (tests and
 * a window without a settings folder).
 */
public interface PreferencesKeeper extends WindowModeSetting {
    /** The preferences as last read or changed in this run. */
    Preferences preferences();

    /**
     * What was wrong with the saved preferences at start, one line each naming the file, the field and what to do;
     * a bad field was replaced by its default and the rest was read.
     */
    List<String> problems();

    /**
     * Changes the preferences now and saves them; the future says, once written, why they could not be (empty text
     * when they were).
     */
    CompletableFuture<String> update(UnaryOperator<Preferences> change);

    @Override
    default WindowMode windowMode() {
        return preferences().windowMode();
    }

    @Override
    default void saveWindowMode(WindowMode mode) {
        update(preferences -> preferences.withWindowMode(mode));
    }

    /** Keeps nothing beyond this run. */
    static PreferencesKeeper inMemory(Preferences initial) {
        Objects.requireNonNull(initial);
        return new PreferencesKeeper() {
            private volatile Preferences current = initial;

            @Override
            public Preferences preferences() {
                return current;
            }

            @Override
            public List<String> problems() {
                return List.of();
            }

            @Override
            public synchronized CompletableFuture<String> update(UnaryOperator<Preferences> change) {
                current = Objects.requireNonNull(change.apply(current));
                return CompletableFuture.completedFuture("");
            }
        };
    }
}
