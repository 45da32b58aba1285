package live.studio.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import live.studio.capture.SourceStats;
import live.studio.capture.VideoSource;
import live.studio.media.MediaClock;
import live.studio.media.ProgramFrame;
import live.studio.media.VideoFormat;
import live.studio.media.VideoFrame;
import live.studio.overlay.AnimatedOverlay;
import live.studio.overlay.Entrance;
import live.studio.overlay.OverlayBitmap;
import live.studio.overlay.OverlayLayer;
import live.studio.overlay.OverlaySlot;
import live.studio.overlay.RenderedOverlay;
import org.junit.jupiter.api.Test;

class CompositorTest {
    private static final VideoFormat FORMAT = new VideoFormat(320, 180, 30);

    /** A source whose one picture never changes: every tick after the first repeats it. */
    private static final class StillSource implements VideoSource {
        private final VideoFrame frame;

        StillSource(int argb) {
            frame = new VideoFrame(FORMAT.width(), FORMAT.height());
            java.util.Arrays.fill(frame.pixels(), argb);
            frame.setSequence(1);
        }

        @Override public String description() { return "still"; }
        @Override public void start(MediaClock clock, int width, int height) { }
        @Override public void resize(int width, int height) { }
        @Override public VideoFrame latest() { return frame; }
        @Override public SourceStats stats() { return SourceStats.NONE; }
        @Override public void close() { }
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not reached in 20 s");
            }
            Thread.sleep(10);
        }
    }

    @Test
    void ticksAtTheFrameRateWithConsecutiveFrameNumbersAndMediaTimes() throws Exception {
        List<long[]> received = new CopyOnWriteArrayList<>();
        MediaClock clock = MediaClock.start();
        try (Compositor compositor = new Compositor(FORMAT, clock)) {
            compositor.setSource(0, new StillSource(0xFF336699));
            compositor.setSink(frame -> {
                received.add(new long[] {frame.sequence(), frame.mediaNanos(), frame.pixels().get(0)});
                return false;
            });
            compositor.start();
            waitFor(() -> received.size() >= 30);
        }
        List<long[]> frames = new ArrayList<>(received);
        for (int i = 1; i < frames.size(); i++) {
            long step = frames.get(i)[0] - frames.get(i - 1)[0];
            assertThat(step).as("frame numbers increase").isPositive();
            assertThat(frames.get(i)[1]).isEqualTo(FORMAT.frameTimeNanos(frames.get(i)[0]));
        }
        assertThat(frames.get(0)[2]).isEqualTo(0xFF336699);
    }

    @Test
    void aFullEncoderCostsFramesButNeverStopsTheClock() throws Exception {
        MediaClock clock = MediaClock.start();
        try (Compositor compositor = new Compositor(FORMAT, clock)) {
            compositor.setSource(0, new StillSource(0xFF000000));
            compositor.setSink(frame -> false);
            compositor.start();
            waitFor(() -> compositor.renderedFrames() >= 20);
            assertThat(compositor.droppedFrames()).isGreaterThanOrEqualTo(compositor.renderedFrames() - 1);
            assertThat(compositor.repeatedFrames()).as("the still source never has a new picture").isPositive();
        }
    }

    @Test
    void anEncoderThatKeepsFramesExhaustsThePoolAndTheClockDropsInsteadOfWaiting() throws Exception {
        List<ProgramFrame> kept = new CopyOnWriteArrayList<>();
        MediaClock clock = MediaClock.start();
        try (Compositor compositor = new Compositor(FORMAT, clock)) {
            compositor.setSink(kept::add);
            compositor.start();
            waitFor(() -> compositor.droppedFrames() >= 5);
            assertThat(compositor.renderedFrames()).isGreaterThan(kept.size());
            kept.forEach(compositor::recycle);
        }
    }

    @Test
    void layoutsPlaceTheSecondSourceAndOverlaysBlendOnTop() {
        MediaClock clock = MediaClock.start();
        try (Compositor compositor = new Compositor(FORMAT, clock);
             ProgramFrame canvas = new ProgramFrame(FORMAT.width(), FORMAT.height())) {
            compositor.setSource(0, new StillSource(0xFFFF0000));
            compositor.setSource(1, new StillSource(0xFF0000FF));
            compositor.setLayout(Layout.PICTURE_IN_PICTURE);
            int[] white = new int[4];
            java.util.Arrays.fill(white, 0xFFFFFFFF);
            var dot = OverlayLayer.fixed(new OverlayBitmap(2, 2, white), 10, 10);
            var rendered = new RenderedOverlay(OverlaySlot.LOWER_THIRD, List.of(dot), Entrance.NONE);
            compositor.setOverlays(List.of(AnimatedOverlay.shownAt(rendered, 0)));
            compositor.compose(canvas, 1_000_000);
            Rectangle box = LayoutGeometry.place(Layout.PICTURE_IN_PICTURE, FORMAT.width(), FORMAT.height()).get(1);
            int inBox = canvas.pixels().get((box.y() + box.height() / 2) * FORMAT.width() + box.x() + box.width() / 2);
            assertThat(inBox).as("second source in the box").isEqualTo(0xFF0000FF);
            assertThat(canvas.pixels().get(0)).as("main source elsewhere").isEqualTo(0xFFFF0000);
            assertThat(canvas.pixels().get(11 * FORMAT.width() + 11)).as("overlay").isEqualTo(0xFFFFFFFF);
        }
    }
}
