package live.studio.overlay;

import static org.assertj.core.api.Assertions.assertThat;

import live.studio.overlay.OverlayContent.Banner;
import org.junit.jupiter.api.Test;

class BannerTest {

    private static RenderedOverlay banner(Canvas canvas, String text) {
        return OverlayRenderer.create(OverlayLayoutTest.theme("studio"), canvas).render(new Banner(text));
    }

    @Test
    void aFixedBarUnderAStripThatScrollsThroughTheBarsTextArea() {
        RenderedOverlay overlay = banner(new Canvas(1920, 1080), "Free shipping on orders over €50");

        assertThat(overlay.layers()).hasSize(2);
        OverlayLayer bar = overlay.layers().get(0);
        OverlayLayer strip = overlay.layers().get(1);
        assertThat(bar.scroll()).isEmpty();
        assertThat(strip.scroll()).isPresent();
        Region viewport = strip.scroll().get().viewport();
        assertThat(bar.bounds().contains(viewport)).isTrue();
        assertThat(viewport.width()).isGreaterThan(bar.bounds().width() * 3 / 4);
        assertThat(strip.bitmap().height()).isEqualTo(viewport.height());
        assertThat(strip.x()).isEqualTo(viewport.x());
        assertThat(strip.y()).isEqualTo(viewport.y());
        assertThat(Pixels.opaque(strip.bitmap())).isGreaterThan(100);
    }

    @Test
    void theSpeedScalesWithTheCanvas() {
        assertThat(banner(new Canvas(1920, 1080), "x").layers().get(1).scroll().get().pixelsPerSecond()).isEqualTo(120);
        assertThat(banner(new Canvas(1280, 720), "x").layers().get(1).scroll().get().pixelsPerSecond()).isEqualTo(80);
        assertThat(banner(new Canvas(1080, 1920), "x").layers().get(1).scroll().get().pixelsPerSecond()).isEqualTo(120);
    }

    @Test
    void theStripHoldsTheTextOnceThenAGapAndIsNeverNarrowerThanItsWindow() {
        Canvas canvas = new Canvas(1920, 1080);
        OverlayLayer shortText = banner(canvas, "Hi").layers().get(1);
        OverlayLayer longText = banner(canvas, "New arrivals every Friday • ".repeat(8)).layers().get(1);
        OverlayLayer longer = banner(canvas, "New arrivals every Friday • ".repeat(9)).layers().get(1);

        int viewport = shortText.scroll().get().viewport().width();
        assertThat(shortText.bitmap().width()).isEqualTo(viewport);
        assertThat(longText.bitmap().width()).isGreaterThan(viewport);
        int periodGrowth = longer.bitmap().width() - longText.bitmap().width();
        assertThat(periodGrowth).as("one more phrase, once").isBetween(250, 450);
        // the gap: the strip's last pixels column-wise hold no text, so the wrap joins cleanly
        OverlayBitmap bitmap = longText.bitmap();
        int emptyTail = 0;
        for (int x = bitmap.width() - 1; x >= 0 && columnEmpty(bitmap, x); x--) {
            emptyTail++;
        }
        assertThat(emptyTail).isGreaterThan(20);
    }

    @Test
    void aHugeTextMakesABoundedStrip() {
        OverlayLayer strip = banner(new Canvas(1920, 1080), "W".repeat(100_000)).layers().get(1);

        assertThat(strip.bitmap().width()).isLessThan(20_000);
    }

    private static boolean columnEmpty(OverlayBitmap bitmap, int x) {
        for (int y = 0; y < bitmap.height(); y++) {
            if (bitmap.pixels()[y * bitmap.width() + x] != 0) {
                return false;
            }
        }
        return true;
    }
}
