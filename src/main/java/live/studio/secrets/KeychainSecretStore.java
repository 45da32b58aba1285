package live.studio.secrets;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@link KeyStorage#KEYCHAIN}: the operating system's keychain through java-keyring (docs/adr/0017): Secret Service
 * over D-Bus on Linux (GNOME Keyring, KWallet), Keychain on macOS, Credential Manager on Windows. Each secret is an
 * item of the service "Live Studio" whose account is the secret's name.
 */
public final class KeychainSecretStore implements SecretStore, AutoCloseable {
    public static final String SERVICE = "Live Studio";
    private static final String PROBE_NAME = "live-studio/keychain-probe";

    private final Keyring keyring;
    private final String backendName;

    private KeychainSecretStore(Keyring keyring) {
        this.keyring = keyring;
        this.backendName = String.valueOf(keyring.getKeyringStorageType());
    }

    /** The keychain, or why there is none; the result of {@link #open}. */
    public sealed interface Probe {
        record Available(KeychainSecretStore store) implements Probe {
        }

        /** @param reason what was tried and failed, e.g. "no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set)" */
        record Unavailable(String reason) implements Probe {
        }
    }

    /**
     * Opens the keychain and proves it works by storing, reading and deleting a probe item (a keychain that is there
     * but locked, or has no collection to store into, fails here rather than when the operator's key is saved).
     * Gives up after {@code timeout}: an unlock prompt nobody answers must not hang a headless start.
     */
    public static Probe open(Duration timeout) {
        FutureTask<Probe> attempt = new FutureTask<>(KeychainSecretStore::openNow);
        Thread.ofPlatform().daemon().name("keychain-probe").start(attempt);
        try {
            return attempt.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            attempt.cancel(true);
            return new Probe.Unavailable("the keychain did not answer within " + timeout.toSeconds() + " s (locked, "
                    + "waiting for an unlock prompt nobody answered?)");
        } catch (ExecutionException e) {
            return new Probe.Unavailable("the keychain failed: " + describe(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Probe.Unavailable("interrupted while opening the keychain");
        }
    }

    private static Probe openNow() {
        if (isLinuxWithoutSessionBus()) {
            return new Probe.Unavailable("no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set), so no Secret Service");
        }
        Keyring keyring;
        try {
            keyring = Keyring.create();
        } catch (BackendNotSupportedException e) {
            return new Probe.Unavailable("no keychain backend on this system (" + describe(e) + ")");
        } catch (RuntimeException e) {
            return new Probe.Unavailable("the keychain could not be opened (" + describe(e) + ")");
        }
        KeychainSecretStore store = new KeychainSecretStore(keyring);
        try {
            store.put(PROBE_NAME, "probe");
            Optional<String> back = store.get(PROBE_NAME);
            store.delete(PROBE_NAME);
            if (back.isEmpty() || !back.get().equals("probe")) {
                store.close();
                return new Probe.Unavailable("the keychain (" + store.backendName + ") did not give back what was stored");
            }
            return new Probe.Available(store);
        } catch (SecretStoreException e) {
            store.close();
            return new Probe.Unavailable(e.getMessage());
        }
    }

    private static boolean isLinuxWithoutSessionBus() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        boolean unixDesktop = !os.startsWith("windows") && !os.startsWith("mac");
        String bus = System.getenv("DBUS_SESSION_BUS_ADDRESS");
        // without the variable, dbus-java would look for an X11 session bus; an explicit answer is clearer
        return unixDesktop && (bus == null || bus.isBlank());
    }

    @Override
    public synchronized void put(String name, String secret) throws SecretStoreException {
        try {
            keyring.setPassword(SERVICE, name, secret);
        } catch (PasswordAccessException | RuntimeException e) {
            throw new SecretStoreException("the keychain (" + backendName + ") did not store " + name + ": " + describe(e), e);
        }
    }

    /**
     * The secret, or empty when there is none. java-keyring reports a missing item and a failing keychain with the
     * same exception; the keychain was proven to work when opened, so a failure to read is taken as "none".
     */
    @Override
    public synchronized Optional<String> get(String name) throws SecretStoreException {
        try {
            String secret = keyring.getPassword(SERVICE, name);
            return Optional.ofNullable(secret);
        } catch (PasswordAccessException missing) {
            return Optional.empty();
        } catch (RuntimeException e) {
            throw new SecretStoreException("the keychain (" + backendName + ") did not read " + name + ": " + describe(e), e);
        }
    }

    @Override
    public synchronized void delete(String name) throws SecretStoreException {
        try {
            keyring.deletePassword(SERVICE, name);
        } catch (PasswordAccessException missing) {
            // nothing stored under this name: already deleted
        } catch (RuntimeException e) {
            throw new SecretStoreException("the keychain (" + backendName + ") did not delete " + name + ": " + describe(e), e);
        }
    }

    @Override
    public KeyStorage storage() {
        return KeyStorage.KEYCHAIN;
    }

    @Override
    public String description() {
        return "the system keychain (" + backendName + ")";
    }

    @Override
    public synchronized void close() {
        try {
            keyring.close();
        } catch (Exception e) {
            // closing the D-Bus connection; nothing to do about it
        }
    }

    private static String describe(Throwable error) {
        String message = error.getMessage();
        return error.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }
}
