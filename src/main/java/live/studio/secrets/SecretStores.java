package live.studio.secrets;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Chooses where stream keys are kept: the keychain when there is one; otherwise the file only after the user said
 * yes (asked once, the answer remembered in the settings as a {@link KeyStorage}); otherwise nowhere (this run's
 * memory). Never a file without consent.
 */
public final class SecretStores {
    /** How long opening the keychain may take before the studio goes on without it. */
    public static final Duration KEYCHAIN_TIMEOUT = Duration.ofSeconds(20);

    private SecretStores() {
    }

    /**
     * @param store      where keys go for this run
     * @param remember   what to write in the settings' {@code keyStorage} (unchanged when nothing was decided)
     * @param notice     for the user when keys are not saved: why, and what to do; empty when they are saved
     */
    public record Chosen(SecretStore store, KeyStorage remember, Optional<String> notice) {
    }

    public static Chosen choose(KeyStorage remembered, Path settingsFolder, ConsentPrompt prompt) {
        return choose(remembered, settingsFolder, prompt, () -> KeychainSecretStore.open(KEYCHAIN_TIMEOUT));
    }

    /** With the keychain opened by {@code keychain} (a test gives one that is unavailable). */
    public static Chosen choose(KeyStorage remembered, Path settingsFolder, ConsentPrompt prompt,
                                Supplier<KeychainSecretStore.Probe> keychain) {
        FileSecretStore file = new FileSecretStore(settingsFolder);
        if (remembered == KeyStorage.FILE_AFTER_CONSENT) {
            return new Chosen(file, KeyStorage.FILE_AFTER_CONSENT, Optional.empty());
        }
        if (remembered == KeyStorage.NOT_STORED) {
            return new Chosen(new MemorySecretStore(), KeyStorage.NOT_STORED, Optional.of(notSavedNotice(
                    "you chose not to keep stream keys in a file when no keychain was available", file.file(), settingsFolder)));
        }
        switch (keychain.get()) {
            case KeychainSecretStore.Probe.Available available -> {
                return new Chosen(available.store(), KeyStorage.KEYCHAIN, Optional.empty());
            }
            case KeychainSecretStore.Probe.Unavailable unavailable -> {
                return switch (prompt.ask(unavailable.reason(), file.file())) {
                    case USE_FILE -> new Chosen(file, KeyStorage.FILE_AFTER_CONSENT, Optional.empty());
                    case DO_NOT_STORE -> new Chosen(new MemorySecretStore(), KeyStorage.NOT_STORED,
                            Optional.of(notSavedNotice("no keychain is available (" + unavailable.reason() + ") and you chose "
                                    + "not to keep stream keys in a file", file.file(), settingsFolder)));
                    case NOT_ASKED -> new Chosen(new MemorySecretStore(), remembered,
                            Optional.of(notSavedNotice("no keychain is available (" + unavailable.reason() + ")", file.file(),
                                    settingsFolder)));
                };
            }
        }
    }

    /** The store the settings' answer names, for commands that must not ask (headless starts read keys only). */
    public static Chosen forReading(KeyStorage remembered, Path settingsFolder) {
        return choose(remembered, settingsFolder, ConsentPrompt.NOBODY);
    }

    private static String notSavedNotice(String why, Path file, Path settingsFolder) {
        return "Stream keys are not saved: " + why + ". Keys you type are used for this run only. To save them, unlock "
                + "or install a keychain (Linux: GNOME Keyring or KWallet, with a D-Bus session), or agree to the file "
                + file + " (readable only by you): set \"keyStorage\" to \"not-chosen\" in "
                + settingsFolder.resolve("settings.json") + " to be asked again, or run "
                + "'studio keys set NAME --file-store'.";
    }
}
