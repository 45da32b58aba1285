package live.studio.capture;

import static live.studio.capture.TestMedia.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import live.studio.media.MediaClock;
import live.studio.media.VideoFrame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StillImageSourceTest {
    @TempDir
    Path directory;

    private Path redGreenPng() throws Exception {
        BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 100; y++) {
            for (int x = 0; x < 200; x++) {
                image.setRGB(x, y, x < 100 ? 0xFF0000 : 0x00FF00);
            }
        }
        Path png = directory.resolve("card.png");
        ImageIO.write(image, "png", png.toFile());
        return png;
    }

    @Test
    void pngIsLetterboxedIntoTheRequestedSize() throws Exception {
        try (StillImageSource source = new StillImageSource(redGreenPng())) {
            source.start(MediaClock.start(), 400, 400);

            VideoFrame frame = source.latest();
            assertThat(frame.width()).isEqualTo(400);
            assertThat(frame.height()).isEqualTo(400);
            int[] pixels = frame.pixels();
            // 200x100 fits as 400x200: 100 rows of opaque black above and below
            assertThat(pixels[0]).isEqualTo(0xFF000000);
            assertThat(pixels[99 * 400 + 200]).isEqualTo(0xFF000000);
            assertThat(pixels[300 * 400 + 200]).isEqualTo(0xFF000000);
            assertThat(pixels[399 * 400 + 399]).isEqualTo(0xFF000000);
            assertThat(pixels[100 * 400 + 10]).isEqualTo(0xFFFF0000);
            assertThat(pixels[200 * 400 + 150]).isEqualTo(0xFFFF0000);
            assertThat(pixels[200 * 400 + 250]).isEqualTo(0xFF00FF00);
            assertThat(pixels[299 * 400 + 390]).isEqualTo(0xFF00FF00);
        }
    }

    @Test
    void resizeDrawsThePictureAgainAtTheNewSize() throws Exception {
        try (StillImageSource source = new StillImageSource(redGreenPng())) {
            source.start(MediaClock.start(), 400, 400);

            source.resize(100, 200);

            assertThat(eventually(() -> source.latest().hasSize(100, 200))).isTrue();
            int[] pixels = source.latest().pixels();
            // fits as 100x50 between 75 rows of bars
            assertThat(pixels[74 * 100 + 50]).isEqualTo(0xFF000000);
            assertThat(pixels[100 * 100 + 10]).isEqualTo(0xFFFF0000);
            assertThat(pixels[100 * 100 + 90]).isEqualTo(0xFF00FF00);
            assertThat(pixels[125 * 100 + 50]).isEqualTo(0xFF000000);
        }
    }

    @Test
    void transparentPixelsStayPremultiplied() throws Exception {
        BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_ARGB);
        java.util.Arrays.fill(((java.awt.image.DataBufferInt) image.getRaster().getDataBuffer()).getData(), 0x80FF0000);
        Path png = directory.resolve("half.png");
        ImageIO.write(image, "png", png.toFile());
        try (StillImageSource source = new StillImageSource(png)) {
            source.start(MediaClock.start(), 2, 2);

            int pixel = source.latest().pixels()[0];
            // half-transparent red over the black fill: src-over gives opaque dark red
            assertThat(TestMedia.alpha(pixel)).isEqualTo(0xFF);
            assertThat(TestMedia.red(pixel)).isBetween(0x7F, 0x81);
        }
    }

    @Test
    void imageWiderThan16384PixelsIsRejectedBeforeDecoding() throws Exception {
        Path wide = directory.resolve("banner.png");
        ImageIO.write(new BufferedImage(16_385, 1, BufferedImage.TYPE_BYTE_GRAY), "png", wide.toFile());

        assertThatThrownBy(() -> new StillImageSource(wide).start(MediaClock.start(), 320, 180))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("image '" + wide + "' is 16385x1 pixels, more than 16384 pixels per side")
                .hasMessageContaining("scale it down");
    }

    @Test
    void fileLargerThan50MegabytesIsRejectedBeforeDecoding() throws Exception {
        Path huge = directory.resolve("huge.jpg");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(51L * 1024 * 1024); // sparse: no disk space used
        }

        assertThatThrownBy(() -> new StillImageSource(huge).start(MediaClock.start(), 320, 180))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("image '" + huge + "' is 51 MB, more than the 50 MB allowed");
    }

    @Test
    void corruptAndUnknownFilesSayWhatIsWrong() throws Exception {
        Path truncated = directory.resolve("truncated.png");
        byte[] png = Files.readAllBytes(redGreenPng());
        Files.write(truncated, java.util.Arrays.copyOf(png, 60));
        Path text = Files.writeString(directory.resolve("notes.png"), "not a picture at all");

        assertThatThrownBy(() -> new StillImageSource(truncated).start(MediaClock.start(), 320, 180))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("image '" + truncated + "' is damaged or cannot be decoded");
        assertThatThrownBy(() -> new StillImageSource(text).start(MediaClock.start(), 320, 180))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("image '" + text + "' is not a PNG or JPEG picture");
    }

    @Test
    void missingImageIsNamed() {
        Path missing = directory.resolve("missing.png");

        assertThatThrownBy(() -> new StillImageSource(missing).start(MediaClock.start(), 320, 180))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("image '" + missing + "' not found");
    }
}
