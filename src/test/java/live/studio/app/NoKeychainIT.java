package live.studio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import live.studio.testing.FfmpegRtmpIngest;
import live.studio.testing.Probe;
import live.studio.testing.TestOutput;
import org.junit.jupiter.api.Test;

/**
 * With no keychain (no D-Bus session bus), 'studio keys set' stores nothing until the user agrees to the file
 * (--file-store): refused, it says what to do; agreed, the key is in a 0600 file that a headless start reads back.
 */
class NoKeychainIT {
    private static final String KEY = "live_0600_KeyWithoutAKeychain";
    private static final List<String> NO_BUS = List.of("DBUS_SESSION_BUS_ADDRESS", "DISPLAY");

    @Test
    void theFileIsUsedOnlyAfterConsentAndIsReadBack() throws Exception {
        Path directory = TestOutput.newDirectory("no-keychain");
        Path config = directory.resolve("config");
        Path settingsFolder = config.resolve("live-studio");
        Map<String, String> environment = Map.of("XDG_CONFIG_HOME", config.toString(), "HOME", directory.toString());
        try (FfmpegRtmpIngest ingest = FfmpegRtmpIngest.start(directory, KEY).awaitListening()) {
            String server = "rtmp://127.0.0.1:" + ingest.port() + "/live";
            StudioProcess.Result refused = StudioProcess.run(directory.resolve("refused.log"), environment, NO_BUS, KEY + "\n",
                    "keys", "set", "Shop", "--server", server);

            assertThat(refused.exitCode()).isEqualTo(ExitCode.RUNTIME_FAILURE.code());
            assertThat(refused.output()).contains("no D-Bus session bus").contains("nothing was saved")
                    .contains("run again with --file-store").doesNotContain(KEY);
            assertThat(settingsFolder.resolve("secrets.json")).doesNotExist();

            StudioProcess.Result agreed = StudioProcess.run(directory.resolve("agreed.log"), environment, NO_BUS, KEY + "\n",
                    "keys", "set", "Shop", "--server", server, "--file-store");

            assertThat(agreed.exitCode()).as(agreed.output()).isZero();
            Path secrets = settingsFolder.resolve("secrets.json");
            assertThat(agreed.output()).contains("saved the stream key of Shop").contains(secrets + " (readable only by you)")
                    .doesNotContain(KEY);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets))).isEqualTo("rw-------");
            assertThat(Files.readString(settingsFolder.resolve("settings.json")))
                    .contains("\"keyStorage\" : \"file-after-consent\"").doesNotContain(KEY);
            try (var files = Files.list(settingsFolder)) {
                // settings.json, its backup and the secrets; no temporary file, no backup of the secrets
                assertThat(files.map(path -> path.getFileName().toString()))
                        .containsExactlyInAnyOrder("settings.json", "settings.json.bak", "secrets.json");
            }

            StudioProcess.Result list = StudioProcess.run(directory.resolve("list.log"), environment, NO_BUS, "", "keys", "list");
            assertThat(list.output()).contains("Shop\tCUSTOM\t" + server + "\tkey saved").doesNotContain(KEY);

            StudioProcess.Result live = StudioProcess.run(directory.resolve("live.log"), environment, NO_BUS, "",
                    "live", "--headless", "--size", "640x360", "--destination", "shop", "--duration", "3");
            assertThat(live.exitCode()).as(live.output()).isZero();
            assertThat(live.output()).contains("Shop is live").doesNotContain(KEY);
            assertThat(Probe.of(ingest.stopAndWait()).video()).isPresent();
        }
    }
}
