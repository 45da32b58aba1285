package live.studio.show;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import live.studio.catalog.Catalog;
import live.studio.media.MediaClock;
import live.studio.overlay.AnimatedOverlay;
import live.studio.overlay.OverlayRenderer;

/**
 * The show's live parts, started together: the controller every command goes to and the director that puts its
 * graphics on air. The window, the headless command and the tests build one beside the engine.
 */
public final class ShowRuntime implements AutoCloseable {
    private final ShowController controller;
    private final OverlayDirector director;

    private ShowRuntime(ShowController controller, OverlayDirector director) {
        this.controller = controller;
        this.director = director;
    }

    /**
     * @param clock      the engine's clock (graphics are timed on the frame clock's time line)
     * @param compositor where the graphics on air go, e.g. {@code engine::setOverlays}
     */
    public static ShowRuntime start(Catalog catalog, OverlayRenderer renderer, MediaClock clock, Locale locale,
                                    Consumer<List<AnimatedOverlay>> compositor) {
        ShowTime time = ShowTime.of(clock);
        ShowController controller = new ShowController(catalog, time);
        OverlayDirector director = new OverlayDirector(controller, renderer, time, locale, compositor);
        director.start();
        return new ShowRuntime(controller, director);
    }

    public ShowController controller() {
        return controller;
    }

    public OverlayDirector director() {
        return director;
    }

    @Override
    public void close() {
        director.close();
    }
}
