package live.studio.app.settings;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import live.studio.output.SavedDestination;
import live.studio.secrets.KeyStorage;
import live.studio.ui.settings.Preferences;

/**
 * The studio's settings as {@code settings.json} holds them. Few for now: later features add theirs, raising
 * {@link #CURRENT_VERSION} when a field changes meaning.
 *
 * @param settingsVersion  the version of this layout, so a later studio can read an older file
 * @param recordingsFolder where the window's Record button writes (absolute)
 * @param keyStorage       where the user agreed stream keys are kept (asked once when there is no keychain)
 * @param destinations     the saved destinations, without their keys (those are in the secret store)
 * @param preferences      language, theme, window mode, encoder and API, as the settings window left them (a file
 *                         written before they existed reads as the defaults)
 */
public record Settings(int settingsVersion, Path recordingsFolder, KeyStorage keyStorage, List<SavedDestination> destinations,
                       Preferences preferences) {
    public static final int CURRENT_VERSION = 1;

    public Settings(int settingsVersion, Path recordingsFolder) {
        this(settingsVersion, recordingsFolder, KeyStorage.NOT_CHOSEN, List.of());
    }

    public Settings(int settingsVersion, Path recordingsFolder, KeyStorage keyStorage, List<SavedDestination> destinations) {
        this(settingsVersion, recordingsFolder, keyStorage, destinations, Preferences.defaults());
    }

    public Settings {
        Objects.requireNonNull(recordingsFolder);
        Objects.requireNonNull(keyStorage);
        Objects.requireNonNull(preferences);
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
        return new Settings(settingsVersion, recordingsFolder, storage, destinations, preferences);
    }

    public Settings withDestinations(List<SavedDestination> saved) {
        return new Settings(settingsVersion, recordingsFolder, keyStorage, saved, preferences);
    }

    public Settings withPreferences(Preferences chosen) {
        return new Settings(settingsVersion, recordingsFolder, keyStorage, destinations, chosen);
    }

    /** The saved destination called {@code name} (ignoring case). */
    public java.util.Optional<SavedDestination> destinationNamed(String name) {
        return destinations.stream().filter(destination -> destination.name().equalsIgnoreCase(name.strip())).findFirst();
    }
}
