package live.studio.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import live.studio.capture.CaptureDevice;
import live.studio.capture.SourceFactory;
import live.studio.encode.EncoderSettings;
import live.studio.media.VideoFormat;
import live.studio.overlay.Canvas;
import live.studio.overlay.Entrance;
import live.studio.overlay.OverlayBitmap;
import live.studio.overlay.OverlayLayer;
import live.studio.overlay.OverlayRenderer;
import live.studio.overlay.RenderedOverlay;

/**
 * What the window is started with; the composition root ({@code app}) builds it, tests build their own.
 *
 * @param format           the program canvas
 * @param encoderSettings  the one encode every destination and the recording share
 * @param sourceFactory    opens the sources the pickers name; must produce {@code format}
 * @param devices          cameras, microphones and screens to offer (may be slow; called off the FX thread)
 * @param recordingsFolder where Record writes
 * @param catalogFile      the catalog the product shelf opens (JSON, CSV or a Shopify export); a bad or missing file
 *                         opens the window with what could be read, and says what is wrong
 * @param overlayRenderers draws the show's graphics for the program canvas
 * @param settingsFolder   where the window keeps its settings ({@code shortcuts.json}); empty: built-in defaults only
 * @param showFile         the show the window opens (its catalog and run-sheet); when it cannot be read the window
 *                         opens {@code catalogFile} with an empty run-sheet and says what is wrong; empty: the catalog
 *                         alone
 * @param destinationKeeper keeps the destinations between runs (settings) and their keys (keychain)
 * @param preferences      language, theme, window mode, encoder and API as saved (the settings window changes them)
 */
public record StudioEnvironment(VideoFormat format, EncoderSettings encoderSettings, SourceFactory sourceFactory,
                                Supplier<List<CaptureDevice>> devices, Path recordingsFolder, Path catalogFile,
                                Function<Canvas, OverlayRenderer> overlayRenderers, Optional<Path> settingsFolder,
                                Optional<Path> showFile, live.studio.ui.destinations.DestinationKeeper destinationKeeper,
                                live.studio.ui.settings.PreferencesKeeper preferences) {
    public static final VideoFormat DEFAULT_FORMAT = new VideoFormat(1280, 720, 30);
    /** Within what the platforms suggest for 720p30 (2500-4000 kbps). */
    public static final int DEFAULT_VIDEO_BITRATE_KBPS = 3000;
    /** Until device discovery is merged: the pickers offer only the built-in sources. */
    public static final Supplier<List<CaptureDevice>> NO_DEVICES = List::of;
    /**
     * For a studio whose theme cannot be read (a damaged installation, said in the log) and for window tests that do
     * not look at graphics: every graphic is one transparent pixel, so the shelf and the controls still run the show.
     * The window otherwise gets the shipped theme's renderer from the app.
     */
    public static final Function<Canvas, OverlayRenderer> NO_GRAPHICS = canvas -> new OverlayRenderer() {
        @Override
        public RenderedOverlay render(live.studio.overlay.OverlayContent content) {
            return new RenderedOverlay(content.slot(), List.of(OverlayLayer.fixed(new OverlayBitmap(1, 1, new int[1]), 0, 0)),
                    Entrance.NONE);
        }

        @Override
        public Canvas canvas() {
            return canvas;
        }

        @Override
        public live.studio.overlay.Region region(live.studio.overlay.OverlaySlot slot) {
            return new live.studio.overlay.Region(0, 0, 1, 1);
        }
    };
    /** The demo show's catalog, below the studio's home folder. */
    public static final Path DEMO_CATALOG = Path.of("assets", "demo", "catalog.json");
    /** The demo show (its catalog is the demo catalog), below the studio's home folder. */
    public static final Path DEMO_SHOW = Path.of("assets", "demo", "show.json");

    public StudioEnvironment {
        Objects.requireNonNull(format);
        Objects.requireNonNull(encoderSettings);
        Objects.requireNonNull(sourceFactory);
        Objects.requireNonNull(devices);
        Objects.requireNonNull(recordingsFolder);
        Objects.requireNonNull(catalogFile);
        Objects.requireNonNull(overlayRenderers);
        Objects.requireNonNull(settingsFolder);
        Objects.requireNonNull(showFile);
        Objects.requireNonNull(destinationKeeper);
        Objects.requireNonNull(preferences);
    }

    /** Preferences kept for this run only (tests). */
    public StudioEnvironment(VideoFormat format, EncoderSettings encoderSettings, SourceFactory sourceFactory,
                             Supplier<List<CaptureDevice>> devices, Path recordingsFolder, Path catalogFile,
                             Function<Canvas, OverlayRenderer> overlayRenderers, Optional<Path> settingsFolder,
                             Optional<Path> showFile, live.studio.ui.destinations.DestinationKeeper destinationKeeper) {
        this(format, encoderSettings, sourceFactory, devices, recordingsFolder, catalogFile, overlayRenderers, settingsFolder,
                showFile, destinationKeeper, live.studio.ui.settings.PreferencesKeeper.inMemory(
                        live.studio.ui.settings.Preferences.defaults().withEncoding(format, encoderSettings)));
    }

    /** A show (or none), destinations kept for one run only. */
    public StudioEnvironment(VideoFormat format, EncoderSettings encoderSettings, SourceFactory sourceFactory,
                             Supplier<List<CaptureDevice>> devices, Path recordingsFolder, Path catalogFile,
                             Function<Canvas, OverlayRenderer> overlayRenderers, Optional<Path> settingsFolder,
                             Optional<Path> showFile) {
        this(format, encoderSettings, sourceFactory, devices, recordingsFolder, catalogFile, overlayRenderers, settingsFolder,
                showFile, live.studio.ui.destinations.DestinationKeeper.FOR_THIS_RUN_ONLY);
    }

    /** Without a show file: the catalog alone, an empty run-sheet. */
    public StudioEnvironment(VideoFormat format, EncoderSettings encoderSettings, SourceFactory sourceFactory,
                             Supplier<List<CaptureDevice>> devices, Path recordingsFolder, Path catalogFile,
                             Function<Canvas, OverlayRenderer> overlayRenderers, Optional<Path> settingsFolder) {
        this(format, encoderSettings, sourceFactory, devices, recordingsFolder, catalogFile, overlayRenderers,
                settingsFolder, Optional.empty());
    }

    /** The demo show and catalog, graphics not drawn ({@link #NO_GRAPHICS}), no settings folder: for window tests. */
    public StudioEnvironment(VideoFormat format, EncoderSettings encoderSettings, SourceFactory sourceFactory,
                             Supplier<List<CaptureDevice>> devices, Path recordingsFolder) {
        this(format, encoderSettings, sourceFactory, devices, recordingsFolder, defaultCatalogFile(), NO_GRAPHICS,
                Optional.empty(), Optional.of(defaultShowFile()));
    }

    /** This catalog, without a show file: a catalog chosen on its own is the one the shelf shows. */
    public StudioEnvironment withCatalogFile(Path file) {
        return new StudioEnvironment(format, encoderSettings, sourceFactory, devices, recordingsFolder, file,
                overlayRenderers, settingsFolder, Optional.empty(), destinationKeeper, preferences);
    }

    /** This show (its catalog and run-sheet); {@code catalogFile} stays the fallback when it cannot be read. */
    public StudioEnvironment withShowFile(Path file) {
        return new StudioEnvironment(format, encoderSettings, sourceFactory, devices, recordingsFolder, catalogFile,
                overlayRenderers, settingsFolder, Optional.of(file), destinationKeeper, preferences);
    }

    public StudioEnvironment withOverlayRenderers(Function<Canvas, OverlayRenderer> renderers) {
        return new StudioEnvironment(format, encoderSettings, sourceFactory, devices, recordingsFolder, catalogFile,
                renderers, settingsFolder, showFile, destinationKeeper, preferences);
    }

    public StudioEnvironment withSettingsFolder(Path folder) {
        return new StudioEnvironment(format, encoderSettings, sourceFactory, devices, recordingsFolder, catalogFile,
                overlayRenderers, Optional.of(folder), showFile, destinationKeeper, preferences);
    }

    public StudioEnvironment withDestinationKeeper(live.studio.ui.destinations.DestinationKeeper keeper) {
        return new StudioEnvironment(format, encoderSettings, sourceFactory, devices, recordingsFolder, catalogFile,
                overlayRenderers, settingsFolder, showFile, keeper, preferences);
    }

    public StudioEnvironment withPreferences(live.studio.ui.settings.PreferencesKeeper keeper) {
        return new StudioEnvironment(format, encoderSettings, sourceFactory, devices, recordingsFolder, catalogFile,
                overlayRenderers, settingsFolder, showFile, destinationKeeper, keeper);
    }

    /** The user's Videos folder when there is one, else the home folder. */
    public static Path defaultRecordingsFolder() {
        Path home = Path.of(System.getProperty("user.home"));
        Path videos = home.resolve("Videos");
        return Files.isDirectory(videos) ? videos : home;
    }

    /**
     * {@code assets/demo/catalog.json} in the studio's home folder (the launcher sets {@code studio.home}), else in the
     * working folder (running from the source tree).
     */
    public static Path defaultCatalogFile() {
        return home().resolve(DEMO_CATALOG).toAbsolutePath().normalize();
    }

    /** {@code assets/demo/show.json}, found as {@link #defaultCatalogFile()} is. */
    public static Path defaultShowFile() {
        return home().resolve(DEMO_SHOW).toAbsolutePath().normalize();
    }

    private static Path home() {
        String home = System.getProperty("studio.home");
        return home == null || home.isBlank() ? Path.of("") : Path.of(home);
    }
}
