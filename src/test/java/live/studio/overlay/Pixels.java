package live.studio.overlay;

/** Looking at rendered bitmaps in tests. */
final class Pixels {

    private Pixels() {
    }

    /** Pixels at least three-quarters opaque (a glass surface is not quite opaque). */
    static int opaque(OverlayBitmap bitmap) {
        int count = 0;
        for (int pixel : bitmap.pixels()) {
            if (pixel >>> 24 >= 0xC0) {
                count++;
            }
        }
        return count;
    }

    /** Premultiplied: no colour channel exceeds the alpha. */
    static boolean isPremultiplied(OverlayBitmap bitmap) {
        for (int pixel : bitmap.pixels()) {
            int alpha = pixel >>> 24;
            if (((pixel >> 16) & 0xFF) > alpha || ((pixel >> 8) & 0xFF) > alpha || (pixel & 0xFF) > alpha) {
                return false;
            }
        }
        return true;
    }

    /** Pixels that differ within {@code border} of the bitmaps' edges (both the same size). */
    static int differencesOutside(OverlayBitmap a, OverlayBitmap b, int border) {
        int count = 0;
        for (int y = 0; y < a.height(); y++) {
            for (int x = 0; x < a.width(); x++) {
                boolean edge = x < border || y < border || x >= a.width() - border || y >= a.height() - border;
                if (edge && a.pixels()[y * a.width() + x] != b.pixels()[y * b.width() + x]) {
                    count++;
                }
            }
        }
        return count;
    }

    /** Whether two graphics' boxes overlap by more than their shadows' room ({@code shadow} pixels each side). */
    static boolean visiblyOverlap(Region a, Region b, int shadow) {
        Region innerA = new Region(a.x() + shadow, a.y() + shadow, Math.max(0, a.width() - 2 * shadow),
                Math.max(0, a.height() - 2 * shadow));
        Region innerB = new Region(b.x() + shadow, b.y() + shadow, Math.max(0, b.width() - 2 * shadow),
                Math.max(0, b.height() - 2 * shadow));
        return innerA.intersects(innerB);
    }

    static int differences(OverlayBitmap a, OverlayBitmap b) {
        int count = 0;
        for (int i = 0; i < Math.min(a.pixels().length, b.pixels().length); i++) {
            if (a.pixels()[i] != b.pixels()[i]) {
                count++;
            }
        }
        return count;
    }
}
