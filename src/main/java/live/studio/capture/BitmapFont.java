package live.studio.capture;

/**
 * A 5×7 pixel font for the test pattern's burned-in counters. Built in, so the test source needs no installed fonts
 * and draws the same pixels on every machine; each font pixel becomes a {@code scale × scale} block.
 */
final class BitmapFont {
    static final int GLYPH_WIDTH = 5;
    static final int GLYPH_HEIGHT = 7;
    /** Glyph advance in font pixels, one column of spacing included. */
    static final int ADVANCE = GLYPH_WIDTH + 1;

    private static final String CHARACTERS = "0123456789:-. FRAMEUTCZ+";
    private static final String[] ROWS = {
        "01110100011001110101110011000101110", // 0
        "00100011000010000100001000010001110", // 1
        "01110100010000100010001000100011111", // 2
        "11111000100010000010000011000101110", // 3
        "00010001100101010010111110001000010", // 4
        "11111100001111000001000011000101110", // 5
        "00110010001000011110100011000101110", // 6
        "11111000010001000100010000100001000", // 7
        "01110100011000101110100011000101110", // 8
        "01110100011000101111000010001001100", // 9
        "00000011000110000000011000110000000", // :
        "00000000000000011111000000000000000", // -
        "00000000000000000000000000110001100", // .
        "00000000000000000000000000000000000", // space
        "11111100001000011110100001000010000", // F
        "11110100011000111110101001001010001", // R
        "01110100011000111111100011000110001", // A
        "10001110111010110101100011000110001", // M
        "11111100001000011110100001000011111", // E
        "10001100011000110001100011000101110", // U
        "11111001000010000100001000010000100", // T
        "01110100011000010000100001000101110", // C
        "11111000010001000100010001000011111", // Z
        "00000001000010011111001000010000000", // +
    };

    private BitmapFont() {
    }

    static int textWidth(String text, int scale) {
        return text.length() * ADVANCE * scale;
    }

    /** Draws {@code text} in opaque {@code argb} at ({@code x}, {@code y}), clipped to the canvas. */
    static void draw(int[] canvas, int canvasWidth, int canvasHeight, String text, int x, int y, int scale, int argb) {
        for (int index = 0; index < text.length(); index++) {
            int glyph = CHARACTERS.indexOf(Character.toUpperCase(text.charAt(index)));
            if (glyph < 0) {
                continue;
            }
            String bits = ROWS[glyph];
            int glyphX = x + index * ADVANCE * scale;
            for (int row = 0; row < GLYPH_HEIGHT; row++) {
                for (int column = 0; column < GLYPH_WIDTH; column++) {
                    if (bits.charAt(row * GLYPH_WIDTH + column) == '1') {
                        fillBlock(canvas, canvasWidth, canvasHeight, glyphX + column * scale, y + row * scale, scale, argb);
                    }
                }
            }
        }
    }

    private static void fillBlock(int[] canvas, int canvasWidth, int canvasHeight, int x, int y, int size, int argb) {
        int left = Math.max(0, x);
        int right = Math.min(canvasWidth, x + size);
        int top = Math.max(0, y);
        int bottom = Math.min(canvasHeight, y + size);
        for (int row = top; row < bottom; row++) {
            int offset = row * canvasWidth;
            java.util.Arrays.fill(canvas, offset + left, offset + right, argb);
        }
    }
}
