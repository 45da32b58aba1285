package live.studio.overlay;

/**
 * The faces a theme draws with.
 *
 * @param text    running text: comments, roles, captions
 * @param strong  emphasised text: author names, labels, the ticker
 * @param heading titles and names
 * @param numbers prices, stock counts and the countdown's digits
 * @param code    promo codes and short codes ("#12")
 */
public record ThemeFonts(FontFace text, FontFace strong, FontFace heading, FontFace numbers, FontFace code) {
}
