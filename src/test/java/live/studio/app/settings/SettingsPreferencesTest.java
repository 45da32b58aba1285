package live.studio.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import live.studio.control.NetworkScope;
import live.studio.encode.EncoderSettings;
import live.studio.encode.H264Profile;
import live.studio.encode.VideoEncoderChoice;
import live.studio.media.VideoFormat;
import live.studio.output.SavedDestination;
import live.studio.ui.common.Language;
import live.studio.ui.settings.ApiPreferences;
import live.studio.ui.settings.Preferences;
import live.studio.ui.settings.Theme;
import live.studio.ui.settings.WindowMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings window's fields in settings.json: round trip, older files, one bad value among good ones. */
class SettingsPreferencesTest {
    @TempDir
    Path folder;

    private Settings defaults() {
        return Settings.defaults(folder.resolve("Videos"));
    }

    @Test
    void everyPreferenceRoundTrips() throws IOException {
        SettingsStore store = new SettingsStore(folder);
        Preferences chosen = Preferences.defaults()
                .withLanguage(Language.FRENCH)
                .withTheme(Theme.HIGH_CONTRAST)
                .withWindowMode(WindowMode.HOST)
                .withEncoding(new VideoFormat(1080, 1920, 30),
                        new EncoderSettings(VideoEncoderChoice.NVENC, 4500, 2, "faster", H264Profile.HIGH, 160))
                .withApi(new ApiPreferences(ApiPreferences.ApiState.ON, 9001, NetworkScope.LAN));
        store.write(defaults().withPreferences(chosen));

        SettingsStore.Loaded loaded = store.loadOrCreate(defaults());

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.fieldProblems()).isEmpty();
        assertThat(loaded.settings().preferences()).isEqualTo(chosen);
    }

    @Test
    void aFileWrittenBeforeThePreferencesExistedReadsAsTheDefaults() throws IOException {
        Files.writeString(folder.resolve("settings.json"), """
                {"settingsVersion": 1, "recordingsFolder": "%s", "keyStorage": "not-stored", "destinations": []}
                """.formatted(folder.resolve("Shows")));

        SettingsStore.Loaded loaded = new SettingsStore(folder).loadOrCreate(defaults());

        assertThat(loaded.source()).isEqualTo(SettingsStore.Source.READ_FROM_FILE);
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.fieldProblems()).isEmpty();
        assertThat(loaded.settings().preferences()).isEqualTo(Preferences.defaults());
        assertThat(loaded.settings().recordingsFolder()).isEqualTo(folder.resolve("Shows"));
    }

    @Test
    void badValuesAreNamedWithWhatToDoAndTheRestIsRead() throws IOException {
        Path file = folder.resolve("settings.json");
        Files.writeString(file, """
                {
                  "settingsVersion": 1,
                  "recordingsFolder": "%s",
                  "language": "de",
                  "theme": "high-contrast",
                  "windowMode": "host",
                  "encoder": {"width": 1920, "height": 1080, "fps": 30, "videoBitrateKbps": 900000,
                              "keyframeIntervalSeconds": 2, "x264Preset": "placebo"},
                  "api": {"enabled": "yes", "port": 9100, "localNetwork": false}
                }
                """.formatted(folder.resolve("Shows")));

        SettingsStore.Loaded loaded = new SettingsStore(folder).loadOrCreate(defaults());

        assertThat(loaded.source()).as("the file is used, not its backup").isEqualTo(SettingsStore.Source.READ_FROM_FILE);
        assertThat(loaded.problems()).isEmpty();
        List<String> problems = loaded.fieldProblems();
        assertThat(problems).hasSize(4);
        assertThat(problems.get(0)).startsWith(file + ":4:").contains("language: must be \"en\" or \"fr\", got \"de\"")
                .contains("Settings > Appearance");
        assertThat(problems.get(1)).startsWith(file + ":7:").contains("encoder.videoBitrateKbps: 900000 is out of range: use 200 to 50000");
        assertThat(problems.get(2)).startsWith(file + ":7:").contains("encoder.x264Preset: must be one of ultrafast");
        assertThat(problems.get(3)).startsWith(file + ":9:").contains("api.enabled: must be true or false").contains("stays off");
        Preferences read = loaded.settings().preferences();
        assertThat(read.language()).isEmpty();
        assertThat(read.theme()).isEqualTo(Theme.HIGH_CONTRAST);
        assertThat(read.windowMode()).isEqualTo(WindowMode.HOST);
        assertThat(read.format()).isEqualTo(new VideoFormat(1920, 1080, 30));
        assertThat(read.encoder().videoBitrateKbps()).isEqualTo(Preferences.defaults().encoder().videoBitrateKbps());
        assertThat(read.encoder().x264Preset()).isEqualTo("veryfast");
        assertThat(read.api()).isEqualTo(new ApiPreferences(ApiPreferences.ApiState.OFF, 9100, NetworkScope.LOOPBACK));
        assertThat(loaded.settings().recordingsFolder()).isEqualTo(folder.resolve("Shows"));
    }

    @Test
    void savingPreferencesKeepsTheDestinationsSavedMeanwhile() throws Exception {
        SettingsStore store = new SettingsStore(folder);
        SettingsStore.Loaded loaded = store.loadOrCreate(defaults());
        SavedPreferences preferences = new SavedPreferences(store, loaded, defaults());
        SavedDestination twitch = new SavedDestination("d-1", "Twitch", "TWITCH", "rtmp://live.twitch.tv/app");
        // another thread (the destinations' keeper) saves a destination after the preferences were read
        new SettingsStore(folder).update(defaults(), settings -> settings.withDestinations(List.of(twitch)));

        assertThat(preferences.update(current -> current.withTheme(Theme.HIGH_CONTRAST)).get()).isEmpty();
        preferences.close();

        Settings saved = store.loadOrCreate(defaults()).settings();
        assertThat(saved.destinations()).containsExactly(twitch);
        assertThat(saved.preferences().theme()).isEqualTo(Theme.HIGH_CONTRAST);
        assertThat(new SavedPreferences(store, store.loadOrCreate(defaults()), defaults()).windowMode())
                .isEqualTo(WindowMode.DEFAULT);
        assertThat(Optional.of(saved.preferences().language())).contains(Optional.empty());
    }
}
