// Draws the studio icon at every size the platforms ask for: java installers/MakeIcon.java [assets/icons]
// Writes studio-16.png ... studio-512.png (Linux menus and the window's own icons), studio.ico (Windows: 16-256 px)
// and studio.icns (macOS: 16-1024 px, with the @2x variants). The files are committed; rerun only to change the
// design, then commit what it wrote. Plain Java 2D, no dependencies.
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

/** The sizes of the PNG files: what freedesktop icon themes and JavaFX window icons use. */
static final int[] PNG_SIZES = {16, 24, 32, 48, 64, 128, 256, 512};
/** The sizes in the .ico: Windows picks from these for menus, the taskbar, Explorer and the desktop. */
static final int[] ICO_SIZES = {16, 24, 32, 48, 64, 128, 256};
/** ICNS element types and their pixel sizes (all PNG payloads, which macOS reads since 10.7). */
static final String[] ICNS_TYPES = {"icp4", "icp5", "icp6", "ic07", "ic08", "ic09", "ic10", "ic11", "ic12", "ic13", "ic14"};
static final int[] ICNS_SIZES = {16, 32, 64, 128, 256, 512, 1024, 32, 64, 256, 512};

void main(String[] args) throws Exception {
    var dir = Path.of(args.length > 0 ? args[0] : "assets/icons");
    Files.createDirectories(dir);
    for (int size : PNG_SIZES) {
        Files.write(dir.resolve("studio-" + size + ".png"), png(draw(size)));
    }
    Files.write(dir.resolve("studio.ico"), ico());
    Files.write(dir.resolve("studio.icns"), icns());
    System.out.println("wrote studio-{16,24,32,48,64,128,256,512}.png, studio.ico, studio.icns in " + dir);
}

/**
 * ICO: a 6-byte header, one 16-byte entry per image, then the images. 256 px is stored as PNG (a width byte of 0
 * means 256); the smaller ones as 32-bit BMP, which every Windows version and resource tool reads.
 */
byte[] ico() throws Exception {
    var images = new byte[ICO_SIZES.length][];
    for (int i = 0; i < ICO_SIZES.length; i++) {
        images[i] = ICO_SIZES[i] >= 256 ? png(draw(ICO_SIZES[i])) : bmp(draw(ICO_SIZES[i]));
    }
    int headerBytes = 6 + 16 * ICO_SIZES.length;
    int total = headerBytes;
    for (byte[] image : images) total += image.length;
    var ico = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
    ico.putShort((short) 0).putShort((short) 1).putShort((short) ICO_SIZES.length);
    int offset = headerBytes;
    for (int i = 0; i < ICO_SIZES.length; i++) {
        byte side = (byte) (ICO_SIZES[i] >= 256 ? 0 : ICO_SIZES[i]);
        ico.put(side).put(side).put((byte) 0).put((byte) 0);
        ico.putShort((short) 1).putShort((short) 32).putInt(images[i].length).putInt(offset);
        offset += images[i].length;
    }
    for (byte[] image : images) ico.put(image);
    return ico.array();
}

/** An ICO's BMP image: BITMAPINFOHEADER with twice the height (colour rows then mask rows), BGRA rows bottom-up. */
byte[] bmp(BufferedImage image) {
    int size = image.getWidth();
    int maskRowBytes = ((size + 31) / 32) * 4;
    var bmp = ByteBuffer.allocate(40 + size * size * 4 + maskRowBytes * size).order(ByteOrder.LITTLE_ENDIAN);
    bmp.putInt(40).putInt(size).putInt(size * 2).putShort((short) 1).putShort((short) 32)
            .putInt(0).putInt(size * size * 4).putInt(0).putInt(0).putInt(0).putInt(0);
    for (int y = size - 1; y >= 0; y--) {
        for (int x = 0; x < size; x++) {
            int argb = image.getRGB(x, y);
            bmp.put((byte) argb).put((byte) (argb >> 8)).put((byte) (argb >> 16)).put((byte) (argb >>> 24));
        }
    }
    // The AND mask stays all zero: the alpha channel already says what is transparent.
    return bmp.array();
}

/** ICNS: "icns" and the total length, then (type, length including its 8-byte header, PNG) per image, big-endian. */
byte[] icns() throws Exception {
    var body = new ByteArrayOutputStream();
    var out = new DataOutputStream(body);
    for (int i = 0; i < ICNS_TYPES.length; i++) {
        byte[] image = png(draw(ICNS_SIZES[i]));
        out.writeBytes(ICNS_TYPES[i]);
        out.writeInt(8 + image.length);
        out.write(image);
    }
    var icns = new ByteArrayOutputStream();
    var icnsOut = new DataOutputStream(icns);
    icnsOut.writeBytes("icns");
    icnsOut.writeInt(8 + body.size());
    icnsOut.write(body.toByteArray());
    return icns.toByteArray();
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
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    // The design is drawn on a 512 x 512 grid and scaled to the size asked for.
    g.scale(size / 512.0, size / 512.0);
    // Below 32 px the thin handle and the play triangle blur into the bag: thicker strokes keep the shape readable.
    boolean small = size < 32;

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
    g.setStroke(new BasicStroke(small ? 36 : 18, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    var handle = new Path2D.Double();
    handle.moveTo(200, 180);
    handle.lineTo(200, 150);
    handle.curveTo(200, 96, 312, 96, 312, 150);
    handle.lineTo(312, 180);
    g.draw(handle);

    // A play triangle on the bag.
    g.setColor(new Color(0x3A1C71));
    var play = new Path2D.Double();
    if (small) {
        play.moveTo(206, 230);
        play.lineTo(206, 396);
        play.lineTo(336, 313);
    } else {
        play.moveTo(222, 246);
        play.lineTo(222, 380);
        play.lineTo(326, 313);
    }
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
