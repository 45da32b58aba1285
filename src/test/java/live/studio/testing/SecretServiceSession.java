package live.studio.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real, private Secret Service for tests: a D-Bus session bus of our own ({@code dbus-daemon --session --nofork})
 * and GNOME Keyring on it ({@code gnome-keyring-daemon --foreground --unlock --components=secrets}, its password on
 * standard input, so the login keyring is created unlocked), with HOME and the XDG folders in a test directory so
 * the user's own keyring is never touched. Child processes get {@link #environment()}. Both daemons are our child
 * processes and are stopped by {@link #close()}.
 */
public final class SecretServiceSession implements AutoCloseable {
    public static final String REQUIREMENT = "dbus-daemon, dbus-send and gnome-keyring-daemon (Secret Service)";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(20);

    private final Process bus;
    private final Process keyring;
    private final Map<String, String> environment;
    private final Path home;

    private SecretServiceSession(Process bus, Process keyring, Map<String, String> environment, Path home) {
        this.bus = bus;
        this.keyring = keyring;
        this.environment = environment;
        this.home = home;
    }

    public static boolean isAvailable() {
        return List.of("dbus-daemon", "dbus-send", "gnome-keyring-daemon").stream().allMatch(SecretServiceSession::onPath);
    }

    private static boolean onPath(String command) {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String folder : path.split(":")) {
            if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, command))) {
                return true;
            }
        }
        return false;
    }

    public static SecretServiceSession start(Path directory) {
        Process bus = null;
        Process keyring = null;
        try {
            Path home = Files.createDirectories(directory.resolve("home"));
            Path runtime = Files.createDirectories(directory.resolve("runtime"));
            Files.setPosixFilePermissions(runtime, PosixFilePermissions.fromString("rwx------"));
            bus = new ProcessBuilder("dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address=1")
                    .redirectError(directory.resolve("dbus-daemon.log").toFile()).start();
            String address = new BufferedReader(new InputStreamReader(bus.getInputStream(), StandardCharsets.UTF_8)).readLine();
            if (address == null || !address.startsWith("unix:")) {
                throw new IllegalStateException("dbus-daemon printed no bus address; see " + directory.resolve("dbus-daemon.log"));
            }
            Map<String, String> environment = new HashMap<>();
            environment.put("DBUS_SESSION_BUS_ADDRESS", address.strip());
            environment.put("HOME", home.toString());
            environment.put("XDG_DATA_HOME", home.resolve(".local/share").toString());
            environment.put("XDG_CONFIG_HOME", home.resolve(".config").toString());
            environment.put("XDG_RUNTIME_DIR", runtime.toString());
            ProcessBuilder keyringBuilder = new ProcessBuilder("gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets")
                    .redirectOutput(directory.resolve("gnome-keyring.log").toFile()).redirectErrorStream(true);
            keyringBuilder.environment().putAll(environment);
            keyring = keyringBuilder.start();
            try (OutputStream password = keyring.getOutputStream()) {
                password.write("test-keyring-password".getBytes(StandardCharsets.UTF_8));
            }
            awaitSecretService(environment, keyring, directory);
            return new SecretServiceSession(bus, keyring, Map.copyOf(environment), home);
        } catch (IOException | RuntimeException e) {
            stop(keyring);
            stop(bus);
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    /** Waits until org.freedesktop.secrets has an owner on the bus. */
    private static void awaitSecretService(Map<String, String> environment, Process keyring, Path directory) throws IOException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!keyring.isAlive()) {
                throw new IllegalStateException("gnome-keyring-daemon exited; see " + directory.resolve("gnome-keyring.log"));
            }
            ProcessBuilder ask = new ProcessBuilder("dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus",
                    "/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner", "string:org.freedesktop.secrets")
                    .redirectErrorStream(true);
            ask.environment().putAll(environment);
            Process query = ask.start();
            try {
                String reply = new String(query.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                query.waitFor(5, TimeUnit.SECONDS);
                if (reply.contains("boolean true")) {
                    return;
                }
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } finally {
                query.destroyForcibly();
            }
        }
        throw new IllegalStateException("the Secret Service did not appear on the bus within " + START_TIMEOUT.toSeconds()
                + " s; see " + directory.resolve("gnome-keyring.log"));
    }

    /** DBUS_SESSION_BUS_ADDRESS, HOME and the XDG folders for a child process that should use this keyring. */
    public Map<String, String> environment() {
        return environment;
    }

    /** The settings folder of a studio run with {@link #environment()} (XDG_CONFIG_HOME/live-studio). */
    public Path settingsFolder() {
        return home.resolve(".config/live-studio");
    }

    /** Where GNOME Keyring keeps its files (encrypted with the keyring's password). */
    public Path keyringFolder() {
        return home.resolve(".local/share/keyrings");
    }

    @Override
    public void close() {
        stop(keyring);
        stop(bus);
    }

    private static void stop(Process process) {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
