package live.studio.overlay;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a slot's graphic goes on a canvas and how large it is drawn. Each kind has a fixed design (its size in
 * design pixels, shadow not included); the theme's width fraction sets the scale, so the graphic's box never depends
 * on its text: the same slot has the same bounds whatever it shows.
 */
final class SlotGeometry {

    /** The ticker's bar height in design pixels, at 1080 lines; the bar stretches to the theme's width. */
    static final double BANNER_HEIGHT = 56;
    /** Graphics are designed for a canvas whose shorter side is this many pixels. */
    static final double DESIGN_LINES = 1080;

    /** A graphic's size in design pixels, its shadow's room excluded. */
    record Design(double width, double height) {
    }

    /**
     * A slot's box on one canvas.
     *
     * @param region      the bitmap's place on the canvas, shadow included
     * @param scale       canvas pixels per design pixel
     * @param reach       room kept for the shadow on every side, in design pixels
     * @param innerWidth  the graphic's own width in design pixels
     * @param innerHeight the graphic's own height in design pixels
     */
    record Box(Region region, double scale, double reach, double innerWidth, double innerHeight) {
    }

    private SlotGeometry() {
    }

    static Design design(OverlaySlot slot, CanvasShape shape) {
        return switch (slot) {
            case PRODUCT_CARD -> shape == CanvasShape.LANDSCAPE ? new Design(400, 568) : new Design(600, 216);
            case COUNTDOWN -> new Design(340, 112);
            case PROMO_CODE -> new Design(400, 150);
            case LOWER_THIRD -> new Design(600, 112);
            case BANNER -> new Design(Double.NaN, BANNER_HEIGHT);
            case PINNED_COMMENT -> new Design(520, 176);
            case STOCK_COUNTER -> new Design(250, 74);
        };
    }

    static Box box(Theme theme, Canvas canvas, OverlaySlot slot) {
        SlotPlacement placement = theme.placement(canvas.shape(), slot);
        double reach = theme.shadow().reach();
        // Rounding goes inwards: margins up, sizes down, so a theme that keeps to a safe area keeps to it in pixels.
        int width = Math.min(canvas.width(), Math.max(1, down(placement.width() * canvas.width())));
        Design design = design(slot, canvas.shape());
        double scale;
        double innerWidth;
        if (slot == OverlaySlot.BANNER) {
            scale = Math.min(canvas.width(), canvas.height()) / DESIGN_LINES;
            innerWidth = Math.max(1, width / scale - 2 * reach);
        } else {
            scale = width / (design.width() + 2 * reach);
            innerWidth = design.width();
        }
        int height = Math.min(canvas.height(), Math.max(1, down((design.height() + 2 * reach) * scale)));
        int x = placement.anchor().left(canvas.width(), width, up(placement.marginX() * canvas.width()));
        int y = placement.anchor().top(canvas.height(), height, up(placement.marginY() * canvas.height()));
        x = Math.clamp(x, 0, canvas.width() - width);
        y = Math.clamp(y, 0, canvas.height() - height);
        return new Box(new Region(x, y, width, height), scale, reach, innerWidth, design.height());
    }

    // A hair of tolerance: 0.05 × 1920 is 96.00000000000001 in binary.
    private static int up(double pixels) {
        return (int) Math.ceil(pixels - 1e-6);
    }

    private static int down(double pixels) {
        return (int) Math.floor(pixels + 1e-6);
    }

    /** The field name a theme file uses for a slot ("productCard"). */
    static String jsonName(OverlaySlot slot) {
        StringBuilder name = new StringBuilder();
        for (String word : slot.name().toLowerCase(java.util.Locale.ROOT).split("_")) {
            name.append(name.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return name.toString();
    }

    /** The placements that reach outside a shape's safe area, at 1920×1080 and 1080×1920, as sentences. */
    static List<String> outsideSafeAreas(Theme theme) {
        List<String> problems = new ArrayList<>();
        for (Canvas canvas : List.of(new Canvas(1920, 1080), new Canvas(1080, 1920))) {
            for (OverlaySlot slot : OverlaySlot.values()) {
                Region region = box(theme, canvas, slot).region();
                if (!SafeAreas.allows(canvas, region)) {
                    problems.add(canvas.shape().name().toLowerCase(java.util.Locale.ROOT) + "." + jsonName(slot)
                            + ": at " + canvas.width() + "x" + canvas.height() + " the graphic (" + region.x() + ","
                            + region.y() + " " + region.width() + "x" + region.height() + ") reaches "
                            + (SafeAreas.usable(canvas).contains(region)
                                    ? "into the platform's buttons or comments" : "outside the title-safe area")
                            + "; it may be hidden on air");
                }
            }
        }
        return problems;
    }
}
