package live.studio.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import live.studio.catalog.Catalog;
import live.studio.catalog.CatalogImport;
import live.studio.catalog.CatalogReader;
import live.studio.engine.LiveEngine;
import live.studio.overlay.Canvas;
import live.studio.overlay.OverlayRenderer;
import live.studio.overlay.Theme;
import live.studio.overlay.ThemeException;
import live.studio.show.ShowRuntime;

/** Starts the show beside an engine: a catalog (what of it loads), a theme, the overlay director on the engine's clock. */
final class ShowStarter {
    private ShowStarter() {
    }

    /** The catalog in {@code file}; every problem is printed, and what loaded is used (nothing at worst). */
    static Catalog loadCatalog(Path file, PrintWriter err) {
        if (!Files.exists(file)) {
            err.println("studio: no catalog at " + file + "; starting with an empty one");
            return Catalog.empty();
        }
        CatalogImport loaded = CatalogReader.read(file);
        loaded.problems().forEach(problem -> err.println(problem));
        return loaded.catalog();
    }

    /** The renderer of a shipped theme; a missing or broken theme file is a broken installation. */
    static OverlayRenderer renderer(String themeName, Canvas canvas) throws ThemeException {
        Theme theme = Theme.load(StudioAssets.theme(themeName));
        return OverlayRenderer.create(theme, canvas);
    }

    static ShowRuntime start(LiveEngine engine, Catalog catalog, OverlayRenderer renderer) {
        return ShowRuntime.start(catalog, renderer, engine.clock(), Locale.getDefault(Locale.Category.FORMAT),
                engine::setOverlays);
    }

    static Canvas canvasOf(LiveEngine engine) {
        return new Canvas(engine.format().width(), engine.format().height());
    }
}
