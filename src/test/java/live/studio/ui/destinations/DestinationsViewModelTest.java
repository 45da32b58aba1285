package live.studio.ui.destinations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DestinationsViewModelTest {
    private final DestinationsViewModel viewModel = new DestinationsViewModel();

    @Test
    void presetFillsTheServerUrlAndNamesTheDestination() {
        viewModel.presetProperty().set(PlatformPreset.TWITCH);
        viewModel.streamKeyProperty().set("live_123456_abcdef");

        assertThat(viewModel.serverUrlProperty().get()).isEqualTo("rtmp://live.twitch.tv/app");
        assertThat(viewModel.add()).isPresent();
        assertThat(viewModel.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.name()).isEqualTo("Twitch");
            assertThat(entry.maskedTarget()).isEqualTo("rtmp://live.twitch.tv/app/****");
        });
        assertThat(viewModel.streamKeyProperty().get()).as("the key field is cleared once added").isEmpty();
        assertThat(viewModel.validationMessageProperty().get()).isEmpty();
    }

    @Test
    void everyPresetWithAServerBuildsAValidDestination() {
        for (PlatformPreset preset : PlatformPreset.values()) {
            if (preset.serverUrl().isEmpty()) {
                continue;
            }
            viewModel.presetProperty().set(preset);
            viewModel.streamKeyProperty().set("key-for-" + preset.name());
            assertThat(viewModel.add()).as(preset.label()).isPresent();
        }
        assertThat(viewModel.entries()).extracting(DestinationEntry::name)
                .containsExactly("YouTube", "YouTube (RTMPS)", "Twitch", "Facebook");
        assertThat(viewModel.entryNamed("Facebook").orElseThrow().toDestination().port()).isEqualTo(443);
    }

    @Test
    void anEmptyStreamKeyIsExplained() {
        viewModel.presetProperty().set(PlatformPreset.YOUTUBE);

        assertThat(viewModel.add()).isEmpty();
        assertThat(viewModel.validationMessageProperty().get())
                .isEqualTo("The stream key for 'YouTube' is empty: copy it from the platform's live dashboard.");
        assertThat(viewModel.entries()).isEmpty();
    }

    @Test
    void aPlatformWhoseServerIsPastedAsksForIt() {
        viewModel.presetProperty().set(PlatformPreset.TIKTOK);
        viewModel.streamKeyProperty().set("tiktok-secret-key");

        assertThat(viewModel.serverUrlProperty().get()).isEmpty();
        assertThat(viewModel.add()).isEmpty();
        assertThat(viewModel.validationMessageProperty().get())
                .startsWith("The server URL is empty: paste the server URL from TikTok LIVE Studio");
    }

    @Test
    void aWrongSchemeSaysWhichOnesWork() {
        viewModel.presetProperty().set(PlatformPreset.CUSTOM);
        viewModel.serverUrlProperty().set("http://example.com/live");
        viewModel.streamKeyProperty().set("custom-secret-key");

        assertThat(viewModel.add()).isEmpty();
        assertThat(viewModel.validationMessageProperty().get())
                .contains("scheme 'http' is not supported: use rtmp:// or rtmps://")
                .doesNotContain("custom-secret-key");
    }

    @Test
    void theMessageNeverShowsTheStreamKey() {
        viewModel.presetProperty().set(PlatformPreset.CUSTOM);
        viewModel.serverUrlProperty().set("rtmp://");
        viewModel.streamKeyProperty().set("another-secret-key");

        assertThat(viewModel.add()).isEmpty();
        assertThat(viewModel.validationMessageProperty().get()).isNotEmpty().doesNotContain("another-secret-key");
    }

    @Test
    void twoDestinationsCannotShareAName() {
        viewModel.streamKeyProperty().set("first-secret-key");
        viewModel.add();
        viewModel.streamKeyProperty().set("second-secret-key");

        assertThat(viewModel.add()).isEmpty();
        assertThat(viewModel.validationMessageProperty().get())
                .isEqualTo("A destination named 'YouTube' exists already: give this one another name.");
    }

    @Test
    void editingTheFormClearsTheMessage() {
        viewModel.add();
        assertThat(viewModel.validationMessageProperty().get()).isNotEmpty();

        viewModel.streamKeyProperty().set("k");
        assertThat(viewModel.validationMessageProperty().get()).isEmpty();
    }

    @Test
    void switchingPresetKeepsAServerTheOperatorTyped() {
        viewModel.presetProperty().set(PlatformPreset.CUSTOM);
        viewModel.serverUrlProperty().set("rtmp://ingest.example.com/live");
        viewModel.presetProperty().set(PlatformPreset.TWITCH);
        assertThat(viewModel.serverUrlProperty().get()).isEqualTo("rtmp://ingest.example.com/live");

        viewModel.serverUrlProperty().set(PlatformPreset.TWITCH.serverUrl());
        viewModel.presetProperty().set(PlatformPreset.YOUTUBE);
        assertThat(viewModel.serverUrlProperty().get()).isEqualTo(PlatformPreset.YOUTUBE.serverUrl());
    }

    @Test
    void onlyTickedDestinationsGoLive() {
        viewModel.nameProperty().set("Main");
        viewModel.streamKeyProperty().set("main-secret-key");
        DestinationEntry main = viewModel.add().orElseThrow();
        viewModel.nameProperty().set("Backup");
        viewModel.streamKeyProperty().set("backup-secret-key");
        viewModel.add().orElseThrow().enabledProperty().set(false);

        assertThat(viewModel.enabledEntries()).containsExactly(main);
    }
}
