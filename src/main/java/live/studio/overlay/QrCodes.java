package live.studio.overlay;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Optional;

/**
 * QR codes of buy links, drawn crisp: whole pixels per module, no smoothing, dark on white with a quiet zone, so a
 * phone reads them off a compressed stream.
 */
final class QrCodes {

    /** A link longer than this makes modules too small to read off a stream. */
    static final int MAX_URL_LENGTH = 300;
    /** The white margin the QR standard asks for, in modules. */
    static final int QUIET_ZONE_MODULES = 4;

    private QrCodes() {
    }

    /** The modules of {@code url} (error correction M), or empty when it is not an http(s) link a viewer can open. */
    static Optional<BitMatrix> encode(String url) {
        if (url == null || url.isEmpty() || url.length() > MAX_URL_LENGTH) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))
                    || uri.getHost() == null) {
                return Optional.empty();
            }
            return Optional.of(new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.MARGIN, 0,
                    EncodeHintType.CHARACTER_SET, "UTF-8")));
        } catch (URISyntaxException | WriterException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whole pixels per module for a code of {@code modules} (quiet zone excluded) within {@code sidePixels}. */
    static int moduleSize(int modules, int sidePixels) {
        return Math.max(1, sidePixels / (modules + 2 * QUIET_ZONE_MODULES));
    }

    /**
     * Draws the code with its quiet zone in the top right of the square at ({@code x}, {@code y}) of
     * {@code sidePixels} in device pixels ({@code g} has no scaling); returns the side actually drawn.
     */
    static int draw(Graphics2D g, BitMatrix matrix, int x, int y, int sidePixels) {
        int modules = matrix.getWidth();
        int module = moduleSize(modules, sidePixels);
        int side = module * (modules + 2 * QUIET_ZONE_MODULES);
        int left = x + sidePixels - side;
        int top = y;
        Object antialiasing = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        g.setColor(Color.WHITE);
        g.fillRect(left, top, side, side);
        g.setColor(new Color(0x11, 0x11, 0x11));
        int origin = QUIET_ZONE_MODULES * module;
        for (int row = 0; row < modules; row++) {
            int run = -1;
            for (int column = 0; column <= modules; column++) {
                boolean dark = column < modules && matrix.get(column, row);
                if (dark && run < 0) {
                    run = column;
                } else if (!dark && run >= 0) {
                    g.fillRect(left + origin + run * module, top + origin + row * module, (column - run) * module, module);
                    run = -1;
                }
            }
        }
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, antialiasing);
        return side;
    }
}
