package live.studio.compose;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import live.studio.capture.VideoSource;
import live.studio.media.MediaClock;
import live.studio.media.StageThreads;
import live.studio.media.ProgramFrame;
import live.studio.media.VideoFormat;
import live.studio.media.VideoFrame;
import live.studio.overlay.AnimatedOverlay;
import live.studio.overlay.OverlayBitmap;
import live.studio.overlay.OverlayLayer;
import live.studio.overlay.Region;
import live.studio.overlay.Scroll;

/**
 * The frame clock: on its own thread ({@code frame-clock}) it ticks at the program frame rate, takes each source's
 * newest picture, places it by the layout, blends the overlays and hands the frame to the encoder and the preview.
 * It never waits on another stage: a source with nothing new is shown again (counted as repeated), a full encoder
 * queue costs that frame (counted as dropped), a tick the machine made late is caught up or skipped (counted).
 */
public final class Compositor implements AutoCloseable {
    private static final int BLACK = 0xFF000000;
    /** Frames the encoder may hold (queued or being encoded) plus the one being drawn. */
    private static final int CANVAS_POOL_SIZE = 11;
    /** Beyond this many frames late the clock skips ticks rather than rushing a backlog. */
    private static final int MAX_CATCH_UP_FRAMES = 2;

    private final VideoFormat format;
    private final MediaClock clock;
    private final BlockingQueue<ProgramFrame> freeCanvases = new ArrayBlockingQueue<>(CANVAS_POOL_SIZE);
    private final ProgramFrame previewOnlyCanvas;
    private final int[] blackRow;
    private final int[] scaleRow;
    private final long[] lastSequence = new long[2];

    /** The layout and where it puts each source on this canvas, worked out when the layout changes, not per frame. */
    private record Placement(Layout layout, List<Rectangle> places) {
    }

    private volatile Placement placement;
    private final Rectangle fullCanvas;
    private volatile VideoSource[] sources = new VideoSource[2];
    private volatile List<AnimatedOverlay> overlays = List.of();
    private volatile FrameSink sink;
    private volatile Consumer<ProgramFrame> preview;
    private volatile boolean running;
    private Thread thread;

    private final AtomicLong renderedFrames = new AtomicLong();
    private final AtomicLong droppedFrames = new AtomicLong();
    private final AtomicLong repeatedFrames = new AtomicLong();
    private final AtomicLong lateTicks = new AtomicLong();

    public Compositor(VideoFormat format, MediaClock clock) {
        this.format = format;
        this.clock = clock;
        this.fullCanvas = new Rectangle(0, 0, format.width(), format.height());
        this.placement = new Placement(Layout.FULL_FRAME, LayoutGeometry.place(Layout.FULL_FRAME, format.width(), format.height()));
        for (int i = 0; i < CANVAS_POOL_SIZE; i++) {
            freeCanvases.add(new ProgramFrame(format.width(), format.height()));
        }
        previewOnlyCanvas = new ProgramFrame(format.width(), format.height());
        blackRow = new int[format.width()];
        java.util.Arrays.fill(blackRow, BLACK);
        scaleRow = new int[format.width()];
    }

    public VideoFormat format() {
        return format;
    }

    public void start() {
        running = true;
        thread = StageThreads.create("frame-clock", this::run);
        thread.setPriority(Thread.MAX_PRIORITY);
        thread.start();
    }

    /** Puts a source in a layout slot (0 = main, 1 = second); null empties the slot. Returns the one it replaced. */
    public VideoSource setSource(int slot, VideoSource source) {
        VideoSource[] updated = sources.clone();
        VideoSource previous = updated[slot];
        updated[slot] = source;
        if (source != null) {
            List<Rectangle> places = placement.places();
            if (slot < places.size()) {
                source.resize(places.get(slot).width(), places.get(slot).height());
            }
        }
        sources = updated;
        return previous;
    }

    public void setLayout(Layout newLayout) {
        Placement newPlacement = new Placement(newLayout, LayoutGeometry.place(newLayout, format.width(), format.height()));
        List<Rectangle> places = newPlacement.places();
        VideoSource[] current = sources;
        for (int slot = 0; slot < places.size(); slot++) {
            if (current[slot] != null) {
                current[slot].resize(places.get(slot).width(), places.get(slot).height());
            }
        }
        placement = newPlacement;
    }

    public Layout layout() {
        return placement.layout();
    }

    /** Replaces the graphics on air, bottom first; each frame poses them by its own time. */
    public void setOverlays(List<AnimatedOverlay> onAir) {
        overlays = List.copyOf(onAir);
    }

    /** The encoder; null while nothing is encoding. */
    public void setSink(FrameSink frameSink) {
        sink = frameSink;
    }

    /** Called with every composited frame on the frame clock thread; must copy and return at once. */
    public void setPreview(Consumer<ProgramFrame> previewConsumer) {
        preview = previewConsumer;
    }

    /** The encoder hands a frame back once it has converted it. */
    public void recycle(ProgramFrame frame) {
        if (frame.hasSize(format.width(), format.height()) && frame != previewOnlyCanvas) {
            freeCanvases.offer(frame);
        }
    }

    public long renderedFrames() {
        return renderedFrames.get();
    }

    public long droppedFrames() {
        return droppedFrames.get();
    }

    public long repeatedFrames() {
        return repeatedFrames.get();
    }

    public long lateTicks() {
        return lateTicks.get();
    }

    private void run() {
        long frameDurationNanos = format.frameDurationNanos();
        long frameNumber = Math.ceilDiv(clock.elapsedNanos() * format.fps(), 1_000_000_000L);
        try {
            while (running) {
                long tickNanos = format.frameTimeNanos(frameNumber);
                clock.sleepUntil(tickNanos);
                long lateNanos = clock.elapsedNanos() - tickNanos;
                if (lateNanos > frameDurationNanos) {
                    lateTicks.incrementAndGet();
                    if (lateNanos > MAX_CATCH_UP_FRAMES * frameDurationNanos) {
                        long now = clock.elapsedNanos() * format.fps() / 1_000_000_000L;
                        droppedFrames.addAndGet(now - frameNumber);
                        frameNumber = now;
                        tickNanos = format.frameTimeNanos(frameNumber);
                    }
                }
                tick(frameNumber, tickNanos);
                frameNumber++;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void tick(long frameNumber, long tickNanos) {
        FrameSink currentSink = sink;
        ProgramFrame canvas = currentSink == null ? previewOnlyCanvas : freeCanvases.poll();
        if (canvas == null) {
            // The encoder still holds every buffer: this frame is lost to it, but the preview goes on.
            droppedFrames.incrementAndGet();
            canvas = previewOnlyCanvas;
            currentSink = null;
        }
        compose(canvas, tickNanos);
        canvas.setMediaNanos(tickNanos);
        canvas.setSequence(frameNumber);
        renderedFrames.incrementAndGet();
        Consumer<ProgramFrame> currentPreview = preview;
        if (currentPreview != null) {
            currentPreview.accept(canvas);
        }
        if (currentSink != null && !currentSink.offer(canvas)) {
            droppedFrames.incrementAndGet();
            freeCanvases.offer(canvas);
        }
    }

    /** Draws the sources by the layout and the overlays, posed for {@code frameNanos}, on top, into {@code canvas}. */
    void compose(ProgramFrame canvas, long frameNanos) {
        java.nio.IntBuffer pixels = canvas.pixels();
        int width = canvas.width();
        int height = canvas.height();
        List<Rectangle> places = placement.places();
        VideoSource[] current = sources;
        if (places.size() > 1) {
            Blend.fill(pixels, width, fullCanvas, blackRow);
        }
        for (int slot = 0; slot < places.size(); slot++) {
            Rectangle place = places.get(slot);
            VideoFrame picture = current[slot] == null ? null : current[slot].latest();
            if (picture == null) {
                Blend.fill(pixels, width, place, blackRow);
                continue;
            }
            if (picture.sequence() == lastSequence[slot]) {
                repeatedFrames.incrementAndGet();
            }
            lastSequence[slot] = picture.sequence();
            if (picture.hasSize(place.width(), place.height())) {
                Blend.copy(picture.pixels(), pixels, width, place);
            } else {
                Blend.scaleNearest(picture.pixels(), picture.width(), picture.height(), pixels, width, place, scaleRow);
            }
        }
        for (AnimatedOverlay overlay : overlays) {
            OverlayMotion.Pose pose = OverlayMotion.at(overlay, frameNanos, width, height);
            if (pose.opacity() > 0) {
                for (OverlayLayer layer : overlay.rendered().layers()) {
                    drawLayer(overlay, layer, pose, pixels, width, height, frameNanos);
                }
            }
        }
    }

    private static void drawLayer(AnimatedOverlay overlay, OverlayLayer layer, OverlayMotion.Pose pose,
                                  java.nio.IntBuffer pixels, int width, int height, long frameNanos) {
        OverlayBitmap bitmap = layer.bitmap();
        int bitmapWidth = bitmap.width();
        if (layer.scroll().isEmpty()) {
            Blend.sourceOver(bitmap, pixels, width, height, layer.x() + pose.offsetX(), layer.y() + pose.offsetY(),
                    pose.opacity());
            return;
        }
        Scroll scroll = layer.scroll().get();
        Region viewport = scroll.viewport();
        int clipLeft = Math.max(0, viewport.x() + pose.offsetX());
        int clipTop = Math.max(0, viewport.y() + pose.offsetY());
        int clipRight = Math.min(width, viewport.right() + pose.offsetX());
        int clipBottom = Math.min(height, viewport.bottom() + pose.offsetY());
        if (clipLeft >= clipRight || clipTop >= clipBottom) {
            return;
        }
        int shift = OverlayMotion.scrollOffset(overlay, scroll.pixelsPerSecond(), bitmapWidth, frameNanos);
        int y = layer.y() + pose.offsetY();
        // The strip repeats: draw copies side by side from just left of the window until past its right edge.
        for (int x = viewport.x() + pose.offsetX() - shift; x < clipRight; x += bitmapWidth) {
            Blend.sourceOver(bitmap, pixels, width, clipLeft, clipTop, clipRight, clipBottom, x, y, pose.opacity());
        }
    }

    /** Stops the frame clock. The canvases' native memory is left to the garbage collector's cleaner: the encoder may still hold one. */
    @Override
    public void close() {
        running = false;
        StageThreads.stop(thread, StageThreads.DEFAULT_JOIN_TIMEOUT_MILLIS);
    }
}
