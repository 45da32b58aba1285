package live.studio.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import live.studio.media.VideoFrame;
import org.junit.jupiter.api.Test;

class FrameGeometryTest {

    @Test
    void widePictureFitsWithBarsAboveAndBelow() {
        assertThat(new PictureSize(640, 360).fittedInto(new PictureSize(320, 240))).isEqualTo(new PictureSize(320, 180));
        assertThat(new PictureSize(1920, 1080).fittedInto(new PictureSize(1080, 1920))).isEqualTo(new PictureSize(1080, 608));
    }

    @Test
    void tallPictureFitsWithBarsLeftAndRight() {
        assertThat(new PictureSize(100, 200).fittedInto(new PictureSize(400, 400))).isEqualTo(new PictureSize(200, 400));
        assertThat(new PictureSize(1366, 768).fittedInto(new PictureSize(1366, 768))).isEqualTo(new PictureSize(1366, 768));
    }

    @Test
    void paddedBgraRowsOf1366PixelsAreCopiedWithoutTheirPadding() {
        int width = 1366;
        int height = 768;
        int strideBytes = 5504; // FFmpeg pads 5464 bytes of pixels to a multiple of 64
        ByteBuffer bgra = ByteBuffer.allocateDirect(strideBytes * height).order(ByteOrder.LITTLE_ENDIAN);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < strideBytes / 4; x++) {
                // left of x=683 red, right blue; the padding garbage green, alpha zero as x11grab's bgr0 leaves it
                int argb = x >= width ? 0x0000FF00 : x < 683 ? 0x00FF0000 : 0x000000FF;
                bgra.putInt(y * strideBytes + x * 4, argb);
            }
        }
        VideoFrame frame = new VideoFrame(width, height);

        BgraCopier.copyCentred(bgra, width, height, strideBytes, frame);

        int[] pixels = frame.pixels();
        for (int y : new int[] {0, 1, 400, height - 1}) {
            assertThat(pixels[y * width]).as("row %d left edge", y).isEqualTo(0xFFFF0000);
            assertThat(pixels[y * width + 682]).as("row %d last red", y).isEqualTo(0xFFFF0000);
            assertThat(pixels[y * width + 683]).as("row %d first blue", y).isEqualTo(0xFF0000FF);
            assertThat(pixels[y * width + width - 1]).as("row %d right edge", y).isEqualTo(0xFF0000FF);
        }
    }

    @Test
    void smallerPictureIsCentredWithOpaqueBlackBars() {
        ByteBuffer bgra = ByteBuffer.allocateDirect(4 * 4 * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < 8; i++) {
            bgra.putInt(i * 4, 0xFFFFFFFF);
        }
        VideoFrame frame = new VideoFrame(4, 4);
        java.util.Arrays.fill(frame.pixels(), 0x12345678); // an older picture in the reused buffer

        BgraCopier.copyCentred(bgra, 4, 2, 16, frame);

        assertThat(frame.pixels()).containsExactly(
                0xFF000000, 0xFF000000, 0xFF000000, 0xFF000000,
                0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF,
                0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF,
                0xFF000000, 0xFF000000, 0xFF000000, 0xFF000000);
    }
}
