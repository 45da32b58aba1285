package live.studio.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.IntBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import live.studio.overlay.AnimatedOverlay;
import live.studio.overlay.Entrance;
import live.studio.overlay.MotionStyle;
import live.studio.overlay.OverlayBitmap;
import live.studio.overlay.OverlayLayer;
import live.studio.overlay.OverlaySlot;
import live.studio.overlay.Pulse;
import live.studio.overlay.Region;
import live.studio.overlay.RenderedOverlay;
import live.studio.overlay.Scroll;
import org.junit.jupiter.api.Test;

class OverlayMotionTest {
    private static final long MS = 1_000_000L;
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 720;

    private static AnimatedOverlay card(MotionStyle style, int durationMs) {
        int[] pixels = new int[100 * 50];
        Arrays.fill(pixels, 0xFFFFFFFF);
        OverlayLayer layer = OverlayLayer.fixed(new OverlayBitmap(100, 50, pixels), 1000, 600);
        return AnimatedOverlay.shownAt(new RenderedOverlay(OverlaySlot.PRODUCT_CARD, List.of(layer),
                new Entrance(style, durationMs)), 1_000 * MS);
    }

    @Test
    void notDrawnBeforeItIsShown() {
        assertThat(OverlayMotion.at(card(MotionStyle.FADE, 300), 999 * MS, WIDTH, HEIGHT).opacity()).isZero();
    }

    @Test
    void fadeRisesAndEasesOutThenRests() {
        AnimatedOverlay overlay = card(MotionStyle.FADE, 300);
        int first = OverlayMotion.at(overlay, 1_033 * MS, WIDTH, HEIGHT).opacity();
        int middle = OverlayMotion.at(overlay, 1_150 * MS, WIDTH, HEIGHT).opacity();
        assertThat(first).as("visible from the first frame").isBetween(40, 120);
        assertThat(middle).as("ease-out: past half way at half time").isGreaterThan(200);
        assertThat(OverlayMotion.at(overlay, 1_300 * MS, WIDTH, HEIGHT)).isEqualTo(OverlayMotion.Pose.AT_REST);
    }

    @Test
    void slideFromRightStartsBeyondTheCanvasEdge() {
        AnimatedOverlay overlay = card(MotionStyle.SLIDE_FROM_RIGHT, 400);
        OverlayMotion.Pose start = OverlayMotion.at(overlay, 1_000 * MS, WIDTH, HEIGHT);
        assertThat(1000 + start.offsetX()).as("left edge at the canvas edge").isEqualTo(WIDTH);
        assertThat(start.opacity()).as("slides are opaque").isEqualTo(256);
        OverlayMotion.Pose middle = OverlayMotion.at(overlay, 1_200 * MS, WIDTH, HEIGHT);
        assertThat(middle.offsetX()).isBetween(1, 280 / 4);
        assertThat(middle.offsetY()).isZero();
        assertThat(middle.opacity()).isEqualTo(256);
    }

    @Test
    void slideFromBottomAndFromLeftMoveTheOtherWays() {
        assertThat(OverlayMotion.at(card(MotionStyle.SLIDE_FROM_BOTTOM, 400), 1_000 * MS, WIDTH, HEIGHT).offsetY())
                .isEqualTo(HEIGHT - 600);
        assertThat(OverlayMotion.at(card(MotionStyle.SLIDE_FROM_LEFT, 400), 1_000 * MS, WIDTH, HEIGHT).offsetX())
                .isEqualTo(-1100);
    }

    @Test
    void exitPlaysThenTheGraphicIsGone() {
        AnimatedOverlay overlay = card(MotionStyle.FADE, 300).hiddenAt(5_000 * MS);
        assertThat(OverlayMotion.at(overlay, 4_999 * MS, WIDTH, HEIGHT).opacity()).isEqualTo(256);
        int leaving = OverlayMotion.at(overlay, 5_150 * MS, WIDTH, HEIGHT).opacity();
        assertThat(leaving).isBetween(100, 250);
        assertThat(OverlayMotion.at(overlay, 5_300 * MS, WIDTH, HEIGHT).opacity()).isZero();
        assertThat(overlay.goneAt(5_300 * MS)).isTrue();
    }

    @Test
    void hiddenDuringItsEntranceLeavesFromWhereItWas() {
        AnimatedOverlay overlay = card(MotionStyle.FADE, 300).hiddenAt(1_100 * MS);
        int atHide = OverlayMotion.at(overlay, 1_100 * MS, WIDTH, HEIGHT).opacity();
        int after = OverlayMotion.at(overlay, 1_200 * MS, WIDTH, HEIGHT).opacity();
        assertThat(after).isLessThan(atHide);
    }

    @Test
    void pulseDimsMidSecondAndIsFullOnTheSecond() {
        AnimatedOverlay overlay = card(MotionStyle.FADE, 0).withPulse(Pulse.EVERY_SECOND);
        assertThat(OverlayMotion.at(overlay, 3_000 * MS, WIDTH, HEIGHT).opacity()).isEqualTo(256);
        assertThat(OverlayMotion.at(overlay, 3_500 * MS, WIDTH, HEIGHT).opacity()).isBetween(110, 120);
    }

    @Test
    void scrollingLayerWrapsInsideItsViewport() {
        int stripWidth = 200;
        int[] strip = new int[stripWidth * 10];
        for (int y = 0; y < 10; y++) {
            for (int x = 0; x < stripWidth; x++) {
                strip[y * stripWidth + x] = x < 100 ? 0xFFFF0000 : 0xFF00FF00;
            }
        }
        Region viewport = new Region(100, 50, 300, 10);
        OverlayLayer ticker = new OverlayLayer(new OverlayBitmap(stripWidth, 10, strip), 100, 50,
                Optional.of(new Scroll(viewport, 100)));
        AnimatedOverlay overlay = AnimatedOverlay.shownAt(
                new RenderedOverlay(OverlaySlot.BANNER, List.of(ticker), Entrance.NONE), 0);
        assertThat(OverlayMotion.scrollOffset(overlay, 100, stripWidth, 500 * MS)).isEqualTo(50);
        assertThat(OverlayMotion.scrollOffset(overlay, 100, stripWidth, 2_500 * MS)).isEqualTo(50);

        int canvasWidth = 640;
                try (Compositor compositor = new Compositor(new live.studio.media.VideoFormat(canvasWidth, 180, 30),
                live.studio.media.MediaClock.start());
             live.studio.media.ProgramFrame frame = new live.studio.media.ProgramFrame(canvasWidth, 180)) {
            compositor.setOverlays(List.of(overlay));
            compositor.compose(frame, 500 * MS); // shifted 50 px: red for 50 px, then green 100, red 100, green 50
            IntBuffer pixels = frame.pixels();
            int row = 55 * canvasWidth;
            assertThat(pixels.get(row + 99)).as("left of the viewport untouched").isEqualTo(0xFF000000);
            assertThat(pixels.get(row + 100)).isEqualTo(0xFFFF0000);
            assertThat(pixels.get(row + 149)).isEqualTo(0xFFFF0000);
            assertThat(pixels.get(row + 150)).isEqualTo(0xFF00FF00);
            assertThat(pixels.get(row + 250)).isEqualTo(0xFFFF0000);
            assertThat(pixels.get(row + 399)).isEqualTo(0xFF00FF00);
            assertThat(pixels.get(row + 400)).as("right of the viewport untouched").isEqualTo(0xFF000000);
        }
    }
}
