package live.studio.app;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import live.studio.app.settings.Settings;
import live.studio.app.settings.SettingsLocation;
import live.studio.app.settings.SettingsStore;
import live.studio.output.SavedDestination;
import live.studio.output.SecretRedactor;
import live.studio.secrets.ConsentPrompt;
import live.studio.secrets.KeyStorage;
import live.studio.secrets.MemorySecretStore;
import live.studio.secrets.SecretNames;
import live.studio.secrets.SecretStoreException;
import live.studio.secrets.SecretStores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code studio keys set|delete|list}: saves a destination (name, server URL) in the settings and its stream key in
 * the keychain, for {@code studio live --headless --destination NAME} and the window. The key is read from standard
 * input (without echo on a terminal), never from the command line.
 */
@Command(name = "keys", mixinStandardHelpOptions = true,
        description = "Save, delete or list the stream keys of saved destinations (kept in the system keychain).",
        subcommands = {KeysCommand.Set.class, KeysCommand.Delete.class, KeysCommand.ListKeys.class})
final class KeysCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE.code();
    }

    private static Path settingsFolder() {
        return SettingsLocation.currentDirectory();
    }

    private static Optional<Settings> loadSettings(Path folder, PrintWriter err) {
        SettingsStore.Loaded loaded = new SettingsStore(folder).loadOrCreate(Settings.defaults(
                live.studio.ui.StudioEnvironment.defaultRecordingsFolder()));
        if (!loaded.problems().isEmpty()) {
            loaded.problems().forEach(problem -> err.println("studio keys: " + problem));
            err.println("studio keys: fix the settings file first; nothing was changed");
            return Optional.empty();
        }
        return Optional.of(loaded.settings());
    }

    @Command(name = "set", mixinStandardHelpOptions = true,
            description = "Save the stream key of destination NAME, read from standard input (no echo on a terminal). "
                    + "Creates the destination when --server is given.")
    static final class Set implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NAME", description = "The destination's name, e.g. YouTube")
        String name;

        @Option(names = "--server", paramLabel = "URL", description = "Its ingest server, rtmp://HOST/APP (without the key).")
        String server;

        @Option(names = "--platform", paramLabel = "PRESET", defaultValue = "CUSTOM",
                description = "YOUTUBE, YOUTUBE_RTMPS, TWITCH, FACEBOOK, TIKTOK, INSTAGRAM or CUSTOM (default: ${DEFAULT-VALUE}).")
        String platform;

        @Option(names = "--file-store",
                description = "Where no keychain is available: agree to keep stream keys in a file only you can read "
                        + "(mode 0600) in the settings folder. Remembered.")
        boolean fileStore;

        @Override
        public Integer call() throws IOException {
            PrintWriter err = spec.commandLine().getErr();
            PrintWriter out = spec.commandLine().getOut();
            Path folder = settingsFolder();
            Optional<Settings> read = loadSettings(folder, err);
            if (read.isEmpty()) {
                return ExitCode.BAD_INPUT.code();
            }
            Settings settings = read.get();
            Optional<SavedDestination> existing = settings.destinationNamed(name);
            SavedDestination destination;
            if (existing.isPresent() && server == null) {
                destination = existing.get();
            } else if (server == null) {
                err.println("studio keys: no destination is called '" + name + "': give its server with --server rtmp://HOST/APP");
                return ExitCode.USAGE.code();
            } else {
                String preset = platform.strip().toUpperCase(Locale.ROOT);
                try {
                    // validates the URL the way streaming will, with a stand-in key
                    live.studio.output.Destination.of(name, server, "validation-only");
                } catch (IllegalArgumentException e) {
                    err.println("studio keys: --server: " + SecretRedactor.redact(e.getMessage()));
                    return ExitCode.BAD_INPUT.code();
                }
                if (StreamKeys.keyOnCommandLine(server)) {
                    err.println("studio keys: --server " + SecretRedactor.redact(server) + " seems to end in a stream key: give "
                            + "the server only (rtmp://HOST/APP); the key is read from standard input");
                    return ExitCode.BAD_INPUT.code();
                }
                destination = existing.map(found -> new SavedDestination(found.id(), found.name(), preset, server.strip()))
                        .orElseGet(() -> SavedDestination.create(name.strip(), preset, server.strip()));
            }

            KeyStorage remembered = fileStore && settings.keyStorage() == KeyStorage.NOT_STORED ? KeyStorage.NOT_CHOSEN : settings.keyStorage();
            SecretStores.Chosen chosen = SecretStores.choose(remembered, folder,
                    (problem, file) -> fileStore ? ConsentPrompt.Answer.USE_FILE : ConsentPrompt.Answer.NOT_ASKED);
            if (chosen.store() instanceof MemorySecretStore) {
                err.println("studio keys: " + chosen.notice().orElse("no keychain is available"));
                err.println("studio keys: nothing was saved; to keep the key in a file only you can read (mode 0600) in "
                        + folder + ", run again with --file-store");
                return ExitCode.RUNTIME_FAILURE.code();
            }

            Optional<String> key = readKey(name, err);
            if (key.isEmpty()) {
                err.println("studio keys: no key was given on standard input; nothing was saved");
                return ExitCode.BAD_INPUT.code();
            }
            SecretRedactor.register(key.get());
            try {
                chosen.store().put(SecretNames.streamKey(destination.id()), key.get());
            } catch (SecretStoreException e) {
                err.println("studio keys: " + e.getMessage());
                return ExitCode.RUNTIME_FAILURE.code();
            }
            List<SavedDestination> destinations = new ArrayList<>(settings.destinations());
            destinations.removeIf(saved -> saved.id().equals(destination.id()));
            destinations.add(destination);
            new SettingsStore(folder).write(settings.withDestinations(destinations).withKeyStorage(chosen.remember()));
            out.println("studio keys: saved the stream key of " + destination.name() + " (" + destination.serverUrl() + ") in "
                    + chosen.store().description());
            return ExitCode.DONE.code();
        }

        /** One line of standard input; on a terminal, typed without echo. */
        private static Optional<String> readKey(String name, PrintWriter err) throws IOException {
            Console console = System.console();
            String line;
            if (console != null && console.isTerminal()) {
                char[] typed = console.readPassword("Stream key for %s (not shown): ", name);
                line = typed == null ? null : new String(typed);
                if (typed != null) {
                    java.util.Arrays.fill(typed, ' ');
                }
            } else {
                line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            }
            return line == null || line.isBlank() ? Optional.empty() : Optional.of(line.strip());
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Delete the saved stream key of destination NAME (and, with --forget, the destination too).")
    static final class Delete implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NAME")
        String name;

        @Option(names = "--forget", description = "Remove the destination from the settings as well.")
        boolean forget;

        @Override
        public Integer call() throws IOException {
            PrintWriter err = spec.commandLine().getErr();
            Path folder = settingsFolder();
            Optional<Settings> read = loadSettings(folder, err);
            if (read.isEmpty()) {
                return ExitCode.BAD_INPUT.code();
            }
            Settings settings = read.get();
            Optional<SavedDestination> saved = settings.destinationNamed(name);
            if (saved.isEmpty()) {
                err.println("studio keys: no destination is called '" + name + "'");
                return ExitCode.BAD_INPUT.code();
            }
            SecretStores.Chosen chosen = SecretStores.forReading(settings.keyStorage(), folder);
            try {
                chosen.store().delete(SecretNames.streamKey(saved.get().id()));
            } catch (SecretStoreException e) {
                err.println("studio keys: " + e.getMessage());
                return ExitCode.RUNTIME_FAILURE.code();
            }
            if (forget) {
                List<SavedDestination> destinations = new ArrayList<>(settings.destinations());
                destinations.remove(saved.get());
                new SettingsStore(folder).write(settings.withDestinations(destinations));
            }
            spec.commandLine().getOut().println("studio keys: deleted the stream key of " + saved.get().name() + " from "
                    + chosen.store().description() + (forget ? "; the destination is removed too" : ""));
            return ExitCode.DONE.code();
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List the saved destinations and whether a key is saved for each (never the keys).")
    static final class ListKeys implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            PrintWriter out = spec.commandLine().getOut();
            Path folder = settingsFolder();
            Optional<Settings> read = loadSettings(folder, err);
            if (read.isEmpty()) {
                return ExitCode.BAD_INPUT.code();
            }
            SecretStores.Chosen chosen = SecretStores.forReading(read.get().keyStorage(), folder);
            out.println("Keys are kept in " + chosen.store().description());
            chosen.notice().ifPresent(notice -> err.println("studio keys: " + notice));
            for (SavedDestination destination : read.get().destinations()) {
                String state;
                try {
                    state = chosen.store().get(SecretNames.streamKey(destination.id())).isPresent() ? "key saved" : "no key";
                } catch (SecretStoreException e) {
                    state = "key unreadable: " + e.getMessage();
                }
                out.println(destination.name() + "\t" + destination.platform() + "\t" + destination.serverUrl() + "\t" + state);
            }
            return ExitCode.DONE.code();
        }
    }
}
