package live.studio.testing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import live.studio.app.Sources;
import live.studio.capture.AudioSourceSpec;
import live.studio.capture.VideoSourceSpec;
import live.studio.catalog.Catalog;
import live.studio.catalog.CatalogImport;
import live.studio.catalog.CatalogReader;
import live.studio.encode.EncoderSettings;
import live.studio.engine.LiveEngine;
import live.studio.media.VideoFormat;
import live.studio.overlay.AnimatedOverlay;
import live.studio.overlay.Canvas;
import live.studio.overlay.OverlayRenderer;
import live.studio.overlay.OverlaySlot;
import live.studio.overlay.Theme;
import live.studio.show.CommandException;
import live.studio.show.CommandSource;
import live.studio.show.ShowCommand;
import live.studio.show.ShowRuntime;

/**
 * The engine and the show together as the window or the headless command runs them, over a plain background so a
 * graphic can be found in what was encoded: the demo catalog, a shipped theme, the test tone, the real renderer.
 */
public final class OnAirSession implements AutoCloseable {
    /** The still background, a green unlike any theme's colours: a graphic is whatever differs from it. */
    public static final int BACKGROUND_ARGB = 0xFF2E9E4F;

    private final LiveEngine engine;
    private final ShowRuntime show;
    private final AtomicReference<List<AnimatedOverlay>> onAir;

    private OnAirSession(LiveEngine engine, ShowRuntime show, AtomicReference<List<AnimatedOverlay>> onAir) {
        this.engine = engine;
        this.show = show;
        this.onAir = onAir;
    }

    public static OnAirSession start(VideoFormat format, String theme, Path workDirectory) throws Exception {
        Path background = workDirectory.resolve("background.png");
        writeBackground(background, format);
        LiveEngine engine = new LiveEngine(format, EncoderSettings.defaults(format.height() >= 1080 ? 6000 : 3000),
                Sources.factory(format));
        engine.setVideoSource(0, new VideoSourceSpec.StillImage(background));
        engine.setAudioSource(new AudioSourceSpec.TestTone());
        engine.start();
        CatalogImport demo = CatalogReader.read(projectPath("assets/demo/catalog.json"));
        if (demo.hasErrors()) {
            throw new IllegalStateException("the demo catalog has problems: " + demo.problems());
        }
        OverlayRenderer renderer = OverlayRenderer.create(Theme.load(projectPath("assets/themes/" + theme + ".json")),
                new Canvas(format.width(), format.height()));
        AtomicReference<List<AnimatedOverlay>> onAir = new AtomicReference<>(List.of());
        ShowRuntime show = ShowRuntime.start(demo.catalog(), renderer, engine.clock(), Locale.FRANCE, overlays -> {
            onAir.set(overlays);
            engine.setOverlays(overlays);
        });
        return new OnAirSession(engine, show, onAir);
    }

    public LiveEngine engine() {
        return engine;
    }

    public ShowRuntime show() {
        return show;
    }

    public Catalog catalog() {
        return show.controller().catalog();
    }

    /** Sends a command as the window would; returns the engine-clock time just before it was sent. */
    public long send(ShowCommand command) throws CommandException {
        long sentAtNanos = engine.clock().elapsedNanos();
        show.controller().execute(command, CommandSource.WINDOW);
        return sentAtNanos;
    }

    /** The graphic in {@code slot} as last handed to the compositor. */
    public Optional<AnimatedOverlay> onAir(OverlaySlot slot) {
        return onAir.get().stream().filter(overlay -> overlay.slot() == slot).findFirst();
    }

    /** Waits until the director has drawn the product cards ahead (so a show is a lookup, as in a real show). */
    public void awaitCardsDrawnAhead(int products) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (show.director().renders() < products && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    private static void writeBackground(Path file, VideoFormat format) throws IOException {
        BufferedImage image = new BufferedImage(format.width(), format.height(), BufferedImage.TYPE_INT_RGB);
        int[] row = new int[format.width()];
        java.util.Arrays.fill(row, BACKGROUND_ARGB & 0xFFFFFF);
        for (int y = 0; y < format.height(); y++) {
            image.setRGB(0, y, format.width(), 1, row, 0, format.width());
        }
        Files.createDirectories(file.getParent());
        ImageIO.write(image, "png", file.toFile());
    }

    /** A file of the project (tests run from its root). */
    public static Path projectPath(String relative) {
        Path path = Path.of(relative).toAbsolutePath();
        if (!Files.exists(path)) {
            throw new IllegalStateException(relative + " not found from " + Path.of("").toAbsolutePath());
        }
        return path;
    }

    @Override
    public void close() {
        show.close();
        engine.close();
    }
}
