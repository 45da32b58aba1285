package live.studio.app.settings;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import live.studio.output.SavedDestination;
import live.studio.secrets.KeyStorage;

/**
 * The studio's settings as {@code settings.json} holds them. Few for now: later features add theirs, raising
 * {@link #CURRENT_VERSION} when a field changes meaning.
 *
 * @param settingsVersion  the version of this layout, so a later studio can read an older file
 * @param recordingsFolder where the window's Record button writes (absolute)
 * @param keyStorage       where the user agreed stream keys are kept (asked once when there is no keychain)
 * @param destinations     the saved destinations, without their keys (those are in the secret store)
 */
public record Settings(int settingsVersion, Path recordingsFolder, KeyStorage keyStorage, List<SavedDestination> destinations) {
    public static final int CURRENT_VERSION = 1;

    public Settings(int settingsVersion, Path recordingsFolder) {
        this(settingsVersion, recordingsFolder, KeyStorage.NOT_CHOSEN, List.of());
    }

    public Settings {
        Objects.requireNonNull(recordingsFolder);
        Objects.requireNonNull(keyStorage);
        destinations = List.copyOf(destinations);
        if (!recordingsFolder.isAbsolute()) {
            throw new IllegalArgumentException("recordingsFolder must be an absolute path, got " + recordingsFolder);
        }
    }

    /** What a first run writes. */
    public static Settings defaults(Path recordingsFolder) {
        return new Settings(CURRENT_VERSION, recordingsFolder);
    }

    public Settings withKeyStorage(KeyStorage storage) {
        return new Settings(settingsVersion, recordingsFolder, storage, destinations);
    }

    public Settings withDestinations(List<SavedDestination> saved) {
        return new Settings(settingsVersion, recordingsFolder, keyStorage, saved);
    }

    /** The saved destination called {@code name} (ignoring case). */
    public java.util.Optional<SavedDestination> destinationNamed(String name) {
        return destinations.stream().filter(destination -> destination.name().equalsIgnoreCase(name.strip())).findFirst();
    }
}
