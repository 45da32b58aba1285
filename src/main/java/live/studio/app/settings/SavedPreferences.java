package live.studio.app.settings;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.UnaryOperator;
import live.studio.output.SecretRedactor;
import live.studio.ui.settings.Preferences;
import live.studio.ui.settings.PreferencesKeeper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The settings window's preferences in {@code settings.json}: read once at start, each change written on the
 * "settings-writer" thread (never the FX thread) through {@link SettingsStore#update}, which keeps the destinations
 * and every other field as they are in the file.
 */
public final class SavedPreferences implements PreferencesKeeper, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SavedPreferences.class);

    private final SettingsStore store;
    private final Settings defaults;
    private final List<String> problems;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("settings-writer").daemon().factory());
    private volatile Preferences current;

    /** The preferences of {@code loaded} (its field problems kept to be shown), saved with {@code store}. */
    public SavedPreferences(SettingsStore store, SettingsStore.Loaded loaded, Settings defaults) {
        this.store = Objects.requireNonNull(store);
        this.defaults = Objects.requireNonNull(defaults);
        this.current = loaded.settings().preferences();
        this.problems = List.copyOf(loaded.fieldProblems());
    }

    @Override
    public Preferences preferences() {
        return current;
    }

    @Override
    public List<String> problems() {
        return problems;
    }

    @Override
    public synchronized CompletableFuture<String> update(UnaryOperator<Preferences> change) {
        Preferences changed = Objects.requireNonNull(change.apply(current));
        current = changed;
        CompletableFuture<String> written = new CompletableFuture<>();
        writer.execute(() -> {
            try {
                store.update(defaults, settings -> settings.withPreferences(changed));
                written.complete("");
            } catch (IOException | RuntimeException e) {
                String problem = SecretRedactor.redact(store.file() + ": the settings are not saved: " + e.getMessage());
                LOG.warn("{}", problem);
                written.complete(problem);
            }
        });
        return written;
    }

    /** Lets the last change be written, then stops the writer. */
    @Override
    public void close() {
        writer.shutdown();
        try {
            writer.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
