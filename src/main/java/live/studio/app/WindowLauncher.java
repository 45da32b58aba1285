package live.studio.app;

import live.studio.app.settings.SavedPreferences;
import live.studio.app.settings.Settings;
import live.studio.app.settings.SettingsLocation;
import live.studio.app.settings.SettingsStore;
import live.studio.capture.DeviceDiscovery;
import live.studio.media.VideoFormat;
import live.studio.ui.common.Messages;
import live.studio.overlay.Canvas;
import live.studio.overlay.OverlayRenderer;
import live.studio.overlay.ThemeException;
import live.studio.output.SecretRedactor;
import live.studio.ui.StudioApplication;
import live.studio.ui.StudioEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens the studio window (JavaFX); kept apart so the headless path never loads JavaFX. */
final class WindowLauncher {
    private static final Logger LOG = LoggerFactory.getLogger(WindowLauncher.class);

    private WindowLauncher() {
    }

    static int launch() {
        SettingsStore store = new SettingsStore(SettingsLocation.currentDirectory());
        Settings defaults = Settings.defaults(StudioEnvironment.defaultRecordingsFolder());
        SettingsStore.Loaded loaded = loadSettings(store, defaults);
        Settings settings = loaded.settings();
        SavedPreferences preferences = new SavedPreferences(store, loaded, defaults);
        // The saved choices of the settings window: its language, and the one encode (a change applies at a start).
        Messages.use(preferences.preferences().languageOrSystem());
        VideoFormat format = preferences.preferences().format();
        StudioEnvironment environment = new StudioEnvironment(format, preferences.preferences().encoder(),
                Sources.factory(format),
                () -> new DeviceDiscovery().all(),
                settings.recordingsFolder())
                .withCatalogFile(StudioAssets.demoCatalog())
                .withShowFile(StudioAssets.demoCatalog().resolveSibling("show.json"))
                .withOverlayRenderers(WindowLauncher::overlayRenderer)
                .withSettingsFolder(SettingsLocation.currentDirectory())
                .withDestinationKeeper(new SettingsDestinationKeeper(SettingsLocation.currentDirectory()))
                .withPreferences(preferences);
        try (preferences) {
            StudioApplication.launch(environment);
            return ExitCode.DONE.code();
        } catch (RuntimeException e) {
            // Typically no display to open the window on (a server, an SSH session).
            System.err.println("studio: cannot open the window (" + SecretRedactor.redact(String.valueOf(e.getMessage()))
                    + "); 'studio live --headless' streams without one");
            return ExitCode.RUNTIME_FAILURE.code();
        }
    }

    /** The shipped default theme's renderer; a theme file that cannot be read leaves the graphics undrawn, said once. */
    private static OverlayRenderer overlayRenderer(Canvas canvas) {
        try {
            return ShowStarter.renderer(StudioAssets.DEFAULT_THEME, canvas);
        } catch (ThemeException e) {
            LOG.error("The graphics cannot be drawn: {} (the installation is damaged: reinstall)", e.getMessage());
            return StudioEnvironment.NO_GRAPHICS.apply(canvas);
        }
    }

    /**
     * The user's settings from the OS's usual place (never the install directory), created with the defaults on the
     * first run. Only the window does this: the headless command takes everything from its options.
     */
    private static SettingsStore.Loaded loadSettings(SettingsStore store, Settings defaults) {
        SettingsStore.Loaded loaded = store.loadOrCreate(defaults);
        switch (loaded.source()) {
            case CREATED_ON_FIRST_RUN -> LOG.info("first run: settings created in {}", store.file());
            case READ_FROM_FILE -> LOG.info("settings read from {}", store.file());
            case DEFAULTS_AFTER_PROBLEMS -> loaded.problems().forEach(problem -> LOG.warn("settings not used: {}", problem));
            case READ_FROM_BACKUP -> loaded.problems().forEach(problem -> LOG.warn("settings: {}", problem));
        }
        // the window shows these too (PreferencesKeeper.problems)
        loaded.fieldProblems().forEach(problem -> LOG.warn("settings: {}", problem));
        return loaded;
    }
}
