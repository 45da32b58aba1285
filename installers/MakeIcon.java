// Draws the studio icon once: java installers/MakeIcon.java assets/icons/studio.png
// (the PNG is committed; rerun only to change the design). Plain Java 2D, no dependencies.
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

void main(String[] args) throws Exception {
    int size = 512;
    var image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
    var g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);

    // Background: a rounded square, deep violet to magenta.
    g.setPaint(new GradientPaint(0, 0, new Color(0x3A1C71), size, size, new Color(0xD76D77)));
    g.fill(new RoundRectangle2D.Double(16, 16, size - 32, size - 32, 112, 112));

    // A shopping bag: body and handle.
    g.setColor(Color.WHITE);
    var bag = new Path2D.Double();
    bag.moveTo(146, 180);
    bag.lineTo(366, 180);
    bag.lineTo(400, 430);
    bag.lineTo(112, 430);
    bag.closePath();
    g.setStroke(new BasicStroke(24, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.fill(bag);
    g.draw(bag);
    g.setStroke(new BasicStroke(18, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    var handle = new Path2D.Double();
    handle.moveTo(200, 180);
    handle.lineTo(200, 150);
    handle.curveTo(200, 96, 312, 96, 312, 150);
    handle.lineTo(312, 180);
    g.draw(handle);

    // A play triangle on the bag.
    g.setColor(new Color(0x3A1C71));
    var play = new Path2D.Double();
    play.moveTo(222, 246);
    play.lineTo(222, 380);
    play.lineTo(326, 313);
    play.closePath();
    g.fill(play);

    // The red "live" dot, top right.
    g.setColor(Color.WHITE);
    g.fill(new Ellipse2D.Double(372, 44, 100, 100));
    g.setColor(new Color(0xE53935));
    g.fill(new Ellipse2D.Double(384, 56, 76, 76));
    g.dispose();

    var out = new File(args.length > 0 ? args[0] : "assets/icons/studio.png");
    out.getParentFile().mkdirs();
    ImageIO.write(image, "png", out);
    System.out.println("wrote " + out);
}
