package live.studio.compose;

import java.util.List;

/**
 * Where each video source goes for a layout and canvas. Landscape and portrait canvases get their own arrangements;
 * the picture-in-picture box keeps clear of the platforms' UI (TikTok/Instagram put buttons on the right and
 * comments at the bottom of a vertical stream, so the box sits top-left there).
 */
public final class LayoutGeometry {
    private LayoutGeometry() {
    }

    /** Rectangles for the layout's sources, main source first. Sizes are even so the sources can scale exactly. */
    public static List<Rectangle> place(Layout layout, int canvasWidth, int canvasHeight) {
        Rectangle full = new Rectangle(0, 0, canvasWidth, canvasHeight);
        boolean portrait = canvasHeight > canvasWidth;
        return switch (layout) {
            case FULL_FRAME -> List.of(full);
            case PICTURE_IN_PICTURE -> {
                int boxWidth = even(portrait ? canvasWidth * 2 / 5 : canvasWidth / 4);
                int boxHeight = even(boxWidth * canvasHeight / canvasWidth);
                int margin = even(Math.min(canvasWidth, canvasHeight) / 30);
                Rectangle box = portrait
                        ? new Rectangle(margin, even(canvasHeight / 8), boxWidth, boxHeight)
                        : new Rectangle(canvasWidth - boxWidth - margin, canvasHeight - boxHeight - margin, boxWidth, boxHeight);
                yield List.of(full, box);
            }
            case SIDE_BY_SIDE -> {
                if (portrait) {
                    // Stacked 16:9 pictures, centred: a landscape camera over a product close-up.
                    int height = even(Math.min(canvasHeight / 2, canvasWidth * 9 / 16));
                    int top = even((canvasHeight - 2 * height) / 2);
                    yield List.of(new Rectangle(0, top, canvasWidth, height), new Rectangle(0, top + height, canvasWidth, height));
                }
                int width = even(canvasWidth / 2);
                int height = even(Math.min(canvasHeight, width * 9 / 16));
                int top = even((canvasHeight - height) / 2);
                yield List.of(new Rectangle(0, top, width, height), new Rectangle(width, top, canvasWidth - width, height));
            }
        };
    }

    private static int even(int value) {
        return Math.max(2, value & ~1);
    }
}
