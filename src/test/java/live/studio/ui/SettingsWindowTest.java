package live.studio.ui;

import static live.studio.ui.FxWait.onFx;
import static live.studio.ui.FxWait.pollFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import live.studio.app.Sources;
import live.studio.encode.EncoderSettings;
import live.studio.media.VideoFormat;
import live.studio.ui.commerce.ShortcutAction;
import live.studio.ui.commerce.ShortcutFile;
import live.studio.ui.common.Language;
import live.studio.ui.common.Messages;
import live.studio.ui.destinations.PlatformPreset;
import live.studio.ui.settings.Preferences;
import live.studio.ui.settings.PreferencesKeeper;
import live.studio.ui.settings.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The settings window opened from the real studio window (its engine running) on JavaFX's headless platform: a
 * platform preset fills the form and its recommendation goes to the encoder, the theme changes the main window at
 * once, a shortcut is changed by pressing a key, the language rebuilds the window in French.
 */
class SettingsWindowTest extends FxRobot {
    private static final VideoFormat CANVAS = new VideoFormat(640, 360, 30);

    static {
        // As in StudioWindowTest: the platform's own headless glass runs these tests, not Monocle.
        System.setProperty("testfx.headless", "false");
    }

    @TempDir
    Path folder;

    private StudioApplication application;
    private PreferencesKeeper preferences;

    @BeforeEach
    void openWindow() throws Exception {
        FxToolkit.registerPrimaryStage();
        preferences = PreferencesKeeper.inMemory(Preferences.defaults().withEncoding(CANVAS, EncoderSettings.defaults(800)));
        StudioEnvironment environment = new StudioEnvironment(CANVAS, EncoderSettings.defaults(800), Sources.factory(CANVAS),
                StudioEnvironment.NO_DEVICES, folder).withSettingsFolder(folder).withPreferences(preferences);
        application = (StudioApplication) FxToolkit.setupApplication(() -> new StudioApplication(environment));
    }

    @AfterEach
    void closeWindow() throws Exception {
        if (application != null) {
            FxToolkit.cleanupApplication(application);
        }
        FxToolkit.cleanupStages();
        Messages.use(Language.ENGLISH);
    }

    private Node settings() {
        return onFx(() -> application.settingsWindow().stage().map(Stage::getScene).map(Scene::getRoot).orElse(null));
    }

    private <T extends Node> T inSettings(String query) {
        return onFx(() -> from(settings()).lookup(query).query());
    }

    /** The title of the tab whose header {@code id} names. */
    private String tabTitle(String id) {
        return onFx(() -> ((javafx.scene.control.TabPane) from(settings()).lookup("#settings-tabs").query()).getTabs().stream()
                .filter(tab -> id.equals(tab.getId())).findFirst().orElseThrow().getText());
    }

    private String textOf(String query) {
        return onFx(() -> ((Labeled) from(settings()).lookup(query).query()).getText());
    }

    @Test
    void settingsOpenFromTheWindowWithEveryTab() throws Exception {
        // Ctrl+, in the main window
        interact(() -> window("Live Studio").requestFocus());
        push(KeyCode.CONTROL, KeyCode.COMMA);

        pollFor(() -> onFx(() -> application.settingsWindow().stage().map(Stage::isShowing).orElse(false)), shown -> shown,
                "the settings window opens");
        assertThat(onFx(() -> settings().getId())).isEqualTo("settings");
        for (String tab : new String[] {"#settings-destinations", "#settings-devices", "#settings-encoder", "#settings-shortcuts",
                "#settings-api", "#settings-appearance"}) {
            assertThat(onFx(() -> from(settings()).lookup(tab).tryQuery().isPresent())).as(tab).isTrue();
        }
        assertThat(tabTitle("settings-destinations")).isEqualTo("Destinations");
    }

    @Test
    void aPresetFillsTheFormAndItsRecommendationGoesToTheEncoder() throws Exception {
        interact(application::openSettings);
        ComboBox<PlatformPreset> preset = inSettings("#destination-preset");

        interact(() -> preset.setValue(PlatformPreset.TIKTOK));

        assertThat(textOf("#destination-recommended")).isEqualTo("Recommended: 1080×1920 30 fps · 4000 kbps · keyframe every 2 s");
        assertThat(textOf("#destination-encoder-advice")).as("the studio encodes landscape 640×360")
                .contains("TikTok expects a portrait picture (1080×1920) but the encoder makes 640×360");

        interact(() -> ((Button) inSettings("#destination-apply-recommended")).fire());

        assertThat(preferences.preferences().format()).isEqualTo(new VideoFormat(1080, 1920, 30));
        assertThat(preferences.preferences().encoder().videoBitrateKbps()).isEqualTo(4000);
        assertThat(textOf("#destination-encoder-advice")).isEmpty();
        interact(() -> clickOn((Node) inSettings("#settings-encoder")));
        assertThat(onFx(() -> ((ComboBox<?>) inSettings("#encoder-size")).getValue())).isEqualTo("1080x1920");
        assertThat(textOf("#encoder-status")).startsWith("Saved: they apply at the next start");
    }

    @Test
    void theThemeChangesTheMainWindowAtOnceAndIsKept() throws Exception {
        interact(application::openSettings);
        ComboBox<Theme> theme = inSettings("#settings-theme");

        interact(() -> theme.setValue(Theme.HIGH_CONTRAST));

        Scene main = onFx(() -> window("Live Studio").getScene());
        assertThat(onFx(() -> main.getStylesheets().stream().anyMatch(sheet -> sheet.endsWith("theme-high-contrast.css")))).isTrue();
        assertThat(preferences.preferences().theme()).isEqualTo(Theme.HIGH_CONTRAST);

        interact(() -> theme.setValue(Theme.DARK));
        assertThat(onFx(() -> main.getStylesheets().stream().anyMatch(sheet -> sheet.endsWith("theme-high-contrast.css")))).isFalse();
    }

    @Test
    void aShortcutIsChangedByPressingTheKey() throws Exception {
        interact(application::openSettings);
        interact(() -> clickOn((Node) inSettings("#settings-shortcuts")));
        Button hideAll = inSettings("#shortcut-hideAll");
        assertThat(onFx(hideAll::getText)).isEqualTo("H");

        interact(hideAll::fire);
        assertThat(onFx(hideAll::getText)).isEqualTo("Press a key…");
        interact(() -> application.settingsWindow().stage().orElseThrow().requestFocus());
        push(KeyCode.F7);

        pollFor(() -> onFx(hideAll::getText), text -> text.equals("F7"), "the new key is shown");
        pollFor(() -> ShortcutFile.read(folder.resolve(ShortcutFile.FILE_NAME)).shortcuts().key(ShortcutAction.HIDE_ALL)
                .map(key -> key.getName()).orElse(""), name -> name.equals("F7"), "the new key is saved");
    }

    @Test
    void choosingFrenchRebuildsTheSettingsInFrench() throws Exception {
        interact(application::openSettings);
        ComboBox<Language> language = inSettings("#settings-language");

        interact(() -> language.setValue(Language.FRENCH));

        pollFor(() -> tabTitle("settings-encoder"), text -> text.equals("Encodage"), "the tabs speak French");
        assertThat(onFx(() -> application.settingsWindow().stage().orElseThrow().getTitle())).isEqualTo("Réglages");
        assertThat(preferences.preferences().language()).contains(Language.FRENCH);
    }
}
