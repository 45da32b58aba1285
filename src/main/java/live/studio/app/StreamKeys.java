package live.studio.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;
import live.studio.app.settings.Settings;
import live.studio.app.settings.SettingsStore;
import live.studio.files.AtomicFiles;
import live.studio.output.Destination;
import live.studio.output.SavedDestination;
import live.studio.output.SecretRedactor;
import live.studio.secrets.SecretNames;
import live.studio.secrets.SecretStore;
import live.studio.secrets.SecretStoreException;
import live.studio.secrets.SecretStores;

/**
 * Where the headless command gets stream keys so that none sits on its command line, which every process on the
 * computer can read ({@code ps}, {@code /proc/PID/cmdline}): a file, an environment variable, or a destination saved
 * with {@code studio keys set} (its key in the keychain, or the 0600 file the user agreed to).
 */
final class StreamKeys {
    private StreamKeys() {
    }

    /** The key in {@code file}: its first line, without surrounding spaces. Messages name the file, never the key. */
    static String fromFile(Path file, PrintWriter err) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("--stream-key-file " + file + ": no such file");
        } catch (IOException e) {
            throw new IllegalArgumentException("--stream-key-file " + file + ": cannot read it (" + e.getClass().getSimpleName() + ")");
        }
        String key = text.lines().findFirst().orElse("").strip();
        if (key.isEmpty()) {
            throw new IllegalArgumentException("--stream-key-file " + file + ": the file is empty: put the stream key on its first line");
        }
        SecretRedactor.register(key);
        warnWhenOthersCanRead(file, err);
        return key;
    }

    /** The key in the environment variable {@code name}. */
    static String fromEnvironment(String name, Map<String, String> environment) {
        String key = environment.get(name);
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("--stream-key-env " + name + ": the environment variable is not set: export it "
                    + "before starting the studio");
        }
        SecretRedactor.register(key.strip());
        return key.strip();
    }

    /** The destination saved under {@code name}, with its key from the secret store; the settings are only read. */
    static Destination fromSavedDestination(String name, Path settingsFolder) {
        Path settingsFile = settingsFolder.resolve("settings.json");
        if (!Files.isRegularFile(settingsFile)) {
            throw new IllegalArgumentException("--destination " + name + ": no destination is saved (" + settingsFile
                    + " does not exist): save one with 'studio keys set " + name + " --server rtmp://HOST/APP'");
        }
        SettingsStore.Loaded loaded = new SettingsStore(settingsFolder).loadOrCreate(Settings.defaults(settingsFolder.toAbsolutePath()));
        if (!loaded.problems().isEmpty()) {
            throw new IllegalArgumentException("--destination " + name + ": the settings cannot be read: " + String.join("; ", loaded.problems()));
        }
        SavedDestination saved = loaded.settings().destinationNamed(name).orElseThrow(() -> new IllegalArgumentException(
                "--destination " + name + ": no saved destination has this name (saved: "
                        + (loaded.settings().destinations().isEmpty() ? "none"
                        : String.join(", ", loaded.settings().destinations().stream().map(SavedDestination::name).toList()))
                        + "); save it with 'studio keys set " + name + " --server rtmp://HOST/APP'"));
        SecretStores.Chosen chosen = SecretStores.forReading(loaded.settings().keyStorage(), settingsFolder);
        if (chosen.notice().isPresent()) {
            throw new IllegalArgumentException("--destination " + name + ": " + chosen.notice().get());
        }
        SecretStore store = chosen.store();
        String key;
        try {
            key = store.get(SecretNames.streamKey(saved.id())).orElseThrow(() -> new IllegalArgumentException(
                    "--destination " + name + ": no stream key is saved for it in " + store.description()
                            + ": save it with 'studio keys set " + name + "'"));
        } catch (SecretStoreException e) {
            throw new IllegalArgumentException("--destination " + name + ": " + e.getMessage());
        }
        SecretRedactor.register(key);
        return saved.withKey(key);
    }

    /**
     * True when {@code url} ends in a stream key typed on the command line: two or more path parts after the host
     * ({@code rtmp://host/app/KEY}) where the last is not an environment reference like {@code ${YOUTUBE_KEY}}.
     */
    static boolean keyOnCommandLine(String url) {
        String text = url.strip();
        int schemeEnd = text.indexOf("://");
        if (schemeEnd < 0) {
            return false;
        }
        String afterHost = text.substring(schemeEnd + 3);
        int slash = afterHost.indexOf('/');
        if (slash < 0) {
            return false;
        }
        String[] parts = afterHost.substring(slash).replaceAll("^/+|/+$", "").split("/+", 2);
        return parts.length == 2 && !parts[1].isBlank() && !parts[1].matches("\\$\\{[A-Za-z_][A-Za-z0-9_]*}");
    }

    private static void warnWhenOthersCanRead(Path file, PrintWriter err) {
        if (!AtomicFiles.hasPosixPermissions(file)) {
            return;
        }
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (permissions.contains(PosixFilePermission.GROUP_READ) || permissions.contains(PosixFilePermission.OTHERS_READ)) {
                err.println("studio live: warning: " + file + " is readable by other users ("
                        + PosixFilePermissions.toString(permissions) + "): 'chmod 600 " + file + "' keeps the key to you");
            }
        } catch (IOException e) {
            // permissions unreadable: the key was read, which is what matters here
        }
    }
}
