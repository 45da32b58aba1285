package live.studio.app;

import live.studio.app.settings.Settings;
import live.studio.app.settings.SettingsLocation;
import live.studio.app.settings.SettingsStore;
import live.studio.capture.DeviceDiscovery;
import live.studio.encode.EncoderSettings;
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
        Settings settings = loadSettings();
        StudioEnvironment environment = new StudioEnvironment(StudioEnvironment.DEFAULT_FORMAT,
                EncoderSettings.defaults(StudioEnvironment.DEFAULT_VIDEO_BITRATE_KBPS),
                Sources.factory(StudioEnvironment.DEFAULT_FORMAT),
                () -> new DeviceDiscovery().all(),
                settings.recordingsFolder())
                .withCatalogFile(StudioAssets.demoCatalog())
                .withShowFile(StudioAssets.demoCatalog().resolveSibling("show.json"))
                .withOverlayRenderers(WindowLauncher::overlayRenderer)
                .withSettingsFolder(SettingsLocation.currentDirectory())
                .withDestinationKeeper(new SettingsDestinationKeeper(SettingsLocation.currentDirectory()));
        try {
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
    private static Settings loadSettings() {
        SettingsStore store = new SettingsStore(SettingsLocation.currentDirectory());
        SettingsStore.Loaded loaded = store.loadOrCreate(Settings.defaults(StudioEnvironment.defaultRecordingsFolder()));
        switch (loaded.source()) {
            case CREATED_ON_FIRST_RUN -> LOG.info("first run: settings created in {}", store.file());
            case READ_FROM_FILE -> LOG.info("settings read from {}", store.file());
            case DEFAULTS_AFTER_PROBLEMS -> loaded.problems().forEach(problem -> LOG.warn("settings not used: {}", problem));
            case READ_FROM_BACKUP -> loaded.problems().forEach(problem -> LOG.warn("settings: {}", problem));
        }
        return loaded.settings();
    }
}
