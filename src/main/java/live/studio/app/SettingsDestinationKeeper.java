package live.studio.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import live.studio.app.settings.Settings;
import live.studio.app.settings.SettingsStore;
import live.studio.output.SavedDestination;
import live.studio.output.SecretRedactor;
import live.studio.secrets.ConsentPrompt;
import live.studio.secrets.KeyStorage;
import live.studio.secrets.SecretNames;
import live.studio.secrets.SecretStore;
import live.studio.secrets.SecretStoreException;
import live.studio.secrets.SecretStores;
import live.studio.ui.StudioEnvironment;
import live.studio.ui.destinations.DestinationKeeper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's destinations in {@code settings.json} (no keys) and their keys in the secret store. The store is
 * chosen when first needed: opening the keychain at start only when something is saved, asking for consent (through
 * the window's dialog) only when a key is to be saved and there is no keychain. Called on one thread, off the FX
 * thread.
 */
final class SettingsDestinationKeeper implements DestinationKeeper {
    private static final Logger LOG = LoggerFactory.getLogger(SettingsDestinationKeeper.class);

    private final Path settingsFolder;
    private final SettingsStore settingsStore;
    private final java.util.function.Supplier<live.studio.secrets.KeychainSecretStore.Probe> keychain;
    private SecretStores.Chosen chosen;

    SettingsDestinationKeeper(Path settingsFolder) {
        this(settingsFolder, () -> live.studio.secrets.KeychainSecretStore.open(SecretStores.KEYCHAIN_TIMEOUT));
    }

    SettingsDestinationKeeper(Path settingsFolder, java.util.function.Supplier<live.studio.secrets.KeychainSecretStore.Probe> keychain) {
        this.settingsFolder = settingsFolder;
        this.settingsStore = new SettingsStore(settingsFolder);
        this.keychain = keychain;
    }

    @Override
    public synchronized Loaded load() {
        Optional<Settings> settings = readSettings();
        if (settings.isEmpty() || settings.get().destinations().isEmpty()) {
            return new Loaded(List.of(), Optional.empty());
        }
        SecretStores.Chosen reading = store(settings.get(), ConsentPrompt.NOBODY);
        List<Kept> kept = new ArrayList<>();
        Optional<String> problem = reading.notice();
        for (SavedDestination destination : settings.get().destinations()) {
            Optional<String> key = Optional.empty();
            try {
                key = reading.store().get(SecretNames.streamKey(destination.id()));
                key.ifPresent(SecretRedactor::register);
            } catch (SecretStoreException e) {
                problem = Optional.of(e.getMessage());
            }
            kept.add(new Kept(destination, key));
        }
        return new Loaded(kept, problem);
    }

    @Override
    public synchronized Optional<String> keep(SavedDestination destination, String streamKey, ConsentPrompt prompt) {
        Optional<Settings> settings = readSettings();
        if (settings.isEmpty()) {
            return Optional.of("The destination is not saved: the settings file " + settingsStore.file() + " cannot be "
                    + "read (see the log); fix it and add the destination again.");
        }
        SecretStores.Chosen store = store(settings.get(), prompt);
        Optional<String> notice = store.notice();
        try {
            store.store().put(SecretNames.streamKey(destination.id()), streamKey);
        } catch (SecretStoreException e) {
            notice = Optional.of("The stream key of " + destination.name() + " is not saved: " + e.getMessage());
        }
        try {
            // read, changed and written as one step: the settings window may be saving its preferences meanwhile
            settingsStore.update(defaults(), current -> current.withDestinations(replaced(current.destinations(), destination))
                    .withKeyStorage(store.remember()));
        } catch (IOException e) {
            return Optional.of("The destination is not saved: " + settingsStore.file() + ": " + e.getMessage());
        }
        return notice;
    }

    @Override
    public synchronized void forget(SavedDestination destination) {
        Optional<Settings> settings = readSettings();
        if (settings.isEmpty()) {
            return;
        }
        try {
            store(settings.get(), ConsentPrompt.NOBODY).store().delete(SecretNames.streamKey(destination.id()));
        } catch (SecretStoreException e) {
            LOG.warn("the stream key of {} could not be deleted: {}", destination.name(), e.getMessage());
        }
        try {
            settingsStore.update(defaults(), current -> current.withDestinations(current.destinations().stream()
                    .filter(saved -> !saved.id().equals(destination.id())).toList()));
        } catch (IOException e) {
            LOG.warn("{}: the removal of {} is not saved: {}", settingsStore.file(), destination.name(), e.getMessage());
        }
    }

    /** The store, chosen once; again (asking) when this run had none and the user was not asked yet. */
    private SecretStores.Chosen store(Settings settings, ConsentPrompt prompt) {
        boolean undecided = chosen == null
                || chosen.store().storage() == KeyStorage.NOT_STORED && chosen.remember() == KeyStorage.NOT_CHOSEN && prompt != ConsentPrompt.NOBODY;
        if (undecided) {
            chosen = SecretStores.choose(settings.keyStorage(), settingsFolder, prompt, keychain);
            LOG.info("stream keys are kept in {}", chosen.store().description());
        }
        return chosen;
    }

    private static Settings defaults() {
        return Settings.defaults(StudioEnvironment.defaultRecordingsFolder());
    }

    private static List<SavedDestination> replaced(List<SavedDestination> saved, SavedDestination destination) {
        List<SavedDestination> destinations = new ArrayList<>(saved);
        destinations.removeIf(other -> other.id().equals(destination.id()));
        destinations.add(destination);
        return destinations;
    }

    private Optional<Settings> readSettings() {
        SettingsStore.Loaded loaded = settingsStore.loadOrCreate(defaults());
        if (!loaded.problems().isEmpty()) {
            loaded.problems().forEach(problem -> LOG.warn("destinations not saved: {}", problem));
            return Optional.empty();
        }
        return Optional.of(loaded.settings());
    }
}
