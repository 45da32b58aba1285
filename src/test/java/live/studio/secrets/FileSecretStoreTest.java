package live.studio.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import live.studio.files.AtomicFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSecretStoreTest {
    private static final String KEY = "live_1234_FileStoredKey";

    @TempDir
    Path settingsFolder;

    @Test
    void storesReadsAndDeletesAKeyInAFileOnlyItsOwnerCanRead() throws Exception {
        FileSecretStore store = new FileSecretStore(settingsFolder);
        store.put(SecretNames.streamKey("abc"), KEY);

        assertThat(new FileSecretStore(settingsFolder).get(SecretNames.streamKey("abc"))).contains(KEY);
        assertThat(store.file()).isEqualTo(settingsFolder.resolve("secrets.json"));
        if (AtomicFiles.hasPosixPermissions(settingsFolder)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file()))).isEqualTo("rw-------");
        }
        store.delete(SecretNames.streamKey("abc"));
        assertThat(store.get(SecretNames.streamKey("abc"))).isEmpty();
        assertThat(Files.readString(store.file())).doesNotContain(KEY);
        // no backup keeps a deleted key alive
        assertThat(AtomicFiles.backupOf(store.file())).doesNotExist();
        try (var files = Files.list(settingsFolder)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactly("secrets.json");
        }
    }

    @Test
    void aFileMadeReadableByOthersIsSetBackToOwnerOnly() throws Exception {
        FileSecretStore store = new FileSecretStore(settingsFolder);
        store.put("a", KEY);
        org.junit.jupiter.api.Assumptions.assumeTrue(AtomicFiles.hasPosixPermissions(settingsFolder));
        Files.setPosixFilePermissions(store.file(), PosixFilePermissions.fromString("rw-r--r--"));

        assertThat(store.get("a")).contains(KEY);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file()))).isEqualTo("rw-------");
    }

    @Test
    void aBrokenFileIsReportedWithItsPlaceAndWithoutItsContent() throws Exception {
        Files.writeString(settingsFolder.resolve("secrets.json"), "{\"secrets\": {\"a\": \"" + KEY + "\",,}}");
        FileSecretStore store = new FileSecretStore(settingsFolder);

        assertThatThrownBy(() -> store.get("a"))
                .isInstanceOf(SecretStoreException.class)
                .hasMessageContaining("secrets.json:1:")
                .hasMessageContaining("fix or delete the file")
                .hasMessageNotContaining(KEY);
    }

    @Test
    void secretNamesAcceptOnlySafeIds() {
        assertThat(SecretNames.streamKey("3f2a-01")).isEqualTo("destination/3f2a-01/stream-key");
        assertThatThrownBy(() -> SecretNames.streamKey("../x")).isInstanceOf(IllegalArgumentException.class);
    }
}
