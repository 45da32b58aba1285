package live.studio.overlay;

import java.awt.Color;

/**
 * A theme's colours (with alpha: a translucent surface lets the picture show through).
 *
 * @param surface        the background of cards and panels
 * @param surfaceBorder  the hairline round a surface (glass edge); transparent for none
 * @param surfaceText    text on a surface
 * @param mutedText      secondary text on a surface: captions, links, labels
 * @param accent         the brand colour: badges, bars, pills
 * @param accentText     text on the accent colour
 * @param price          the selling price
 * @param compareAtPrice the struck-through former price
 * @param discount       the background of the discount badge ("−30 %")
 * @param discountText   text on the discount badge
 * @param lowStock       "Only N left" and the stock counter's flame
 * @param lastMinute     a countdown in its last minute
 * @param finalSeconds   a countdown in its last seconds
 * @param ended          a countdown that has ended ("Deal over")
 * @param soldOutStamp   the "Sold out" stamp
 * @param ticker         the ticker bar's background
 * @param tickerText     the ticker's text
 */
public record ThemeColours(Color surface, Color surfaceBorder, Color surfaceText, Color mutedText, Color accent,
        Color accentText, Color price, Color compareAtPrice, Color discount, Color discountText, Color lowStock,
        Color lastMinute, Color finalSeconds, Color ended, Color soldOutStamp, Color ticker, Color tickerText) {
}
