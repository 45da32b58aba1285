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
                .containsExactly("YouTube", "YouTube (RTMPS)", "Twitch", "Facebook", "Kick");
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

    /** Remembers what the view model asked of it, like the app's keeper would store it (SettingsDestinationKeeperTest). */
    private static final class RecordingKeeper implements DestinationKeeper {
        final java.util.List<String> calls = new java.util.ArrayList<>();
        final java.util.List<live.studio.secrets.ConsentPrompt> prompts = new java.util.ArrayList<>();
        Loaded saved = new Loaded(java.util.List.of(), java.util.Optional.empty());
        java.util.Optional<String> keepNotice = java.util.Optional.empty();

        @Override
        public Loaded load() {
            calls.add("load");
            return saved;
        }

        @Override
        public java.util.Optional<String> keep(live.studio.output.SavedDestination destination, String streamKey,
                                               live.studio.secrets.ConsentPrompt prompt) {
            calls.add("keep " + destination.name() + " " + destination.platform() + " " + destination.serverUrl() + " " + streamKey);
            prompts.add(prompt);
            return keepNotice;
        }

        @Override
        public void forget(live.studio.output.SavedDestination destination) {
            calls.add("forget " + destination.name());
        }
    }

    @Test
    void savedDestinationsAreLoadedMaskedAndOneWithoutItsKeyCannotGoLive() {
        RecordingKeeper keeper = new RecordingKeeper();
        keeper.saved = new DestinationKeeper.Loaded(java.util.List.of(
                new DestinationKeeper.Kept(new live.studio.output.SavedDestination("a", "Shop", "TWITCH", "rtmp://live.twitch.tv/app"),
                        java.util.Optional.of("live_saved_key_1")),
                new DestinationKeeper.Kept(new live.studio.output.SavedDestination("b", "Backup", "CUSTOM", "rtmp://backup.example/live"),
                        java.util.Optional.empty())),
                java.util.Optional.of("Stream keys are not saved: no keychain"));

        viewModel.connect(keeper, Runnable::run, Runnable::run);

        assertThat(keeper.calls).containsExactly("load");
        assertThat(viewModel.entries()).extracting(DestinationEntry::toString)
                .containsExactly("Shop (rtmp://live.twitch.tv/app/****)", "Backup (rtmp://backup.example/live/****)");
        assertThat(viewModel.entryNamed("Shop").orElseThrow().toDestination().redactedUrl()).isEqualTo("rtmp://live.twitch.tv/app/****");
        DestinationEntry backup = viewModel.entryNamed("Backup").orElseThrow();
        assertThat(backup.hasStreamKey()).isFalse();
        assertThat(backup.isEnabled()).isFalse();
        assertThat(backup.statusProperty().get()).contains("no key saved");
        assertThat(viewModel.enabledEntries()).extracting(DestinationEntry::name).containsExactly("Shop");
        assertThat(viewModel.storageNoticeProperty().get()).isEqualTo("Stream keys are not saved: no keychain");
    }

    @Test
    void anAddedDestinationIsKeptWithItsKeyAndTheConsentPromptAndARemovedOneIsForgotten() {
        RecordingKeeper keeper = new RecordingKeeper();
        live.studio.secrets.ConsentPrompt prompt = (problem, file) -> live.studio.secrets.ConsentPrompt.Answer.USE_FILE;
        viewModel.connect(keeper, Runnable::run, Runnable::run);
        viewModel.setConsentPrompt(prompt);
        keeper.keepNotice = java.util.Optional.of("The stream key of Twitch is not saved: locked");

        viewModel.presetProperty().set(PlatformPreset.TWITCH);
        viewModel.streamKeyProperty().set("live_typed_key_2");
        DestinationEntry added = viewModel.add().orElseThrow();

        assertThat(keeper.calls).containsExactly("load", "keep Twitch TWITCH rtmp://live.twitch.tv/app live_typed_key_2");
        assertThat(keeper.prompts).containsExactly(prompt);
        assertThat(viewModel.storageNoticeProperty().get()).isEqualTo("The stream key of Twitch is not saved: locked");

        viewModel.remove(added);

        assertThat(keeper.calls).endsWith("forget Twitch");
    }
}
