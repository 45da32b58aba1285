package live.studio.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import live.studio.app.settings.SavedPreferences;
import live.studio.app.settings.Settings;
import live.studio.app.settings.SettingsStore;
import live.studio.ui.common.Language;
import live.studio.ui.common.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Language and theme chosen on the appearance page, written to settings.json and read back at the next start. */
class AppearanceViewModelTest {
    @TempDir
    Path folder;

    @AfterEach
    void english() {
        Messages.use(Language.ENGLISH);
    }

    private Settings defaults() {
        return Settings.defaults(folder.resolve("Videos"));
    }

    @Test
    void languageAndThemeAreSavedAndReadBack() {
        SettingsStore store = new SettingsStore(folder);
        List<Theme> applied = new ArrayList<>();
        try (SavedPreferences preferences = new SavedPreferences(store, store.loadOrCreate(defaults()), defaults())) {
            AppearanceViewModel appearance = new AppearanceViewModel(preferences, applied::add);
            assertThat(appearance.themeProperty().get()).isEqualTo(Theme.DARK);

            appearance.languageProperty().set(Language.FRENCH);
            appearance.themeProperty().set(Theme.HIGH_CONTRAST);

            assertThat(Messages.language()).as("used from now on").isEqualTo(Language.FRENCH);
            assertThat(applied).containsExactly(Theme.HIGH_CONTRAST);
        }

        // the next start
        SettingsStore.Loaded loaded = new SettingsStore(folder).loadOrCreate(defaults());
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.settings().preferences().language()).contains(Language.FRENCH);
        assertThat(loaded.settings().preferences().theme()).isEqualTo(Theme.HIGH_CONTRAST);
        AppearanceViewModel reopened = new AppearanceViewModel(new SavedPreferences(store, loaded, defaults()), theme -> { });
        assertThat(reopened.languageProperty().get()).isEqualTo(Language.FRENCH);
        assertThat(reopened.themeProperty().get()).isEqualTo(Theme.HIGH_CONTRAST);
    }
}
