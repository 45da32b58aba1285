package live.studio.app.settings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import live.studio.output.SavedDestination;
import live.studio.output.SecretRedactor;
import live.studio.secrets.KeyStorage;

/**
 * Reads {@code settings.json} from the settings folder, creating folder and file with the defaults on the first run.
 * A file that cannot be used (broken JSON, a wrong field, no permission) is never overwritten: the studio starts with
 * the defaults and says what is wrong, naming file, line, column and field, so the user can fix it and lose nothing.
 * Writes are atomic ({@link live.studio.files.AtomicFiles}): a crash never leaves half a file.
 */
public final class SettingsStore {
    /** How the settings of this run came to be. */
    public enum Source {
        /** There was no settings file: this is the studio's first run for this user; the defaults were written. */
        CREATED_ON_FIRST_RUN,
        READ_FROM_FILE,
        /**
         * The file could not be used but its last good version ({@code settings.json.bak}, which every write keeps)
         * could: those settings are used and {@link Loaded#problems} says what was wrong with the file.
         */
        READ_FROM_BACKUP,
        /** The file (or the folder) could not be used; the defaults are used and {@link Loaded#problems} says why. */
        DEFAULTS_AFTER_PROBLEMS
    }

    /**
     * The settings to use, where they came from and, when the file was not usable, one line per problem.
     *
     * @param fieldProblems bad values of fields the settings window writes (language, theme, window mode, encoder,
     *                      API): each was replaced by its default and the rest of the file was read; one line each
     *                      naming file, line, column, field and what to do
     */
    public record Loaded(Settings settings, Source source, List<String> problems, List<String> fieldProblems) {
        public Loaded {
            problems = List.copyOf(problems);
            fieldProblems = List.copyOf(fieldProblems);
        }

        public Loaded(Settings settings, Source source, List<String> problems) {
            this(settings, source, problems, List.of());
        }
    }

    /** One lock per settings file: the destinations and the settings window change it from different threads. */
    private static final java.util.concurrent.ConcurrentMap<Path, Object> LOCKS = new java.util.concurrent.ConcurrentHashMap<>();

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path directory;
    private final Path file;

    public SettingsStore(Path directory) {
        this.directory = directory;
        this.file = directory.resolve(SettingsLocation.SETTINGS_FILE_NAME);
    }

    public Path file() {
        return file;
    }

    /** The settings of this user, written with {@code defaults} when there are none yet. */
    public Loaded loadOrCreate(Settings defaults) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException firstRun) {
            try {
                write(defaults);
                return new Loaded(defaults, Source.CREATED_ON_FIRST_RUN, List.of());
            } catch (IOException e) {
                return new Loaded(defaults, Source.DEFAULTS_AFTER_PROBLEMS,
                        List.of(directory + ": cannot create the settings (" + describe(e) + "); the defaults are used for now"));
            }
        } catch (IOException e) {
            return fromBackupOr(defaults, new ArrayList<>(List.of(file + ": cannot read (" + describe(e) + ")")));
        }
        List<String> problems = new ArrayList<>();
        List<String> fieldProblems = new ArrayList<>();
        Settings settings = parse(text, defaults, problems, fieldProblems, file);
        return problems.isEmpty()
                ? new Loaded(settings, Source.READ_FROM_FILE, List.of(), fieldProblems)
                : fromBackupOr(defaults, problems);
    }

    /**
     * Reads the settings, changes them and writes them back as one step for every {@code SettingsStore} of this file
     * in this process, so the destinations and the settings window never undo each other's change.
     *
     * @throws IOException when the file cannot be read or used as it is (it is then left alone, for the user to fix)
     */
    public Settings update(Settings defaults, java.util.function.UnaryOperator<Settings> change) throws IOException {
        synchronized (LOCKS.computeIfAbsent(file.toAbsolutePath().normalize(), path -> new Object())) {
            Loaded loaded = loadOrCreate(defaults);
            if (!loaded.problems().isEmpty()) {
                throw new IOException(String.join("; ", loaded.problems()));
            }
            Settings changed = change.apply(loaded.settings());
            write(changed);
            return changed;
        }
    }

    /**
     * The settings of the last good version when the file itself cannot be used (a disk error, an edit gone wrong);
     * the defaults when that cannot be used either. The file is left as it is in both cases, for the user to fix.
     */
    private Loaded fromBackupOr(Settings defaults, List<String> problems) {
        Path backup = live.studio.files.AtomicFiles.backupOf(file);
        try {
            java.util.Optional<byte[]> saved = live.studio.files.AtomicFiles.readBackup(file);
            if (saved.isPresent()) {
                List<String> backupProblems = new ArrayList<>();
                Settings settings = parse(new String(saved.get(), StandardCharsets.UTF_8), defaults, backupProblems,
                        new ArrayList<>(), backup);
                if (backupProblems.isEmpty()) {
                    problems.add(file + ": using the last good copy " + backup + " instead (fix or delete " + file
                            + "; the next change of settings replaces it)");
                    return new Loaded(settings, Source.READ_FROM_BACKUP, problems);
                }
                problems.add(backup + ": the last good copy cannot be used either (" + backupProblems.getFirst() + ")");
            }
        } catch (IOException e) {
            problems.add(backup + ": cannot read the last good copy (" + describe(e) + ")");
        }
        return new Loaded(defaults, Source.DEFAULTS_AFTER_PROBLEMS, problems);
    }

    /** Writes {@code settings} atomically (a temporary file in the folder, then a rename; the last version kept as .bak). */
    public void write(Settings settings) throws IOException {
        Files.createDirectories(directory);
        ObjectNode json = JSON.createObjectNode();
        json.put("settingsVersion", settings.settingsVersion());
        json.put("recordingsFolder", settings.recordingsFolder().toString());
        json.put("keyStorage", settings.keyStorage().settingsValue());
        // the keys themselves are in the secret store (live.studio.secrets), never here
        tools.jackson.databind.node.ArrayNode destinations = json.putArray("destinations");
        for (SavedDestination destination : settings.destinations()) {
            ObjectNode entry = destinations.addObject();
            entry.put("id", destination.id());
            entry.put("name", destination.name());
            entry.put("platform", destination.platform());
            entry.put("serverUrl", destination.serverUrl());
        }
        PreferencesJson.write(settings.preferences(), json);
        byte[] bytes = (JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n").getBytes(StandardCharsets.UTF_8);
        live.studio.files.AtomicFiles.write(file, bytes);
    }

    /** Reads the top-level fields, remembering where each value starts so a problem can name its line and column. */
    private Settings parse(String text, Settings defaults, List<String> problems, List<String> fieldProblems, Path source) {
        int version = Settings.CURRENT_VERSION;
        Path recordingsFolder = defaults.recordingsFolder();
        KeyStorage keyStorage = defaults.keyStorage();
        List<SavedDestination> destinations = new ArrayList<>();
        PreferencesJson.Reader preferences = new PreferencesJson.Reader(defaults.preferences());
        try (JsonParser parser = JSON.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                problems.add(where(source, parser.currentTokenLocation()) + "the settings must be a JSON object { ... }");
                return defaults;
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                TokenStreamLocation location = parser.currentTokenLocation();
                JsonNode value = parser.readValueAsTree();
                switch (field) {
                    case "settingsVersion" -> {
                        if (!value.isInt() || value.asInt() < 1) {
                            problems.add(where(source, location) + "settingsVersion: must be a whole number from 1, got " + value);
                        } else if (value.asInt() > Settings.CURRENT_VERSION) {
                            problems.add(where(source, location) + "settingsVersion: " + value.asInt() + " was written by a newer studio "
                                    + "(this one reads up to " + Settings.CURRENT_VERSION + "); update the studio");
                        } else {
                            version = value.asInt();
                        }
                    }
                    case "recordingsFolder" -> {
                        if (!value.isString() || value.asString().isBlank() || !Path.of(value.asString()).isAbsolute()) {
                            problems.add(where(source, location) + "recordingsFolder: must be the absolute path of a folder, got " + value);
                        } else {
                            recordingsFolder = Path.of(value.asString());
                        }
                    }
                    case "keyStorage" -> {
                        java.util.Optional<KeyStorage> storage = value.isString()
                                ? KeyStorage.fromSettingsValue(value.asString()) : java.util.Optional.empty();
                        if (storage.isEmpty()) {
                            problems.add(where(source, location) + "keyStorage: must be one of not-chosen, keychain, "
                                    + "file-after-consent, not-stored; got " + value);
                        } else {
                            keyStorage = storage.get();
                        }
                    }
                    case "destinations" -> readDestinations(value, source, location, destinations, problems);
                    case PreferencesJson.LANGUAGE, PreferencesJson.THEME, PreferencesJson.WINDOW_MODE, PreferencesJson.ENCODER,
                         PreferencesJson.API -> preferences.read(field, value).forEach(problem ->
                            fieldProblems.add(where(source, location) + problem));
                    // A field of a later version, or one a later feature adds: kept in the file, ignored here.
                    default -> { }
                }
            }
        } catch (JacksonException e) {
            problems.add(where(source, e.getLocation()) + "not valid JSON: " + e.getOriginalMessage());
        } catch (java.nio.file.InvalidPathException e) {
            problems.add(source + ": recordingsFolder: not a path on this system: " + e.getMessage());
        }
        return new Settings(version, recordingsFolder, keyStorage, destinations, preferences.result());
    }

    private void readDestinations(JsonNode value, Path source, TokenStreamLocation location, List<SavedDestination> destinations,
                                  List<String> problems) {
        if (!value.isArray()) {
            problems.add(where(source, location) + "destinations: must be a list [ ... ] of destinations, got " + SecretRedactor.redact(value.toString()));
            return;
        }
        for (int index = 0; index < value.size(); index++) {
            JsonNode entry = value.get(index);
            String field = "destinations[" + index + "]";
            List<String> missing = new ArrayList<>();
            for (String name : List.of("id", "name", "platform", "serverUrl")) {
                if (entry == null || !entry.has(name) || !entry.get(name).isString() || entry.get(name).asString().isBlank()) {
                    missing.add(name);
                }
            }
            if (!missing.isEmpty()) {
                problems.add(where(source, location) + field + ": needs the text fields " + String.join(", ", missing));
                continue;
            }
            String id = entry.get("id").asString();
            if (!id.matches("[A-Za-z0-9._-]{1,100}")) {
                problems.add(where(source, location) + field + ".id: letters, digits, '.', '_' or '-' only, got \"" + id + "\"");
                continue;
            }
            destinations.add(new SavedDestination(id, entry.get("name").asString(), entry.get("platform").asString(),
                    entry.get("serverUrl").asString()));
        }
    }

    private static String where(Path source, TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return source + ": ";
        }
        return source + ":" + location.getLineNr() + ":" + location.getColumnNr() + ": ";
    }

    private static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied: " + e.getMessage();
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
