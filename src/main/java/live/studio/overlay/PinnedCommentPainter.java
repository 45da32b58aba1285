package live.studio.overlay;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.Locale;
import live.studio.overlay.OverlayContent.PinnedComment;
import live.studio.overlay.Typesetter.Align;

/** A viewer's comment on air: the platform's badge, the author, up to three lines of text, a pin. */
final class PinnedCommentPainter {

    static final Color TWITCH = new Color(0x91, 0x46, 0xFF);
    static final Color YOUTUBE = new Color(0xFF, 0x00, 0x33);
    static final Color IRC = new Color(0x6B, 0x72, 0x80);

    private static final double PAD = 18;
    private static final double BADGE = 38;
    static final int MAX_LINES = 3;

    private PinnedCommentPainter() {
    }

    static Shape outline(Sketch sketch) {
        return Drawing.rounded(0, 0, sketch.width, sketch.height, sketch.radius());
    }

    private enum Platform {
        TWITCH("Twitch"), YOUTUBE("YouTube"), IRC("IRC"), OTHER("");

        final String label;

        Platform(String label) {
            this.label = label;
        }

        static Platform of(String name) {
            String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
            return switch (key) {
                case "twitch" -> TWITCH;
                case "youtube", "yt" -> YOUTUBE;
                case "irc", "ircs" -> IRC;
                default -> OTHER;
            };
        }
    }

    static void paint(Sketch sketch, PinnedComment comment) {
        var g = sketch.g;
        Shape outline = outline(sketch);
        Drawing.surface(g, outline, sketch.colours);
        Platform platform = Platform.of(comment.platform());
        Color badgeColour = switch (platform) {
            case TWITCH -> TWITCH;
            case YOUTUBE -> YOUTUBE;
            case IRC -> IRC;
            case OTHER -> sketch.colours.accent();
        };
        Shape clip = g.getClip();
        g.clip(outline);
        g.setColor(badgeColour);
        g.fill(new Rectangle2D.Double(0, 0, 5, sketch.height));
        g.setClip(clip);

        double badgeTop = PAD;
        g.setColor(badgeColour);
        g.fill(new Ellipse2D.Double(PAD, badgeTop, BADGE, BADGE));
        g.setColor(platform == Platform.OTHER ? ProductCardPainter.ink(badgeColour) : Color.WHITE);
        double glyph = BADGE * 0.62;
        double glyphX = PAD + (BADGE - glyph) / 2;
        double glyphY = badgeTop + (BADGE - glyph) / 2;
        g.fill(switch (platform) {
            case TWITCH -> Glyphs.twitch(glyphX, glyphY, glyph);
            case YOUTUBE -> Glyphs.play(glyphX, glyphY, glyph);
            case IRC -> Glyphs.hash(glyphX, glyphY, glyph);
            case OTHER -> Glyphs.bubble(glyphX, glyphY, glyph);
        });

        double pinSize = 24;
        g.setColor(sketch.colours.accent());
        g.fill(Glyphs.pin(sketch.width - PAD - pinSize, PAD + 2, pinSize));

        double nameLeft = PAD + BADGE + 12;
        double nameWidth = sketch.width - nameLeft - PAD - pinSize - 10;
        Typesetter author = sketch.type(sketch.fonts.strong(), 20);
        String platformLabel = platform.label.isEmpty() ? Captions.line(comment.platform(), 16) : platform.label;
        if (platformLabel.isEmpty()) {
            sketch.line(author, Captions.line(comment.author(), 32), sketch.colours.surfaceText(), nameLeft,
                    Sketch.baseline(author, badgeTop, BADGE), nameWidth, Align.START);
        } else {
            sketch.line(author, Captions.line(comment.author(), 32), sketch.colours.surfaceText(), nameLeft,
                    badgeTop + 17, nameWidth, Align.START);
            Typesetter small = sketch.type(sketch.fonts.text(), 13);
            sketch.line(small, platformLabel, sketch.colours.mutedText(), nameLeft, badgeTop + 36, nameWidth,
                    Align.START);
        }

        Typesetter text = sketch.type(sketch.fonts.text(), 23);
        double top = PAD + BADGE + 10;
        double pitch = (sketch.height - top - PAD + 4) / MAX_LINES;
        sketch.lines(text, Captions.paragraph(comment.text(), 280, MAX_LINES), sketch.colours.surfaceText(), PAD,
                top, sketch.width - 2 * PAD, pitch, MAX_LINES, Align.START);
    }
}
