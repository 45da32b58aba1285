// Draws the demo brand logos of the two shipped themes once: java assets/themes/MakeLogos.java assets/themes
// Writes studio-logo.png ("Volt", an electric bolt) and boutique-logo.png ("Maison", a monogram seal), 512 px,
// transparent round the mark. The files are committed; rerun only to change the design. Plain Java 2D; the monogram
// uses the bundled Bebas Neue from src/main/resources.
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.font.TextLayout;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

static final int SIZE = 512;

void main(String[] args) throws Exception {
    var dir = Path.of(args.length > 0 ? args[0] : "assets/themes");
    Files.createDirectories(dir);
    ImageIO.write(studio(), "png", dir.resolve("studio-logo.png").toFile());
    ImageIO.write(boutique(), "png", dir.resolve("boutique-logo.png").toFile());
    System.out.println("wrote studio-logo.png and boutique-logo.png in " + dir);
}

Graphics2D canvas(BufferedImage image) {
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    return g;
}

/** An electric tile: blue to violet, a glow, a white bolt. */
BufferedImage studio() {
    var image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
    var g = canvas(image);
    double inset = 24;
    var tile = new RoundRectangle2D.Double(inset, inset, SIZE - 2 * inset, SIZE - 2 * inset, 150, 150);
    g.setPaint(new GradientPaint(0, 0, new Color(0x2E, 0x8B, 0xFF), SIZE, SIZE, new Color(0x7B, 0x3B, 0xFF)));
    g.fill(tile);
    g.setPaint(new RadialGradientPaint(SIZE * 0.3f, SIZE * 0.22f, SIZE * 0.6f, new float[] {0f, 1f},
            new Color[] {new Color(255, 255, 255, 90), new Color(255, 255, 255, 0)}));
    g.fill(tile);
    var bolt = new Path2D.Double();
    bolt.moveTo(292, 88);
    bolt.lineTo(150, 286);
    bolt.lineTo(246, 286);
    bolt.lineTo(214, 428);
    bolt.lineTo(364, 222);
    bolt.lineTo(266, 222);
    bolt.lineTo(300, 88);
    bolt.closePath();
    g.setColor(new Color(10, 12, 40, 70));
    g.translate(6, 10);
    g.fill(bolt);
    g.translate(-6, -10);
    g.setColor(Color.WHITE);
    g.fill(bolt);
    g.dispose();
    return image;
}

/** A terracotta seal: a fine inner ring, an "M" in Bebas Neue, a small diamond above it. */
BufferedImage boutique() throws Exception {
    var image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
    var g = canvas(image);
    var terracotta = new Color(0xB8, 0x5C, 0x38);
    var cream = new Color(0xFF, 0xF7, 0xEE);
    double inset = 16;
    g.setPaint(new GradientPaint(0, 0, new Color(0xC9, 0x6E, 0x4A), 0, SIZE, new Color(0xA5, 0x4E, 0x2E)));
    g.fill(new Ellipse2D.Double(inset, inset, SIZE - 2 * inset, SIZE - 2 * inset));
    g.setColor(cream);
    g.setStroke(new BasicStroke(5f));
    double ring = 52;
    g.draw(new Ellipse2D.Double(ring, ring, SIZE - 2 * ring, SIZE - 2 * ring));
    Font bebas;
    try (var in = Files.newInputStream(Path.of("src/main/resources/live/studio/overlay/fonts/BebasNeue-Bold.otf"))) {
        bebas = Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(270f);
    }
    var layout = new TextLayout("M", bebas, g.getFontRenderContext());
    var bounds = layout.getBounds();
    float x = (float) (SIZE / 2.0 - bounds.getCenterX());
    float y = (float) (SIZE / 2.0 - bounds.getCenterY() + 18);
    layout.draw(g, x, y);
    var diamond = new Path2D.Double();
    double cx = SIZE / 2.0;
    double cy = y + bounds.getY() - 46;
    diamond.moveTo(cx, cy - 16);
    diamond.lineTo(cx + 12, cy);
    diamond.lineTo(cx, cy + 16);
    diamond.lineTo(cx - 12, cy);
    diamond.closePath();
    g.fill(diamond);
    g.dispose();
    return image;
}
