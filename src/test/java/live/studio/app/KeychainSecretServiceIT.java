package live.studio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import live.studio.secrets.KeychainChild;
import live.studio.testing.FfmpegRtmpIngest;
import live.studio.testing.Probe;
import live.studio.testing.RequiredTool;
import live.studio.testing.SecretServiceSession;
import live.studio.testing.TestOutput;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Stream keys in a real Secret Service (GNOME Keyring on a private D-Bus session bus): what one studio process
 * stores, another reads and a third deletes; a destination saved with 'studio keys set' streams headless with
 * --destination and its key is in no file of the studio's.
 */
class KeychainSecretServiceIT {
    private static final String KEY = "live_7001_KeyInTheRealSecretService";

    @BeforeAll
    static void secretServiceInstalled() {
        RequiredTool.assumeAvailableOrFailInCi(SecretServiceSession.isAvailable(), SecretServiceSession.REQUIREMENT);
    }

    @Test
    void aKeyStoredByOneProcessIsReadByAnotherAndDeleted() throws Exception {
        Path directory = TestOutput.newDirectory("keychain-round-trip");
        try (SecretServiceSession session = SecretServiceSession.start(directory)) {
            String name = "destination/round-trip/stream-key";
            StudioProcess.Result put = child(directory, session, "put.log", "put", name);
            StudioProcess.Result get = child(directory, session, "get.log", "get", name);
            StudioProcess.Result delete = child(directory, session, "delete.log", "delete", name);
            StudioProcess.Result afterDelete = child(directory, session, "get-after-delete.log", "get", name);

            assertThat(put.output()).contains("backend: the system keychain (GNOME_KEYRING)").contains("stored");
            assertThat(put.exitCode()).isZero();
            assertThat(get.output()).contains("matches");
            assertThat(delete.output()).contains("deleted");
            assertThat(afterDelete.output()).contains("missing");
            // the keyring holds it on disk encrypted; the studio wrote no file of its own
            assertThat(session.keyringFolder()).isDirectoryContaining(path -> path.toString().endsWith(".keyring"));
            assertThat(session.settingsFolder().resolve("secrets.json")).doesNotExist();
        }
    }

    private static StudioProcess.Result child(Path directory, SecretServiceSession session, String log, String... args)
            throws Exception {
        return StudioProcess.run(KeychainChild.class, directory.resolve(log), session.environment(), List.of(), KEY + "\n", args);
    }

    @Test
    void aDestinationSavedWithKeysSetStreamsHeadlessWithItsKeyFromTheKeychain() throws Exception {
        Path directory = TestOutput.newDirectory("keychain-destination");
        try (SecretServiceSession session = SecretServiceSession.start(directory);
             FfmpegRtmpIngest ingest = FfmpegRtmpIngest.start(directory, KEY).awaitListening()) {
            StudioProcess.Result set = StudioProcess.run(directory.resolve("keys-set.log"), session.environment(), List.of(),
                    KEY + "\n", "keys", "set", "Shop", "--server", "rtmp://127.0.0.1:" + ingest.port() + "/live");
            assertThat(set.exitCode()).as(set.output()).isZero();
            assertThat(set.output()).contains("saved the stream key of Shop (rtmp://127.0.0.1:" + ingest.port()
                    + "/live) in the system keychain (GNOME_KEYRING)");

            StudioProcess.Result live = StudioProcess.run(directory.resolve("live.log"), session.environment(), List.of(), "",
                    "live", "--headless", "--size", "640x360", "--destination", "Shop", "--duration", "3");
            assertThat(live.exitCode()).as(live.output()).isZero();
            assertThat(live.output()).contains("Shop is live (rtmp://127.0.0.1:" + ingest.port() + "/live/****)");
            assertThat(Probe.of(ingest.stopAndWait()).video()).isPresent();

            StudioProcess.Result delete = StudioProcess.run(directory.resolve("keys-delete.log"), session.environment(), List.of(),
                    "", "keys", "delete", "Shop");
            assertThat(delete.output()).contains("deleted the stream key of Shop from the system keychain");
            StudioProcess.Result again = StudioProcess.run(directory.resolve("live-again.log"), session.environment(), List.of(),
                    "", "live", "--headless", "--destination", "Shop", "--duration", "1");
            assertThat(again.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
            assertThat(again.output()).contains("--destination Shop: no stream key is saved for it in the system keychain")
                    .contains("studio keys set Shop");

            String settings = Files.readString(session.settingsFolder().resolve("settings.json"));
            assertThat(settings).contains("\"keyStorage\" : \"keychain\"").contains("\"serverUrl\" : \"rtmp://127.0.0.1:" + ingest.port() + "/live\"");
            for (String output : List.of(set.output(), live.output(), delete.output(), again.output(), settings)) {
                assertThat(output).doesNotContain(KEY);
            }
            assertThat(session.settingsFolder().resolve("secrets.json")).doesNotExist();
        }
    }
}
