package live.studio.overlay;

import java.util.List;

/**
 * Where graphics may go on each canvas shape.
 *
 * <p>Landscape (YouTube, Twitch, Facebook): the title-safe area, 5 % in from every edge (the broadcast rule of
 * thumb, EBU R 95 / SMPTE RP 2046-1: text within the central 90 %); players put no controls over the picture while it
 * plays.
 *
 * <p>Portrait (TikTok LIVE, Instagram Live, YouTube Shorts live): the apps draw their own interface over the picture.
 * Published figures (looked up 2026-11):
 * <ul>
 *   <li>Meta, Reels at 1440×2560: keep clear of the top 358 px (14 %), the bottom 896 px (35 %, caption and call to
 *       action) and 86 px (6 %) at each side (imagefactory.co.kr/en/guides/instagram-story-ad-text-safe-zone;
 *       houseofmarketers.com/guide-to-safe-zones-tiktok-facebook-instagram-stories-reels: "top 14 %, bottom 35 %,
 *       sides 6 %");</li>
 *   <li>TikTok at 1080×1920: the top 180–250 px (9–13 %), the bottom 320–460 px (17–24 %) and the right 120–180 px
 *       (11–17 %, the action column) are at risk (socaptions.com/blog/tiktok-safe-zones-2026);</li>
 *   <li>TikTok LIVE: the host's name and Follow at the top, a vertical strip of likes, gifts and share on the right,
 *       the comment feed over the lower left, the comment field and buttons along the bottom
 *       (eurounlimited.eu/blog/bezpechna-zona-tiktok-strim).</li>
 * </ul>
 * A live has no caption or ad button, so the lower band is the comment feed (about five lines, the left three
 * quarters) over the input bar. Kept out, as fractions of the canvas: the top bar (top 14 %), the right-hand buttons
 * (right 18 %, from 35 % to 85 % of the height), the comment feed (bottom 30 % of the left 75 %) and the input bar
 * (bottom 8 %), and 6 % at each side.
 */
public final class SafeAreas {

    static final double LANDSCAPE_TITLE_SAFE = 0.05;
    static final double PORTRAIT_SIDE = 0.06;
    static final double PORTRAIT_TOP_BAR = 0.14;
    static final double PORTRAIT_INPUT_BAR = 0.08;
    static final double PORTRAIT_BUTTONS_WIDTH = 0.18;
    static final double PORTRAIT_BUTTONS_TOP = 0.35;
    static final double PORTRAIT_BUTTONS_BOTTOM = 0.85;
    static final double PORTRAIT_COMMENTS_WIDTH = 0.75;
    static final double PORTRAIT_COMMENTS_HEIGHT = 0.30;

    private SafeAreas() {
    }

    /** The rectangle graphics must stay within (rounded inwards). */
    public static Region usable(Canvas canvas) {
        return switch (canvas.shape()) {
            case LANDSCAPE -> inner(canvas, LANDSCAPE_TITLE_SAFE, LANDSCAPE_TITLE_SAFE, 1 - LANDSCAPE_TITLE_SAFE,
                    1 - LANDSCAPE_TITLE_SAFE);
            case PORTRAIT -> inner(canvas, PORTRAIT_SIDE, PORTRAIT_TOP_BAR, 1 - PORTRAIT_SIDE, 1 - PORTRAIT_INPUT_BAR);
        };
    }

    /** The platforms' interface zones no graphic may touch, even inside {@link #usable} (rounded outwards). */
    public static List<Region> forbidden(Canvas canvas) {
        return switch (canvas.shape()) {
            case LANDSCAPE -> List.of();
            case PORTRAIT -> List.of(
                    outer(canvas, 0, 0, 1, PORTRAIT_TOP_BAR),
                    outer(canvas, 1 - PORTRAIT_BUTTONS_WIDTH, PORTRAIT_BUTTONS_TOP, 1, PORTRAIT_BUTTONS_BOTTOM),
                    outer(canvas, 0, 1 - PORTRAIT_COMMENTS_HEIGHT, PORTRAIT_COMMENTS_WIDTH, 1),
                    outer(canvas, 0, 1 - PORTRAIT_INPUT_BAR, 1, 1));
        };
    }

    /** Whether {@code region} lies in the usable area and touches no forbidden zone. */
    public static boolean allows(Canvas canvas, Region region) {
        return usable(canvas).contains(region)
                && forbidden(canvas).stream().noneMatch(zone -> zone.intersects(region));
    }

    private static Region inner(Canvas canvas, double left, double top, double right, double bottom) {
        int x = up(left * canvas.width());
        int y = up(top * canvas.height());
        return new Region(x, y, down(right * canvas.width()) - x, down(bottom * canvas.height()) - y);
    }

    private static Region outer(Canvas canvas, double left, double top, double right, double bottom) {
        int x = down(left * canvas.width());
        int y = down(top * canvas.height());
        return new Region(x, y, up(right * canvas.width()) - x, up(bottom * canvas.height()) - y);
    }

    // 0.05 × 1920 is 96.00000000000001 in binary: a hair of tolerance keeps whole pixels whole.
    private static int up(double pixels) {
        return (int) Math.ceil(pixels - 1e-6);
    }

    private static int down(double pixels) {
        return (int) Math.floor(pixels + 1e-6);
    }
}
