package live.studio.app.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SettingsStoreTest {
    @TempDir
    Path temporary;

    private Settings defaults() {
        return Settings.defaults(temporary.resolve("Videos"));
    }

    private static List<String> filesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theFirstRunCreatesTheFolderAndASettingsFileWithTheDefaults() throws IOException {
        Path directory = temporary.resolve("config/live-studio");
        SettingsStore store = new SettingsStore(directory);

        SettingsStore.Loaded loaded = store.loadOrCreate(defaults());

        assertThat(loaded.source()).isEqualTo(SettingsStore.Source.CREATED_ON_FIRST_RUN);
        assertThat(loaded.settings()).isEqualTo(defaults());
        assertThat(filesIn(directory)).containsExactly("settings.json");
        JsonNode json = JsonMapper.builder().build().readTree(Files.readString(store.file()));
        assertThat(json.path("settingsVersion").asInt()).isEqualTo(Settings.CURRENT_VERSION);
        assertThat(json.path("recordingsFolder").asString()).isEqualTo(temporary.resolve("Videos").toString());
    }

    @Test
    void laterRunsReadWhatIsThere() throws IOException {
        SettingsStore store = new SettingsStore(temporary);
        Settings chosen = new Settings(1, temporary.resolve("Shows/recordings"));
        store.write(chosen);

        SettingsStore.Loaded loaded = store.loadOrCreate(defaults());

        assertThat(loaded.source()).isEqualTo(SettingsStore.Source.READ_FROM_FILE);
        assertThat(loaded.settings()).isEqualTo(chosen);
        assertThat(loaded.problems()).isEmpty();
    }

    @Test
    void savedDestinationsAndTheKeyStorageAnswerRoundTripWithoutAnyKey() throws IOException {
        SettingsStore store = new SettingsStore(temporary);
        Settings chosen = defaults().withKeyStorage(live.studio.secrets.KeyStorage.FILE_AFTER_CONSENT).withDestinations(List.of(
                new live.studio.output.SavedDestination("id-1", "YouTube", "YOUTUBE", "rtmp://a.rtmp.youtube.com/live2"),
                new live.studio.output.SavedDestination("id-2", "Shop", "CUSTOM", "rtmps://ingest.example:443/app")));
        store.write(chosen);

        SettingsStore.Loaded loaded = store.loadOrCreate(defaults());

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.settings()).isEqualTo(chosen);
        assertThat(loaded.settings().destinationNamed("shop")).map(live.studio.output.SavedDestination::id).contains("id-2");
        assertThat(Files.readString(store.file())).contains("\"keyStorage\" : \"file-after-consent\"");
    }

    @Test
    void aBadKeyStorageOrDestinationIsNamedWithItsPlace() throws IOException {
        SettingsStore store = new SettingsStore(temporary);
        Files.writeString(store.file(), "{\n  \"keyStorage\": \"plain-text\",\n  \"destinations\": [ {\"id\": \"x\"} ]\n}\n");

        SettingsStore.Loaded loaded = store.loadOrCreate(defaults());

        assertThat(loaded.problems()).containsExactly(
                store.file() + ":2:17: keyStorage: must be one of not-chosen, keychain, file-after-consent, not-stored; got \"plain-text\"",
                store.file() + ":3:19: destinations[0]: needs the text fields name, platform, serverUrl");
    }

    @Test
    void aWriteReplacesTheFileWholeKeepsOneBackupAndLeavesNoTemporaryFile() throws IOException {
        SettingsStore store = new SettingsStore(temporary);
        store.write(new Settings(1, temporary.resolve("first")));
        store.write(new Settings(1, temporary.resolve("second")));

        assertThat(filesIn(temporary)).containsExactlyInAnyOrder("settings.json", "settings.json.bak");
        assertThat(temporary.resolve("settings.json.bak")).content().contains("first");
        assertThat(store.loadOrCreate(defaults()).settings().recordingsFolder()).isEqualTo(temporary.resolve("second"));
    }

    @Test
    void brokenJsonIsReportedWithLineAndColumnAndTheFileIsLeftAsItWas() throws IOException {
        SettingsStore store = new SettingsStore(temporary);
        String broken = "{\n  \"settingsVersion\": 1,\n  \"recordingsFolder\": \n}\n";
        Files.writeString(store.file(), broken);

        SettingsStore.Loaded loaded = store.loadOrCreate(defaults());

        assertThat(loaded.source()).isEqualTo(SettingsStore.Source.DEFAULTS_AFTER_PROBLEMS);
        assertThat(loaded.settings()).isEqualTo(defaults());
        assertThat(loaded.problems()).singleElement().asString()
                .startsWith(store.file() + ":4:1: not valid JSON");
        assertThat(Files.readString(store.file())).isEqualTo(broken);
    }

    @Test
    void aDamagedFileFallsBackToItsLastGoodCopyAndIsLeftForTheUserToFix() throws IOException {
        SettingsStore store = new SettingsStore(temporary);
        store.write(new Settings(1, temporary.resolve("good")));
        store.write(new Settings(1, temporary.resolve("newer")));
        // a disk error or an editor's crash cut the file short
        Files.writeString(store.file(), "{\n  \"settingsVersion\": 1,\n  \"recordingsFol");

        SettingsStore.Loaded loaded = store.loadOrCreate(defaults());

        assertThat(loaded.source()).isEqualTo(SettingsStore.Source.READ_FROM_BACKUP);
        assertThat(loaded.settings().recordingsFolder()).isEqualTo(temporary.resolve("good"));
        assertThat(loaded.problems()).hasSize(2);
        assertThat(loaded.problems().get(0)).startsWith(store.file() + ":3:").contains("not valid JSON");
        assertThat(loaded.problems().get(1)).isEqualTo(store.file() + ": using the last good copy " + store.file() + ".bak"
                + " instead (fix or delete " + store.file() + "; the next change of settings replaces it)");
        assertThat(Files.readString(store.file())).endsWith("recordingsFol");
    }

    @Test
    void anEmptyFileWithADamagedBackupGivesTheDefaultsAndNamesBoth() throws IOException {
        SettingsStore store = new SettingsStore(temporary);
        Files.writeString(store.file(), "");
        Files.writeString(temporary.resolve("settings.json.bak"), "{\"recordingsFolder\": 3}");

        SettingsStore.Loaded loaded = store.loadOrCreate(defaults());

        assertThat(loaded.source()).isEqualTo(SettingsStore.Source.DEFAULTS_AFTER_PROBLEMS);
        assertThat(loaded.settings()).isEqualTo(defaults());
        assertThat(loaded.problems()).hasSize(2);
        assertThat(loaded.problems().get(1)).startsWith(store.file() + ".bak: the last good copy cannot be used either ("
                + store.file() + ".bak:1:22: recordingsFolder: must be the absolute path");
    }

    @Test
    void aWrongFieldIsNamedWithItsLineAndColumn() throws IOException {
        SettingsStore store = new SettingsStore(temporary);
        Files.writeString(store.file(), "{\n  \"settingsVersion\": 1,\n  \"recordingsFolder\": 42\n}\n");

        SettingsStore.Loaded loaded = store.loadOrCreate(defaults());

        assertThat(loaded.source()).isEqualTo(SettingsStore.Source.DEFAULTS_AFTER_PROBLEMS);
        assertThat(loaded.problems()).containsExactly(store.file()
                + ":3:23: recordingsFolder: must be the absolute path of a folder, got 42");
    }

    @Test
    void aRelativeRecordingsFolderIsRefused() throws IOException {
        SettingsStore store = new SettingsStore(temporary);
        Files.writeString(store.file(), "{\"settingsVersion\": 1, \"recordingsFolder\": \"Videos\"}");

        assertThat(store.loadOrCreate(defaults()).problems()).singleElement().asString()
                .contains(":1:44: recordingsFolder: must be the absolute path");
        assertThatThrownBy(() -> new Settings(1, Path.of("Videos"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFileFromANewerStudioSaysToUpdate() throws IOException {
        SettingsStore store = new SettingsStore(temporary);
        Files.writeString(store.file(), "{\"settingsVersion\": 7, \"recordingsFolder\": \"/srv/rec\"}");

        assertThat(store.loadOrCreate(defaults()).problems()).singleElement().asString()
                .contains("settingsVersion: 7 was written by a newer studio").contains("update the studio");
    }

    @Test
    void fieldsOfLaterFeaturesAreIgnored() throws IOException {
        SettingsStore store = new SettingsStore(temporary);
        Files.writeString(store.file(), "{\"settingsVersion\": 1, \"recordingsFolder\": \"/srv/rec\", \"chat\": {\"twitch\": \"shop\"}}");

        SettingsStore.Loaded loaded = store.loadOrCreate(defaults());

        assertThat(loaded.source()).isEqualTo(SettingsStore.Source.READ_FROM_FILE);
        assertThat(loaded.settings().recordingsFolder()).isEqualTo(Path.of("/srv/rec"));
    }

    @Test
    void somethingOtherThanAnObjectIsReported() throws IOException {
        SettingsStore store = new SettingsStore(temporary);
        Files.writeString(store.file(), "[1, 2]");

        assertThat(store.loadOrCreate(defaults()).problems()).singleElement().asString()
                .isEqualTo(store.file() + ":1:1: the settings must be a JSON object { ... }");
    }

    @Test
    void aFolderThatCannotBeCreatedGivesTheDefaultsAndSaysWhere() throws IOException {
        // A link to nowhere: there is no settings file to read, and no folder can be made in its place.
        Path danglingLink = Files.createSymbolicLink(temporary.resolve("live-studio"), temporary.resolve("gone"));
        SettingsStore store = new SettingsStore(danglingLink);

        SettingsStore.Loaded loaded = store.loadOrCreate(defaults());

        assertThat(loaded.source()).isEqualTo(SettingsStore.Source.DEFAULTS_AFTER_PROBLEMS);
        assertThat(loaded.settings()).isEqualTo(defaults());
        assertThat(loaded.problems()).singleElement().asString()
                .startsWith(danglingLink + ": cannot create the settings");
    }

    @Test
    void aSettingsFileThatCannotBeReadGivesTheDefaultsAndSaysWhy() throws IOException {
        Path aFile = Files.writeString(temporary.resolve("not-a-folder"), "x", StandardCharsets.UTF_8);
        SettingsStore store = new SettingsStore(aFile);

        SettingsStore.Loaded loaded = store.loadOrCreate(defaults());

        assertThat(loaded.source()).isEqualTo(SettingsStore.Source.DEFAULTS_AFTER_PROBLEMS);
        assertThat(loaded.problems()).singleElement().asString()
                .startsWith(aFile.resolve("settings.json") + ": cannot read");
        assertThat(Files.readString(aFile)).isEqualTo("x");
    }
}
