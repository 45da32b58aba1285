package live.studio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import live.studio.output.SavedDestination;
import live.studio.secrets.ConsentPrompt;
import live.studio.secrets.KeychainSecretStore;
import live.studio.ui.destinations.DestinationKeeper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's destinations survive a restart; with no keychain, their keys only after the user agreed to the file. */
class SettingsDestinationKeeperTest {
    private static final String KEY = "live_8080_WindowDestinationKey";
    private static final KeychainSecretStore.Probe NO_KEYCHAIN = new KeychainSecretStore.Probe.Unavailable("no D-Bus session bus");

    @TempDir
    Path settingsFolder;

    private final List<String> asked = new ArrayList<>();
    private final SavedDestination youtube = new SavedDestination("yt-1", "YouTube", "YOUTUBE", "rtmp://a.rtmp.youtube.com/live2");

    private ConsentPrompt answering(ConsentPrompt.Answer answer) {
        return (problem, file) -> {
            asked.add(problem);
            return answer;
        };
    }

    private SettingsDestinationKeeper keeper() {
        return new SettingsDestinationKeeper(settingsFolder, () -> NO_KEYCHAIN);
    }

    @Test
    void afterConsentTheDestinationAndItsKeyComeBackAtTheNextStart() throws Exception {
        Optional<String> notice = keeper().keep(youtube, KEY, answering(ConsentPrompt.Answer.USE_FILE));

        assertThat(notice).isEmpty();
        assertThat(asked).containsExactly("no D-Bus session bus");
        String settings = Files.readString(settingsFolder.resolve("settings.json"));
        assertThat(settings).contains("\"name\" : \"YouTube\"", "\"serverUrl\" : \"rtmp://a.rtmp.youtube.com/live2\"",
                "\"keyStorage\" : \"file-after-consent\"").doesNotContain(KEY);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(settingsFolder.resolve("secrets.json"))))
                .isEqualTo("rw-------");

        DestinationKeeper.Loaded loaded = keeper().load();

        assertThat(loaded.notice()).isEmpty();
        assertThat(loaded.destinations()).containsExactly(new DestinationKeeper.Kept(youtube, Optional.of(KEY)));
        assertThat(asked).as("asked once, the answer remembered").hasSize(1);
    }

    @Test
    void refusedTheDestinationIsKeptWithoutItsKeyAndTheNoticeSaysWhatToDo() throws Exception {
        Optional<String> notice = keeper().keep(youtube, KEY, answering(ConsentPrompt.Answer.DO_NOT_STORE));

        assertThat(notice).hasValueSatisfying(text -> assertThat(text).contains("not saved", "for this run only",
                "studio keys set NAME --file-store"));
        assertThat(settingsFolder.resolve("secrets.json")).doesNotExist();
        assertThat(Files.readString(settingsFolder.resolve("settings.json"))).contains("\"keyStorage\" : \"not-stored\"")
                .doesNotContain(KEY);

        DestinationKeeper.Loaded loaded = keeper().load();

        assertThat(loaded.destinations()).containsExactly(new DestinationKeeper.Kept(youtube, Optional.empty()));
        assertThat(loaded.notice()).isPresent();
    }

    @Test
    void aRemovedDestinationLosesItsKeyToo() throws Exception {
        SettingsDestinationKeeper keeper = keeper();
        keeper.keep(youtube, KEY, answering(ConsentPrompt.Answer.USE_FILE));

        keeper.forget(youtube);

        assertThat(keeper().load().destinations()).isEmpty();
        assertThat(Files.readString(settingsFolder.resolve("secrets.json"))).doesNotContain(KEY);
    }

    @Test
    void nothingSavedMeansTheKeychainIsNotEvenOpenedAtStart() {
        SettingsDestinationKeeper keeper = new SettingsDestinationKeeper(settingsFolder, () -> {
            throw new AssertionError("the keychain was opened with nothing to read");
        });

        assertThat(keeper.load().destinations()).isEmpty();
    }
}
