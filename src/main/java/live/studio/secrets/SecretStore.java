package live.studio.secrets;

import java.util.Optional;

/**
 * Keeps secrets (stream keys, tokens) by name, e.g. {@code destination/3f2a.../stream-key} ({@link SecretNames}).
 * Implementations: the operating system's keychain, a file only the user can read (after consent), or this run's
 * memory. Callers register what they read with the redactor; nothing here logs a secret.
 */
public interface SecretStore {
    void put(String name, String secret) throws SecretStoreException;

    Optional<String> get(String name) throws SecretStoreException;

    /** Deletes the secret; deleting one that is not there is not an error. */
    void delete(String name) throws SecretStoreException;

    /** Which kind of storage this is. */
    KeyStorage storage();

    /** Where the secrets are, for messages: "the system keychain", "/home/ana/.config/live-studio/secrets.json", ... */
    String description();
}
