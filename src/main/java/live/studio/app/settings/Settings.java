package live.studio.app.settings;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The studio's settings as {@code settings.json} holds them. Few for now: later features add theirs, raising
 * {@link #CURRENT_VERSION} when a field changes meaning.
 *
 * @param settingsVersion  the version of this layout, so a later studio can read an older file
 * @param recordingsFolder where the window's Record button writes (absolute)
 */
public record Settings(int settingsVersion, Path recordingsFolder) {
    public static final int CURRENT_VERSION = 1;

    public Settings {
        Objects.requireNonNull(recordingsFolder);
        if (!recordingsFolder.isAbsolute()) {
            throw new IllegalArgumentException("recordingsFolder must be an absolute path, got " + recordingsFolder);
        }
    }

    /** What a first run writes. */
    public static Settings defaults(Path recordingsFolder) {
        return new Settings(CURRENT_VERSION, recordingsFolder);
    }
}
