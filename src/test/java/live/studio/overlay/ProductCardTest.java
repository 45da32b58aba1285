package live.studio.overlay;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import live.studio.overlay.OverlayContent.ProductCard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ProductCardTest {

    private static final int QR_DARK = 0xFF111111;
    private static final int QR_LIGHT = 0xFFFFFFFF;

    static Stream<Arguments> themesAndCanvases() {
        List<Arguments> cases = new ArrayList<>();
        for (String theme : List.of("studio", "boutique")) {
            for (Canvas canvas : OverlayLayoutTest.CANVASES) {
                cases.add(Arguments.of(theme, canvas));
            }
        }
        return cases.stream();
    }

    static ProductCard card(StockLevel level, int quantity, Optional<BufferedImage> image) {
        return new ProductCard("Glow Serum", "€34.90", Optional.of("€49.90"), level, quantity, image,
                Optional.of(Contents.BUY_URL), Optional.of("shop.example.com/p12"), "12", Optional.of("−30 %"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("themesAndCanvases")
    void theQrCodeOnTheCardReadsBackAsTheBuyLink(String theme, Canvas canvas) throws NotFoundException {
        OverlayRenderer renderer = OverlayLayoutTest.renderer(theme, canvas);
        OverlayBitmap bitmap = renderer.render(card(StockLevel.IN_STOCK, 20, Optional.of(DemoPictures.product())))
                .layers().getFirst().bitmap();

        Result result = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(bitmap.width(), bitmap.height(), bitmap.pixels()))), Map.of(
                        DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE),
                        DecodeHintType.TRY_HARDER, Boolean.TRUE));

        assertThat(result.getText()).isEqualTo(Contents.BUY_URL);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("themesAndCanvases")
    void theQrCodeIsCrispWholePixelModules(String theme, Canvas canvas) {
        OverlayBitmap bitmap = OverlayLayoutTest.renderer(theme, canvas)
                .render(card(StockLevel.IN_STOCK, 20, Optional.empty())).layers().getFirst().bitmap();
        int left = Integer.MAX_VALUE;
        int top = Integer.MAX_VALUE;
        int right = -1;
        int bottom = -1;
        for (int y = 0; y < bitmap.height(); y++) {
            for (int x = 0; x < bitmap.width(); x++) {
                if (bitmap.pixels()[y * bitmap.width() + x] == QR_DARK) {
                    left = Math.min(left, x);
                    top = Math.min(top, y);
                    right = Math.max(right, x);
                    bottom = Math.max(bottom, y);
                }
            }
        }
        assertThat(right).as("a QR code is drawn").isPositive();
        assertThat(right - left).isEqualTo(bottom - top);
        int blended = 0;
        for (int y = top; y <= bottom; y++) {
            for (int x = left; x <= right; x++) {
                int pixel = bitmap.pixels()[y * bitmap.width() + x];
                if (pixel != QR_DARK && pixel != QR_LIGHT) {
                    blended++;
                }
            }
        }
        assertThat(blended).as("pixels neither module colour inside the code").isZero();
        int modules = QrCodes.encode(Contents.BUY_URL).orElseThrow().getWidth();
        assertThat((right - left + 1) % modules).as("whole pixels per module").isZero();
    }

    @Test
    void onlyWebLinksBecomeQrCodes() {
        assertThat(QrCodes.encode(Contents.BUY_URL)).isPresent();
        assertThat(QrCodes.encode("javascript:alert(1)")).isEmpty();
        assertThat(QrCodes.encode("file:///etc/passwd")).isEmpty();
        assertThat(QrCodes.encode("https://shop.example.com/" + "x".repeat(400))).isEmpty();
        assertThat(QrCodes.encode("not a url at all")).isEmpty();
        assertThat(QrCodes.encode(null)).isEmpty();
    }

    @Test
    void stockLevelsLookDifferent() {
        OverlayRenderer renderer = OverlayRenderer.create(OverlayLayoutTest.theme("studio"), new Canvas(1920, 1080));
        Optional<BufferedImage> picture = Optional.of(DemoPictures.product());

        OverlayBitmap inStock = renderer.render(card(StockLevel.IN_STOCK, 20, picture)).layers().getFirst().bitmap();
        OverlayBitmap low = renderer.render(card(StockLevel.LOW, 2, picture)).layers().getFirst().bitmap();
        OverlayBitmap soldOut = renderer.render(card(StockLevel.SOLD_OUT, 0, picture)).layers().getFirst().bitmap();

        assertThat(Pixels.differences(inStock, low)).as("'Only 2 left'").isGreaterThan(500);
        assertThat(Pixels.differences(inStock, soldOut)).as("the sold-out stamp").isGreaterThan(5_000);
    }

    @Test
    void anyPictureOrNoneDrawsWithoutFailing() {
        OverlayRenderer renderer = OverlayRenderer.create(OverlayLayoutTest.theme("boutique"), new Canvas(1280, 720));
        List<BufferedImage> pictures = List.of(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB),
                new BufferedImage(3000, 40, BufferedImage.TYPE_BYTE_GRAY),
                new BufferedImage(40, 3000, BufferedImage.TYPE_USHORT_GRAY),
                new BufferedImage(300, 300, BufferedImage.TYPE_BYTE_BINARY),
                new BufferedImage(500, 400, BufferedImage.TYPE_4BYTE_ABGR));
        OverlayBitmap none = renderer.render(card(StockLevel.IN_STOCK, 9, Optional.empty())).layers().getFirst().bitmap();

        for (BufferedImage picture : pictures) {
            RenderedOverlay overlay = renderer.render(card(StockLevel.IN_STOCK, 9, Optional.of(picture)));
            assertThat(overlay.bounds()).isEqualTo(renderer.region(OverlaySlot.PRODUCT_CARD));
        }
        OverlayBitmap placeholder = none;
        OverlayBitmap photo = renderer.render(card(StockLevel.IN_STOCK, 9, Optional.of(DemoPictures.product())))
                .layers().getFirst().bitmap();
        assertThat(Pixels.differences(placeholder, photo)).as("the placeholder is not the photo").isGreaterThan(5_000);
        assertThat(Pixels.opaque(placeholder)).isGreaterThan(10_000);
    }

    @Test
    void aShortCodeReadsWithItsHash() {
        assertThat(Captions.shortCode("12")).isEqualTo("#12");
        assertThat(Captions.shortCode("#12")).isEqualTo("#12");
        assertThat(Captions.shortCode(" ")).isEmpty();
        assertThat(Captions.shortCode(null)).isEmpty();
    }
}
