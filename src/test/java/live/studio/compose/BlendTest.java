package live.studio.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.IntBuffer;
import live.studio.overlay.OverlayBitmap;
import org.junit.jupiter.api.Test;

class BlendTest {

    private static int premultiplied(int alpha, int red, int green, int blue) {
        return alpha << 24 | red * alpha / 255 << 16 | green * alpha / 255 << 8 | blue * alpha / 255;
    }

    @Test
    void div255RoundsExactlyOverTheWholeRange() {
        for (int value = 0; value <= 255 * 255; value++) {
            assertThat(Blend.div255(value)).as("value %d", value).isEqualTo((int) Math.round(value / 255.0));
        }
    }

    @Test
    void sourceOverMatchesThePremultipliedFormulaWithinOneLevel() {
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 100_000; i++) {
            int source = premultiplied(random.nextInt(256), random.nextInt(256), random.nextInt(256), random.nextInt(256));
            int destination = 0xFF000000 | random.nextInt(0x1000000);
            int result = Blend.over(source, destination);
            double inverse = 1 - (source >>> 24) / 255.0;
            for (int shift = 0; shift <= 24; shift += 8) {
                double expected = ((source >>> shift) & 0xFF) + ((destination >>> shift) & 0xFF) * inverse;
                assertThat((double) ((result >>> shift) & 0xFF)).isCloseTo(expected, org.assertj.core.data.Offset.offset(1.0));
            }
        }
    }

    @Test
    void opaqueSourceReplacesAndTransparentSourceKeepsTheCanvas() {
        IntBuffer canvas = IntBuffer.allocate(4 * 4);
        for (int i = 0; i < 16; i++) {
            canvas.put(i, 0xFF102030);
        }
        int[] bitmap = {0xFFFF0000, 0x00000000, 0x80400000, 0xFF00FF00};
        Blend.sourceOver(new OverlayBitmap(2, 2, bitmap), canvas, 4, 4, 1, 1, 256);
        assertThat(canvas.get(1 * 4 + 1)).isEqualTo(0xFFFF0000);
        assertThat(canvas.get(1 * 4 + 2)).isEqualTo(0xFF102030);
        assertThat(canvas.get(2 * 4 + 1)).isEqualTo(Blend.over(0x80400000, 0xFF102030));
        assertThat(canvas.get(2 * 4 + 2)).isEqualTo(0xFF00FF00);
        assertThat(canvas.get(0)).isEqualTo(0xFF102030);
    }

    @Test
    void overlaysPartlyOutsideTheCanvasAreClipped() {
        IntBuffer canvas = IntBuffer.allocate(3 * 3);
        int[] bitmap = new int[4 * 4];
        java.util.Arrays.fill(bitmap, 0xFFFFFFFF);
        Blend.sourceOver(new OverlayBitmap(4, 4, bitmap), canvas, 3, 3, -2, 1, 256);
        assertThat(canvas.get(1 * 3)).isEqualTo(0xFFFFFFFF);
        assertThat(canvas.get(1 * 3 + 1)).isEqualTo(0xFFFFFFFF);
        assertThat(canvas.get(1 * 3 + 2)).isZero();
        assertThat(canvas.get(0)).isZero();
    }

    @Test
    void halfOpacityHalvesEveryPremultipliedChannel() {
        assertThat(Blend.scale(0xFFFF8040, 128)).isEqualTo(0x7F7F4020);
        IntBuffer canvas = IntBuffer.allocate(1);
        canvas.put(0, 0xFF000000);
        Blend.sourceOver(new OverlayBitmap(1, 1, new int[] {0xFFFFFFFF}), canvas, 1, 1, 0, 0, 128);
        assertThat(canvas.get(0) & 0xFF).isBetween(126, 129);
    }

    @Test
    void copyPlacesEachRowAtTheRectangleInAWiderCanvas() {
        IntBuffer canvas = IntBuffer.allocate(5 * 3);
        int[] source = {1, 2, 3, 4};
        Blend.copy(source, canvas, 5, new Rectangle(2, 1, 2, 2));
        assertThat(canvas.get(1 * 5 + 2)).isEqualTo(1);
        assertThat(canvas.get(1 * 5 + 3)).isEqualTo(2);
        assertThat(canvas.get(2 * 5 + 2)).isEqualTo(3);
        assertThat(canvas.get(2 * 5 + 3)).isEqualTo(4);
        assertThat(canvas.get(1 * 5 + 4)).isZero();
    }

    @Test
    void nearestScalingMapsCornersToCorners() {
        int[] source = {1, 2, 3, 4};
        IntBuffer canvas = IntBuffer.allocate(4 * 4);
        Blend.scaleNearest(source, 2, 2, canvas, 4, new Rectangle(0, 0, 4, 4), new int[4]);
        assertThat(canvas.get(0)).isEqualTo(1);
        assertThat(canvas.get(3)).isEqualTo(2);
        assertThat(canvas.get(12)).isEqualTo(3);
        assertThat(canvas.get(15)).isEqualTo(4);
    }

    @Test
    void runsGiveTheSameResultAsBlendingEveryPixel() {
        java.util.Random random = new java.util.Random(11);
        int width = 37;
        int height = 9;
        int[] pixels = new int[width * height];
        for (int i = 0; i < pixels.length; i++) {
            // long runs of each kind, as drawn graphics have: transparent margins, opaque bodies, soft edges
            int kind = (i / 5 + random.nextInt(2)) % 3;
            int alpha = kind == 0 ? 0 : kind == 1 ? 255 : 1 + random.nextInt(254);
            pixels[i] = premultiplied(alpha, random.nextInt(256), random.nextInt(256), random.nextInt(256));
        }
        OverlayBitmap bitmap = new OverlayBitmap(width, height, pixels);
        for (int opacity : new int[] {256, 200, 1}) {
            for (int[] place : new int[][] {{3, 2}, {-5, -1}, {20, 4}}) {
                IntBuffer fast = IntBuffer.allocate(48 * 12);
                IntBuffer reference = IntBuffer.allocate(48 * 12);
                for (int i = 0; i < fast.capacity(); i++) {
                    int background = 0xFF000000 | random.nextInt(0x1000000);
                    fast.put(i, background);
                    reference.put(i, background);
                }
                Blend.sourceOver(bitmap, fast, 48, 2, 1, 40, 11, place[0], place[1], opacity);
                for (int row = 1; row < 11; row++) {
                    for (int column = 2; column < 40; column++) {
                        int bitmapX = column - place[0];
                        int bitmapY = row - place[1];
                        if (bitmapX < 0 || bitmapY < 0 || bitmapX >= width || bitmapY >= height) {
                            continue;
                        }
                        int source = Blend.scale(pixels[bitmapY * width + bitmapX], opacity);
                        int index = row * 48 + column;
                        reference.put(index, source >>> 24 == 0 ? reference.get(index) : Blend.over(source, reference.get(index)));
                    }
                }
                assertThat(fast.array()).as("opacity " + opacity + " at " + place[0] + "," + place[1])
                        .containsExactly(reference.array());
            }
        }
    }
}
