package live.studio.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where no keychain is available the user is asked before a file is used: never a silent plain-text fallback. */
class SecretStoresTest {
    private static final KeychainSecretStore.Probe NO_KEYCHAIN =
            new KeychainSecretStore.Probe.Unavailable("no D-Bus session bus");

    @TempDir
    Path settingsFolder;

    private final List<String> questions = new ArrayList<>();

    private ConsentPrompt answering(ConsentPrompt.Answer answer) {
        return (problem, file) -> {
            questions.add(problem + " -> " + file);
            return answer;
        };
    }

    @Test
    void withoutAKeychainTheUserIsAskedAndAYesGivesTheFile() throws Exception {
        SecretStores.Chosen chosen = SecretStores.choose(KeyStorage.NOT_CHOSEN, settingsFolder,
                answering(ConsentPrompt.Answer.USE_FILE), () -> NO_KEYCHAIN);

        assertThat(questions).containsExactly("no D-Bus session bus -> " + settingsFolder.resolve("secrets.json"));
        assertThat(chosen.store()).isInstanceOf(FileSecretStore.class);
        assertThat(chosen.remember()).isEqualTo(KeyStorage.FILE_AFTER_CONSENT);
        assertThat(chosen.notice()).isEmpty();
        chosen.store().put("k", "live_0600_key");
        assertThat(SecretStores.forReading(chosen.remember(), settingsFolder).store().get("k")).contains("live_0600_key");
    }

    @Test
    void aNoStoresNothingAndSaysWhatToDo() throws Exception {
        SecretStores.Chosen chosen = SecretStores.choose(KeyStorage.NOT_CHOSEN, settingsFolder,
                answering(ConsentPrompt.Answer.DO_NOT_STORE), () -> NO_KEYCHAIN);
        chosen.store().put("k", "live_memory_key");

        assertThat(chosen.remember()).isEqualTo(KeyStorage.NOT_STORED);
        assertThat(chosen.store().get("k")).contains("live_memory_key");
        try (var files = Files.list(settingsFolder)) {
            assertThat(files).isEmpty();
        }
        assertThat(chosen.notice()).hasValueSatisfying(notice -> assertThat(notice)
                .contains("not saved", "no D-Bus session bus", "keychain", "studio keys set NAME --file-store",
                        settingsFolder.resolve("settings.json").toString()));
    }

    @Test
    void aRememberedAnswerIsNotAskedAgain() {
        SecretStores.Chosen file = SecretStores.choose(KeyStorage.FILE_AFTER_CONSENT, settingsFolder,
                answering(ConsentPrompt.Answer.DO_NOT_STORE), () -> NO_KEYCHAIN);
        SecretStores.Chosen none = SecretStores.choose(KeyStorage.NOT_STORED, settingsFolder,
                answering(ConsentPrompt.Answer.USE_FILE), () -> NO_KEYCHAIN);

        assertThat(questions).isEmpty();
        assertThat(file.store()).isInstanceOf(FileSecretStore.class);
        assertThat(none.store()).isInstanceOf(MemorySecretStore.class);
        assertThat(none.notice()).isPresent();
    }

    @Test
    void nobodyToAskMeansNothingStoredAndNothingRemembered() {
        SecretStores.Chosen chosen = SecretStores.choose(KeyStorage.NOT_CHOSEN, settingsFolder, ConsentPrompt.NOBODY,
                () -> NO_KEYCHAIN);

        assertThat(chosen.store()).isInstanceOf(MemorySecretStore.class);
        assertThat(chosen.remember()).isEqualTo(KeyStorage.NOT_CHOSEN);
        assertThat(chosen.notice()).hasValueSatisfying(notice -> assertThat(notice).contains("no D-Bus session bus"));
    }

    @Test
    void keyStorageRoundTripsThroughItsSettingsValue() {
        for (KeyStorage storage : KeyStorage.values()) {
            assertThat(KeyStorage.fromSettingsValue(storage.settingsValue())).contains(storage);
        }
        assertThat(KeyStorage.FILE_AFTER_CONSENT.settingsValue()).isEqualTo("file-after-consent");
        assertThat(KeyStorage.fromSettingsValue("plain")).isEmpty();
    }
}
