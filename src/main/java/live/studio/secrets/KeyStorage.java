package live.studio.secrets;

import java.util.Locale;
import java.util.Optional;

/**
 * Where the user agreed that stream keys are kept; remembered in the settings ({@code keyStorage}) so the question
 * is asked once, not at every start.
 */
public enum KeyStorage {
    /** Not asked yet: the keychain is used when there is one; otherwise the user is asked before anything is stored. */
    NOT_CHOSEN,
    /** The operating system's keychain (macOS Keychain, Windows Credential Manager, Secret Service on Linux). */
    KEYCHAIN,
    /** No keychain was available and the user agreed to a file only they can read (mode 0600) in the settings folder. */
    FILE_AFTER_CONSENT,
    /** No keychain was available and the user refused the file: keys are used for the run they are typed in only. */
    NOT_STORED;

    /** The value in settings.json, e.g. {@code "file-after-consent"}. */
    public String settingsValue() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<KeyStorage> fromSettingsValue(String value) {
        for (KeyStorage storage : values()) {
            if (storage.settingsValue().equals(value)) {
                return Optional.of(storage);
            }
        }
        return Optional.empty();
    }
}
