package live.studio.show;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import live.studio.catalog.LoadedImage;
import live.studio.catalog.Product;
import live.studio.catalog.ProductImages;
import live.studio.media.StageThreads;
import live.studio.overlay.AnimatedOverlay;
import live.studio.overlay.CountdownUrgency;
import live.studio.overlay.OverlayContent;
import live.studio.overlay.OverlayRenderer;
import live.studio.overlay.OverlaySlot;
import live.studio.overlay.Pulse;
import live.studio.overlay.RenderedOverlay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns the thread {@code overlay-renderer}: it watches the show controller, draws a graphic only when what it shows
 * changes (a command, a countdown's next second, a stock change), keeps its timers going, and hands the compositor
 * the graphics on air with their entrance and exit times. The frame clock never waits for it: it only reads the list
 * this thread last published.
 *
 * <p>Product cards are drawn ahead of time while the thread is idle, so showing one is a lookup, not a drawing.
 */
public final class OverlayDirector implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OverlayDirector.class);
    /** Product cards drawn ahead; more products are drawn on first show. */
    private static final int CARDS_DRAWN_AHEAD = 24;
    private static final int RENDERED_CACHE_SIZE = 64;
    private static final long IDLE_WAKE_NANOS = 1_000_000_000L;

    private final ShowController controller;
    private final ShowTime time;
    private final Consumer<List<AnimatedOverlay>> compositor;
    private final GraphicContent contents;
    private final Map<Path, Optional<BufferedImage>> images = new HashMap<>();
    private final Map<OverlayContent, RenderedOverlay> rendered = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<OverlayContent, RenderedOverlay> eldest) {
            return size() > RENDERED_CACHE_SIZE;
        }
    };
    private final Map<OverlaySlot, AnimatedOverlay> onAir = new EnumMap<>(OverlaySlot.class);
    private final List<AnimatedOverlay> leaving = new ArrayList<>();
    private final AtomicLong renders = new AtomicLong();
    private volatile OverlayRenderer renderer;
    private volatile boolean rendererChanged;
    private volatile boolean running;
    private Thread thread;
    private List<Product> cardsToDrawAhead = List.of();

    /**
     * @param compositor receives the graphics on air, bottom first, whenever they change (e.g. the engine's
     *                   {@code setOverlays}); called on this director's thread
     */
    public OverlayDirector(ShowController controller, OverlayRenderer renderer, ShowTime time, Locale locale,
                           Consumer<List<AnimatedOverlay>> compositor) {
        this.controller = controller;
        this.renderer = renderer;
        this.time = time;
        this.compositor = compositor;
        this.contents = new GraphicContent(locale, this::image);
    }

    public void start() {
        running = true;
        thread = StageThreads.create("overlay-renderer", this::run);
        controller.watchChanges(this::wake);
        thread.start();
    }

    /** Draws everything again with another theme or for another canvas. */
    public void setRenderer(OverlayRenderer newRenderer) {
        renderer = newRenderer;
        rendererChanged = true;
        wake();
    }

    /** Graphics drawn so far (each a change of content), for stats and tests. */
    public long renders() {
        return renders.get();
    }

    private void wake() {
        Thread owner = thread;
        if (owner != null) {
            LockSupport.unpark(owner);
        }
    }

    private void run() {
        Object catalogSeen = null;
        while (running) {
            try {
                if (rendererChanged) {
                    rendererChanged = false;
                    rendered.clear();
                    catalogSeen = null;
                }
                long nextDue = controller.advance();
                ShowState state = controller.state();
                long now = time.nanos();
                long nextChange = update(state, now);
                if (state.catalog() != catalogSeen) {
                    catalogSeen = state.catalog();
                    cardsToDrawAhead = state.catalog().products().stream().limit(CARDS_DRAWN_AHEAD).toList();
                }
                long wakeAt = Math.min(Math.min(nextDue, nextChange), now + IDLE_WAKE_NANOS);
                if (!cardsToDrawAhead.isEmpty()) {
                    drawOneCardAhead(state);
                    continue; // look at the controller again before the next card
                }
                long sleepNanos = wakeAt - time.nanos();
                if (sleepNanos > 0) {
                    LockSupport.parkNanos(this, sleepNanos);
                }
            } catch (RuntimeException e) {
                LOG.error("The overlay renderer failed; the graphics on air stay as they were", e);
                LockSupport.parkNanos(this, IDLE_WAKE_NANOS);
            }
        }
    }

    /** Brings the graphics on air in line with the show; returns when something changes next by itself. */
    private long update(ShowState state, long now) {
        boolean changed = false;
        long nextChange = Long.MAX_VALUE;
        for (OverlaySlot slot : OverlaySlot.values()) {
            Optional<Graphic> graphic = state.onAir(slot);
            Optional<OverlayContent> content = graphic.flatMap(g -> contents.contentOf(g, state.catalog(), now));
            AnimatedOverlay current = onAir.get(slot);
            if (content.isEmpty()) {
                if (current != null) {
                    leaving.add(current.hiddenAt(now));
                    onAir.remove(slot);
                    changed = true;
                }
                continue;
            }
            nextChange = Math.min(nextChange, GraphicContent.nextChangeNanos(graphic.get(), now));
            RenderedOverlay drawn = draw(content.get());
            Pulse pulse = content.get() instanceof OverlayContent.Countdown countdown
                    && countdown.urgency() == CountdownUrgency.FINAL_SECONDS ? Pulse.EVERY_SECOND : Pulse.NONE;
            if (current == null) {
                onAir.put(slot, AnimatedOverlay.shownAt(drawn, time.nanos()).withPulse(pulse));
                changed = true;
            } else if (current.rendered() != drawn || current.pulse() != pulse) {
                onAir.put(slot, current.withContent(drawn).withPulse(pulse));
                changed = true;
            }
        }
        changed |= leaving.removeIf(overlay -> overlay.goneAt(now));
        for (AnimatedOverlay exiting : leaving) {
            nextChange = Math.min(nextChange, exiting.hideAtNanos() + exiting.rendered().entrance().durationMs() * 1_000_000L);
        }
        if (changed) {
            List<AnimatedOverlay> stack = new ArrayList<>(leaving);
            stack.addAll(onAir.values()); // EnumMap order: the slots' stacking order
            compositor.accept(List.copyOf(stack));
        }
        return nextChange;
    }

    private RenderedOverlay draw(OverlayContent content) {
        RenderedOverlay drawn = rendered.get(content);
        if (drawn == null) {
            drawn = renderer.render(content);
            rendered.put(content, drawn);
            renders.incrementAndGet();
        }
        return drawn;
    }

    private void drawOneCardAhead(ShowState state) {
        Product product = cardsToDrawAhead.getFirst();
        cardsToDrawAhead = cardsToDrawAhead.subList(1, cardsToDrawAhead.size());
        draw(contents.productCard(state.catalog().product(product.id()).orElse(product)));
    }

    private Optional<BufferedImage> image(Path file) {
        return images.computeIfAbsent(file, path -> {
            LoadedImage loaded = ProductImages.load(path);
            loaded.warning().ifPresent(problem -> LOG.warn("{}", problem));
            return Optional.of(loaded.image());
        });
    }

    @Override
    public void close() {
        running = false;
        wake();
        StageThreads.stop(thread, StageThreads.DEFAULT_JOIN_TIMEOUT_MILLIS);
    }
}
