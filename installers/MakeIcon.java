// Draws the studio icon once: java installers/MakeIcon.java assets/icons
// Writes studio.png (512 px, Linux), studio.ico (Windows) and studio.icns (macOS), the last two holding PNG images,
// which both formats allow. The files are committed; rerun only to change the design. Plain Java 2D, no dependencies.
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

void main(String[] args) throws Exception {
    var dir = Path.of(args.length > 0 ? args[0] : "assets/icons");
    Files.createDirectories(dir);
    Files.write(dir.resolve("studio.png"), png(draw(512)));

    // ICO: 6-byte header, 16-byte entries, then the PNG payloads (a width/height byte of 0 means 256).
    int[] icoSizes = {256, 64, 48, 32, 16};
    var icoImages = new byte[icoSizes.length][];
    for (int i = 0; i < icoSizes.length; i++) icoImages[i] = png(draw(icoSizes[i]));
    int headerBytes = 6 + 16 * icoSizes.length;
    int total = headerBytes;
    for (byte[] image : icoImages) total += image.length;
    var ico = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
    ico.putShort((short) 0).putShort((short) 1).putShort((short) icoSizes.length);
    int offset = headerBytes;
    for (int i = 0; i < icoSizes.length; i++) {
        ico.put((byte) (icoSizes[i] & 0xFF)).put((byte) (icoSizes[i] & 0xFF)).put((byte) 0).put((byte) 0);
        ico.putShort((short) 1).putShort((short) 32).putInt(icoImages[i].length).putInt(offset);
        offset += icoImages[i].length;
    }
    for (byte[] image : icoImages) ico.put(image);
    Files.write(dir.resolve("studio.ico"), ico.array());

    // ICNS: "icns" + total length, then (type, length including the 8-byte header, PNG) per size, big-endian.
    String[] icnsTypes = {"ic07", "ic08", "ic09", "ic10"};
    int[] icnsSizes = {128, 256, 512, 1024};
    var body = new ByteArrayOutputStream();
    var out = new DataOutputStream(body);
    for (int i = 0; i < icnsTypes.length; i++) {
        byte[] image = png(draw(icnsSizes[i]));
        out.writeBytes(icnsTypes[i]);
        out.writeInt(8 + image.length);
        out.write(image);
    }
    var icns = new ByteArrayOutputStream();
    var icnsOut = new DataOutputStream(icns);
    icnsOut.writeBytes("icns");
    icnsOut.writeInt(8 + body.size());
    icnsOut.write(body.toByteArray());
    Files.write(dir.resolve("studio.icns"), icns.toByteArray());
    System.out.println("wrote studio.png, studio.ico, studio.icns in " + dir);
}

byte[] png(BufferedImage image) throws Exception {
    var bytes = new ByteArrayOutputStream();
    ImageIO.write(image, "png", bytes);
    return bytes.toByteArray();
}

BufferedImage draw(int size) {
    var image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
    var g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    // The design is drawn on a 512 x 512 grid and scaled to the size asked for.
    g.scale(size / 512.0, size / 512.0);

    // Background: a rounded square, deep violet to magenta.
    g.setPaint(new GradientPaint(0, 0, new Color(0x3A1C71), 512, 512, new Color(0xD76D77)));
    g.fill(new RoundRectangle2D.Double(16, 16, 480, 480, 112, 112));

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
    return image;
}
