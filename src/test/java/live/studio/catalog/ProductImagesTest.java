package live.studio.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProductImagesTest {
    @TempDir
    Path folder;

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    /** A picture with a left half red and a right half blue, so scaling and colour survive can be checked. */
    private static BufferedImage halves(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 2, height);
        g.setColor(Color.BLUE);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        return image;
    }

    private static void assertPlaceholderWithWarning(LoadedImage loaded, Path file, String messagePart) {
        assertThat(loaded.placeholder()).isTrue();
        assertThat(loaded.image().getType()).isEqualTo(BufferedImage.TYPE_INT_ARGB_PRE);
        assertThat(loaded.image().getWidth()).isEqualTo(ProductImages.PLACEHOLDER_SIDE_PIXELS);
        assertThat(loaded.warning()).hasValueSatisfying(warning -> {
            assertThat(warning.severity()).isEqualTo(ProblemSeverity.WARNING);
            assertThat(warning.file()).isEqualTo(file);
            assertThat(warning.field()).isEqualTo("image");
            assertThat(warning.message()).contains(messagePart).endsWith("a placeholder is shown");
        });
    }

    @Test
    void goodPictureIsLoadedPremultipliedAtItsSize() throws IOException {
        Path file = folder.resolve("good.png");
        Files.write(file, png(halves(300, 200)));

        LoadedImage loaded = ProductImages.load(file);

        assertThat(loaded.placeholder()).isFalse();
        assertThat(loaded.warning()).isEmpty();
        assertThat(loaded.image().getType()).isEqualTo(BufferedImage.TYPE_INT_ARGB_PRE);
        assertThat(loaded.image().getWidth()).isEqualTo(300);
        assertThat(loaded.image().getHeight()).isEqualTo(200);
        assertThat(loaded.image().getRGB(10, 100)).isEqualTo(0xFFFF0000);
        assertThat(loaded.image().getRGB(290, 100)).isEqualTo(0xFF0000FF);
    }

    @Test
    void largePictureIsScaledDownSmoothlyTo1024() throws IOException {
        Path file = folder.resolve("large.jpg");
        ImageIO.write(halves(6000, 3000), "jpg", file.toFile());

        LoadedImage loaded = ProductImages.load(file);

        assertThat(loaded.placeholder()).isFalse();
        assertThat(loaded.image().getWidth()).isEqualTo(1024);
        assertThat(loaded.image().getHeight()).isEqualTo(512);
        Color left = new Color(loaded.image().getRGB(200, 256));
        Color right = new Color(loaded.image().getRGB(800, 256));
        assertThat(left.getRed()).isGreaterThan(240);
        assertThat(left.getBlue()).isLessThan(20);
        assertThat(right.getBlue()).isGreaterThan(240);
    }

    @Test
    void scalingAveragesFineDetailInsteadOfDroppingIt() throws IOException {
        // one-pixel black and white columns: a smooth reduction gives grey, skipping pixels gives black or white
        BufferedImage stripes = new BufferedImage(3000, 2000, BufferedImage.TYPE_BYTE_GRAY);
        for (int x = 0; x < 3000; x += 2) {
            for (int y = 0; y < 2000; y++) {
                stripes.getRaster().setSample(x, y, 0, 255);
            }
        }
        Path file = folder.resolve("stripes.png");
        ImageIO.write(stripes, "png", file.toFile());

        LoadedImage loaded = ProductImages.load(file);

        assertThat(loaded.image().getWidth()).isEqualTo(1024);
        assertThat(loaded.image().getHeight()).isEqualTo(683);
        for (int x = 100; x < 900; x += 97) {
            assertThat(new Color(loaded.image().getRGB(x, 300)).getGreen()).as("x=" + x).isBetween(100, 155);
        }
    }

    @Test
    void truncatedPngGivesThePlaceholder() throws IOException {
        byte[] whole = png(halves(400, 400));
        Path file = folder.resolve("truncated.png");
        Files.write(file, Arrays.copyOf(whole, whole.length / 2));

        assertPlaceholderWithWarning(ProductImages.load(file), file, "the picture cannot be decoded");
    }

    @Test
    void textFileNamedPngGivesThePlaceholder() throws IOException {
        Path file = folder.resolve("notes.png");
        Files.writeString(file, "this is not a picture\n");

        assertPlaceholderWithWarning(ProductImages.load(file), file, "not a picture the studio can read");
    }

    @Test
    void headerClaiming50000PixelsIsRefusedBeforeDecoding() throws IOException {
        // A valid 1x1 PNG whose header (IHDR) is rewritten to 50000x50000, with its checksum fixed: a decoder that
        // trusted it would allocate 10 GB.
        byte[] bytes = png(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB));
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        int headerData = 16; // 8-byte signature, 4-byte length, "IHDR"
        buffer.putInt(headerData, 50_000).putInt(headerData + 4, 50_000);
        CRC32 crc = new CRC32();
        crc.update(bytes, 12, 4 + 13);
        buffer.putInt(headerData + 13, (int) crc.getValue());
        Path file = folder.resolve("bomb.png");
        Files.write(file, bytes);

        LoadedImage loaded = ProductImages.load(file);

        assertPlaceholderWithWarning(loaded, file, "the picture is 50000x50000 pixels, more than 8000x8000");
    }

    @Test
    void fileOverTheSizeLimitIsRefusedWithoutReadingIt() throws IOException {
        Path file = folder.resolve("huge.png");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.write(png(halves(8, 8)));
            sparse.setLength(ProductImages.MAX_FILE_BYTES + 1);
        }

        assertPlaceholderWithWarning(ProductImages.load(file), file, "the picture is 20.0 MB, more than the 20 MB allowed");
    }

    @Test
    void missingFileAndFolderGiveThePlaceholder() {
        Path missing = folder.resolve("missing.png");
        assertPlaceholderWithWarning(ProductImages.load(missing), missing, "does not exist");
        assertPlaceholderWithWarning(ProductImages.load(folder), folder, "not a picture file");
    }

    @Test
    void truncatedJpegIsKeptWithAWarning() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(halves(400, 400), "jpg", bytes);
        byte[] whole = bytes.toByteArray();
        Path file = folder.resolve("cut.jpg");
        Files.write(file, Arrays.copyOf(whole, whole.length * 2 / 3));

        LoadedImage loaded = ProductImages.load(file);

        // JPEG decodes what it has: the top of the picture is there, the warning says it is damaged
        assertThat(loaded.placeholder()).isFalse();
        assertThat(new Color(loaded.image().getRGB(10, 10)).getRed()).isGreaterThan(240);
        assertThat(loaded.warning()).hasValueSatisfying(warning -> assertThat(warning.message())
                .startsWith("the picture is damaged (").endsWith("and may look incomplete: save it again"));
    }

    @Test
    void placeholderIsANeutralPictogramOnAnOpaqueCard() {
        BufferedImage placeholder = ProductImages.placeholder();

        assertThat(placeholder.getType()).isEqualTo(BufferedImage.TYPE_INT_ARGB_PRE);
        int corner = placeholder.getRGB(2, 2);
        int centre = placeholder.getRGB(256, 256);
        assertThat(corner >>> 24).isEqualTo(255);
        Color cornerColour = new Color(corner);
        // neutral: no channel far from the others
        assertThat(Math.abs(cornerColour.getRed() - cornerColour.getBlue())).isLessThan(24);
        // the pictogram is drawn: the middle differs from the plain background
        assertThat(centre).isNotEqualTo(corner);
    }
}
