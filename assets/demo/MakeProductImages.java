// Draws the demo catalog's product pictures once: java assets/demo/MakeProductImages.java assets/demo/images
// Six studio-style illustrations, 800 x 800 PNG: a soft background gradient, the object built from shapes with
// shading, a soft shadow beneath. Plain Java 2D, no dependencies; the PNGs are committed, rerun only to change them.
import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.MultipleGradientPaint.CycleMethod;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.CubicCurve2D;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;

static final int SIZE = 800;

void main(String[] args) throws Exception {
    Path folder = Path.of(args.length > 0 ? args[0] : "assets/demo/images");
    Files.createDirectories(folder);
    write(folder, "sneaker.png", sneaker());
    write(folder, "headphones.png", headphones());
    write(folder, "mug.png", mug());
    write(folder, "tote.png", tote());
    write(folder, "watch.png", watch());
    write(folder, "sunglasses.png", sunglasses());
}

void write(Path folder, String name, BufferedImage image) throws Exception {
    ImageIO.write(image, "png", folder.resolve(name).toFile());
    System.out.println("wrote " + folder.resolve(name));
}

// ---------------------------------------------------------------------------------------------------------------
// Shared studio look

BufferedImage canvas() {
    return new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
}

Graphics2D graphics(BufferedImage image) {
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    g.setRenderingHint(RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
    return g;
}

Color rgb(int value) {
    return new Color(value);
}

Color alpha(Color color, double opacity) {
    return new Color(color.getRed(), color.getGreen(), color.getBlue(), (int) Math.round(255 * opacity));
}

LinearGradientPaint linear(double x1, double y1, double x2, double y2, float[] stops, Color... colors) {
    return new LinearGradientPaint(new Point2D.Double(x1, y1), new Point2D.Double(x2, y2), stops, colors,
            CycleMethod.NO_CYCLE);
}

RadialGradientPaint radial(double x, double y, double radius, float[] stops, Color... colors) {
    return new RadialGradientPaint(new Point2D.Double(x, y), (float) radius, stops, colors, CycleMethod.NO_CYCLE);
}

/** Backdrop: a vertical gradient, a light falling from above the object, a faint vignette at the corners. */
void backdrop(Graphics2D g, Color top, Color bottom) {
    g.setPaint(linear(0, 0, 0, SIZE, new float[] {0f, 1f}, top, bottom));
    g.fillRect(0, 0, SIZE, SIZE);
    g.setPaint(radial(SIZE * 0.5, SIZE * 0.40, SIZE * 0.62, new float[] {0f, 0.55f, 1f},
            new Color(255, 255, 255, 150), new Color(255, 255, 255, 45), new Color(255, 255, 255, 0)));
    g.fillRect(0, 0, SIZE, SIZE);
    g.setPaint(radial(SIZE * 0.5, SIZE * 0.5, SIZE * 0.78, new float[] {0.6f, 1f},
            new Color(0, 0, 0, 0), new Color(0, 0, 0, 28)));
    g.fillRect(0, 0, SIZE, SIZE);
}

/** A soft shadow of {@code shape}: drawn on its own layer, blurred, then laid on the image. */
void shadow(BufferedImage image, Shape shape, int blurRadius, double opacity, Color color) {
    int pad = blurRadius * 3;
    BufferedImage layer = new BufferedImage(SIZE + 2 * pad, SIZE + 2 * pad, BufferedImage.TYPE_INT_ARGB);
    Graphics2D lg = graphics(layer);
    lg.translate(pad, pad);
    lg.setColor(color);
    lg.fill(shape);
    lg.dispose();
    BufferedImage blurred = blur(layer, blurRadius);
    Graphics2D g = graphics(image);
    g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) opacity));
    g.drawImage(blurred, -pad, -pad, null);
    g.dispose();
}

BufferedImage blur(BufferedImage source, int radius) {
    int size = radius * 2 + 1;
    float[] weights = new float[size];
    double sigma = radius / 2.5;
    double sum = 0;
    for (int i = 0; i < size; i++) {
        double x = i - radius;
        weights[i] = (float) Math.exp(-x * x / (2 * sigma * sigma));
        sum += weights[i];
    }
    for (int i = 0; i < size; i++) {
        weights[i] /= (float) sum;
    }
    ConvolveOp horizontal = new ConvolveOp(new Kernel(size, 1, weights), ConvolveOp.EDGE_ZERO_FILL, null);
    ConvolveOp vertical = new ConvolveOp(new Kernel(1, size, weights), ConvolveOp.EDGE_ZERO_FILL, null);
    return vertical.filter(horizontal.filter(source, null), null);
}

/** Contact shadow under an object: a tight dark ellipse and a wide faint one. */
void groundShadow(BufferedImage image, double centerX, double y, double width, double height) {
    shadow(image, new Ellipse2D.Double(centerX - width * 0.6, y - height * 0.9, width * 1.2, height * 1.8), 38, 0.22,
            Color.BLACK);
    shadow(image, new Ellipse2D.Double(centerX - width / 2, y - height / 2, width, height), 16, 0.30, Color.BLACK);
}

void stitches(Graphics2D g, Shape path, Color color, float width, float dash) {
    g.setColor(color);
    g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {dash, dash * 0.9f},
            0f));
    g.draw(path);
}

// ---------------------------------------------------------------------------------------------------------------
// Products

BufferedImage sneaker() {
    BufferedImage image = canvas();
    Graphics2D g = graphics(image);
    backdrop(g, rgb(0xF8EAE1), rgb(0xEED3C4));
    g.dispose();
    groundShadow(image, 414, 564, 540, 28);
    g = graphics(image);
    // seen from the side, toe to the right, lowered a little so the shoe sits in the middle of the frame
    g.translate(400, 440);
    g.scale(0.98, 0.98);
    g.translate(-424, -420);
    Color outline = rgb(0xB9AFA6);
    Color coral = rgb(0xEE6A55);
    Color navy = rgb(0x2F3A4A);

    Path2D tongue = new Path2D.Double();
    tongue.moveTo(292, 330);
    tongue.curveTo(282, 290, 290, 250, 316, 238);
    tongue.curveTo(342, 226, 370, 234, 376, 256);
    tongue.curveTo(382, 278, 372, 296, 360, 308);
    tongue.lineTo(332, 332);
    tongue.closePath();
    g.setPaint(linear(300, 232, 340, 330, new float[] {0f, 1f}, rgb(0xF7F4F0), rgb(0xDAD3CB)));
    g.fill(tongue);
    g.setColor(outline);
    g.setStroke(new BasicStroke(2.2f));
    g.draw(tongue);
    g.setColor(coral);
    g.fill(new RoundRectangle2D.Double(320, 248, 34, 18, 6, 6));

    Path2D upper = new Path2D.Double();
    upper.moveTo(152, 470);
    upper.curveTo(124, 430, 124, 356, 146, 318);
    upper.curveTo(156, 298, 180, 294, 200, 304);
    upper.curveTo(230, 320, 262, 330, 290, 320);
    upper.curveTo(304, 314, 310, 298, 316, 284);
    upper.curveTo(370, 290, 440, 318, 506, 352);
    upper.curveTo(580, 384, 650, 396, 692, 420);
    upper.curveTo(728, 442, 730, 470, 712, 482);
    upper.lineTo(600, 484);
    upper.curveTo(480, 484, 300, 476, 152, 470);
    upper.closePath();
    g.setPaint(linear(0, 290, 0, 484, new float[] {0f, 0.55f, 1f}, rgb(0xFFFFFF), rgb(0xF4F1ED), rgb(0xD9D2CA)));
    g.fill(upper);
    Area upperArea = new Area(upper);

    // heel overlay in coral suede
    Path2D heelCut = new Path2D.Double();
    heelCut.moveTo(90, 490);
    heelCut.lineTo(266, 490);
    heelCut.curveTo(254, 424, 230, 360, 226, 300);
    heelCut.lineTo(90, 280);
    heelCut.closePath();
    Area heel = new Area(heelCut);
    heel.intersect(upperArea);
    g.setPaint(linear(140, 300, 250, 480, new float[] {0f, 1f}, rgb(0xF6846A), rgb(0xD6513D)));
    g.fill(heel);
    // toe overlay (mudguard) in warm grey
    Path2D toeCut = new Path2D.Double();
    toeCut.moveTo(390, 500);
    toeCut.curveTo(470, 458, 600, 432, 740, 426);
    toeCut.lineTo(740, 500);
    toeCut.closePath();
    Area toe = new Area(toeCut);
    toe.intersect(upperArea);
    g.setPaint(linear(0, 420, 0, 484, new float[] {0f, 1f}, rgb(0xF0ECE7), rgb(0xD5CCC2)));
    g.fill(toe);
    // perforations on the toe box
    g.setColor(rgb(0xCBC2B8));
    for (int row = 0; row < 3; row++) {
        for (int column = 0; column < 5; column++) {
            double x = 580 + column * 19 + row * 10;
            double y = 392 + row * 13 + column * 5;
            if (upperArea.contains(x, y - 8) && !toe.contains(x, y + 8)) {
                g.fill(new Ellipse2D.Double(x - 2.4, y - 2.4, 4.8, 4.8));
            }
        }
    }
    // two side stripes
    g.setStroke(new BasicStroke(10f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.setColor(coral);
    g.draw(new CubicCurve2D.Double(272, 444, 340, 436, 410, 412, 462, 366));
    g.setColor(navy);
    g.draw(new CubicCurve2D.Double(304, 458, 372, 450, 444, 428, 498, 382));
    // stitching along the overlays
    g.setClip(upperArea);
    Path2D heelSeam = new Path2D.Double();
    heelSeam.moveTo(256, 482);
    heelSeam.curveTo(244, 424, 220, 362, 216, 302);
    stitches(g, heelSeam, rgb(0xFFE3D9), 1.8f, 5f);
    Path2D toeSeam = new Path2D.Double();
    toeSeam.moveTo(410, 490);
    toeSeam.curveTo(480, 458, 600, 442, 740, 436);
    stitches(g, toeSeam, rgb(0xB3A99E), 1.6f, 5f);
    g.setClip(null);

    // collar: the dark opening and its padded lining
    Path2D opening = new Path2D.Double();
    opening.moveTo(172, 300);
    opening.curveTo(212, 308, 254, 322, 292, 312);
    opening.curveTo(302, 308, 306, 300, 308, 292);
    opening.curveTo(270, 302, 220, 296, 172, 300);
    opening.closePath();
    g.setColor(rgb(0x6E655D));
    g.fill(opening);
    Path2D collar = new Path2D.Double();
    collar.moveTo(146, 320);
    collar.curveTo(158, 298, 180, 294, 200, 305);
    collar.curveTo(230, 321, 262, 331, 292, 321);
    g.setColor(rgb(0xEDE7E0));
    g.setStroke(new BasicStroke(9f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(collar);

    // eyestay and laces: the band along the opening, laces as bars across it
    Path2D eyestay = new Path2D.Double();
    eyestay.moveTo(320, 296);
    eyestay.curveTo(380, 302, 446, 328, 512, 362);
    BasicStroke band = new BasicStroke(34f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    g.setColor(rgb(0xF7F5F2));
    g.setStroke(band);
    g.draw(eyestay);
    g.setColor(outline);
    g.setStroke(new BasicStroke(1.8f));
    g.draw(band.createStrokedShape(eyestay));
    double[][] eyelets = {{336, 298}, {370, 304}, {405, 316}, {440, 330}, {474, 345}};
    for (double[] eyelet : eyelets) {
        double angle = Math.toRadians(22 + (eyelet[0] - 336) * 0.04);
        double dx = Math.sin(angle) * 15;
        double dy = -Math.cos(angle) * 15;
        Line2D lace = new Line2D.Double(eyelet[0] - dx, eyelet[1] - dy, eyelet[0] + dx + 4, eyelet[1] + dy + 2);
        g.setColor(rgb(0xC9C1B8));
        g.setStroke(new BasicStroke(12f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(lace);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(8.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(lace);
        g.setColor(rgb(0x8C837A));
        g.fill(new Ellipse2D.Double(eyelet[0] + dx - 3.5 + 10, eyelet[1] + dy - 3.5 + 4, 7, 7));
    }
    // heel pull tab
    g.setColor(rgb(0xC4483A));
    g.fill(new RoundRectangle2D.Double(146, 290, 22, 38, 9, 9));

    g.setColor(outline);
    g.setStroke(new BasicStroke(2.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(upper);

    // sole: white midsole over a gum outsole
    Path2D sole = new Path2D.Double();
    sole.moveTo(134, 462);
    sole.curveTo(300, 474, 480, 482, 600, 480);
    sole.curveTo(660, 479, 702, 474, 718, 484);
    sole.curveTo(732, 496, 720, 520, 690, 528);
    sole.curveTo(600, 546, 300, 546, 170, 542);
    sole.curveTo(140, 540, 126, 526, 126, 504);
    sole.curveTo(126, 486, 129, 472, 134, 462);
    sole.closePath();
    g.setPaint(linear(0, 462, 0, 546, new float[] {0f, 0.7f, 1f}, rgb(0xFFFFFF), rgb(0xF2EEE9), rgb(0xDAD3CB)));
    g.fill(sole);
    Area outsole = new Area(sole);
    outsole.intersect(new Area(new Rectangle2D.Double(0, 524, SIZE, 60)));
    g.setPaint(linear(0, 524, 0, 546, new float[] {0f, 1f}, rgb(0xD29A62), rgb(0xA66A35)));
    g.fill(outsole);
    g.setColor(rgb(0xDCD5CD));
    g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(new CubicCurve2D.Double(152, 504, 300, 510, 500, 512, 700, 500));
    g.setClip(outsole);
    g.setColor(rgb(0x94602F));
    g.setStroke(new BasicStroke(3f));
    for (int x = 140; x < 730; x += 16) {
        g.draw(new Line2D.Double(x, 536, x + 6, 552));
    }
    g.setClip(null);
    g.setColor(outline);
    g.setStroke(new BasicStroke(2.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(sole);
    // light catching the top of the toe box
    g.setColor(new Color(255, 255, 255, 170));
    g.setStroke(new BasicStroke(6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(new CubicCurve2D.Double(540, 374, 600, 392, 650, 400, 690, 424));
    g.dispose();
    return image;
}

BufferedImage headphones() {
    BufferedImage image = canvas();
    Graphics2D g = graphics(image);
    backdrop(g, rgb(0xE9ECF4), rgb(0xCDD4E6));
    g.dispose();
    groundShadow(image, 400, 642, 470, 34);
    g = graphics(image);
    Color shell = rgb(0x2B2D33);
    Color shellLight = rgb(0x4A4E58);
    Color metal = rgb(0xC9A98C);

    // headband: outer shell, then the cushion beneath it
    Arc2D band = new Arc2D.Double(210, 150, 380, 470, 0, 180, Arc2D.OPEN);
    g.setStroke(new BasicStroke(40f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
    g.setPaint(linear(0, 150, 0, 400, new float[] {0f, 1f}, shellLight, shell));
    g.draw(band);
    Arc2D cushion = new Arc2D.Double(236, 176, 328, 440, 14, 152, Arc2D.OPEN);
    g.setStroke(new BasicStroke(20f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.setPaint(linear(0, 176, 0, 330, new float[] {0f, 1f}, rgb(0x5B5F69), rgb(0x3A3D45)));
    g.draw(cushion);
    // a highlight along the top of the band
    g.setColor(new Color(255, 255, 255, 70));
    g.setStroke(new BasicStroke(6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(new Arc2D.Double(204, 142, 392, 480, 58, 64, Arc2D.OPEN));

    for (int side = -1; side <= 1; side += 2) {
        double centerX = 400 + side * 190;
        // slider: brushed metal rod from the band to the yoke
        g.setPaint(linear(centerX - 8, 0, centerX + 8, 0, new float[] {0f, 0.5f, 1f}, rgb(0xA88A70), rgb(0xEBD4BD),
                rgb(0x9C7E64)));
        g.fill(new RoundRectangle2D.Double(centerX - 8, 372, 16, 92, 8, 8));
        // the band's end housing, where the slider comes out
        g.setPaint(linear(centerX - 24, 0, centerX + 24, 0, new float[] {0f, 0.5f, 1f}, rgb(0x1F2126), shellLight, rgb(0x1F2126)));
        g.fill(new RoundRectangle2D.Double(centerX - 24, 366, 48, 30, 14, 14));
        // ear cup: the shell seen from the front, a rounded oval with its cushion toward the middle
        double cupWidth = 150;
        double cupHeight = 210;
        double left = centerX - cupWidth / 2;
        double top = 452;
        RoundRectangle2D cushionShape = new RoundRectangle2D.Double(left + (side < 0 ? 40 : -10), top + 8, cupWidth - 30,
                cupHeight - 16, 100, 110);
        g.setPaint(linear(0, top, 0, top + cupHeight, new float[] {0f, 1f}, rgb(0x44474F), rgb(0x1E2025)));
        g.fill(cushionShape);
        RoundRectangle2D cup = new RoundRectangle2D.Double(left, top, cupWidth, cupHeight, 120, 130);
        g.setPaint(linear(left, top, left + cupWidth, top + cupHeight, new float[] {0f, 0.45f, 1f}, rgb(0x50545E),
                shell, rgb(0x17181C)));
        g.fill(cup);
        // soft light on the shell
        g.setPaint(radial(centerX - 25, top + 60, 110, new float[] {0f, 1f}, new Color(255, 255, 255, 60),
                new Color(255, 255, 255, 0)));
        g.fill(cup);
        // the metal ring and the brand disc
        Ellipse2D ring = new Ellipse2D.Double(centerX - 48, top + cupHeight / 2 - 58, 96, 116);
        g.setStroke(new BasicStroke(5f));
        g.setPaint(linear(0, ring.getMinY(), 0, ring.getMaxY(), new float[] {0f, 1f}, rgb(0xF0D9C2), metal.darker()));
        g.draw(ring);
        g.setPaint(radial(centerX - 10, top + cupHeight / 2 - 20, 70, new float[] {0f, 1f}, rgb(0x3C3F47), rgb(0x26282D)));
        g.fill(new Ellipse2D.Double(centerX - 44, top + cupHeight / 2 - 54, 88, 108));
        g.setColor(metal);
        g.fill(new Ellipse2D.Double(centerX - 7, top + cupHeight / 2 - 7, 14, 14));
        // yoke: a fork over the cup, holding it at two pivots on its sides
        Path2D yoke = new Path2D.Double();
        yoke.moveTo(centerX - 80, top + 78);
        yoke.curveTo(centerX - 84, top + 10, centerX - 50, top - 14, centerX, top - 14);
        yoke.curveTo(centerX + 50, top - 14, centerX + 84, top + 10, centerX + 80, top + 78);
        g.setStroke(new BasicStroke(11f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setPaint(linear(0, top - 14, 0, top + 80, new float[] {0f, 1f}, rgb(0xEAD2BA), rgb(0xA98868)));
        g.draw(yoke);
        g.setPaint(linear(0, top + 66, 0, top + 90, new float[] {0f, 1f}, rgb(0xF0DCC8), rgb(0x9C7E64)));
        g.fill(new Ellipse2D.Double(centerX - 80 - 10, top + 68, 20, 20));
        g.fill(new Ellipse2D.Double(centerX + 80 - 10, top + 68, 20, 20));
    }
    g.dispose();
    return image;
}

BufferedImage mug() {
    BufferedImage image = canvas();
    Graphics2D g = graphics(image);
    backdrop(g, rgb(0xF5F0E7), rgb(0xE3D8C6));
    g.dispose();
    groundShadow(image, 415, 616, 400, 46);
    g = graphics(image);
    double left = 250;
    double right = 520;
    double rimY = 292;
    double baseY = 608;
    double ellipseHeight = 64;
    Color glaze = rgb(0x5E8F86);

    // handle: a thick ring on the right, behind the body where it joins it
    Area handle = new Area(new Ellipse2D.Double(right - 70, 360, 180, 190));
    handle.subtract(new Area(new Ellipse2D.Double(right - 28, 398, 110, 114)));
    handle.subtract(new Area(new Rectangle2D.Double(0, 0, right - 10, SIZE)));
    g.setPaint(linear(right, 0, right + 110, 0, new float[] {0f, 0.45f, 1f}, rgb(0x4C7A72), rgb(0x7FAFA5), rgb(0x3F6760)));
    g.fill(handle);
    g.setPaint(radial(right + 80, 420, 60, new float[] {0f, 1f}, new Color(255, 255, 255, 90), new Color(255, 255, 255, 0)));
    g.fill(handle);

    // body: a cylinder, glazed down to a band of bare clay at the foot
    Area body = new Area(new Rectangle2D.Double(left, rimY, right - left, baseY - rimY));
    body.add(new Area(new Ellipse2D.Double(left, baseY - ellipseHeight / 2, right - left, ellipseHeight)));
    float[] across = {0f, 0.18f, 0.38f, 0.7f, 1f};
    g.setPaint(linear(left, 0, right, 0, across, rgb(0x3F6A62), rgb(0x6D9F95), rgb(0x8DBDB2), glaze, rgb(0x365C55)));
    g.fill(body);
    // speckles in the glaze, like stoneware
    Random random = new Random(7);
    g.setClip(body);
    for (int i = 0; i < 260; i++) {
        double x = left + random.nextDouble() * (right - left);
        double y = rimY + random.nextDouble() * (baseY - rimY);
        double d = 1.2 + random.nextDouble() * 2.2;
        g.setColor(random.nextBoolean() ? new Color(40, 60, 55, 90) : new Color(235, 225, 205, 110));
        g.fill(new Ellipse2D.Double(x, y, d, d));
    }
    // the glaze ends above the clay foot in a line that follows the cylinder's curve, with a few soft drips
    Path2D glazeEdge = new Path2D.Double();
    glazeEdge.moveTo(left - 5, 556);
    for (int i = 0; i <= 60; i++) {
        double t = i / 60.0;
        double drips = Math.pow(Math.max(0, Math.sin(t * Math.PI * 7 + 0.6)), 6) * 9;
        glazeEdge.lineTo(left + (right - left) * t, 554 + Math.sin(Math.PI * t) * 22 + drips);
    }
    glazeEdge.lineTo(right + 5, SIZE);
    glazeEdge.lineTo(left - 5, SIZE);
    glazeEdge.closePath();
    g.setPaint(linear(left, 0, right, 0, across, rgb(0xB79E80), rgb(0xD9C3A5), rgb(0xE8D6BC), rgb(0xCDB393),
            rgb(0xA58B6C)));
    g.fill(glazeEdge);
    g.setColor(new Color(40, 60, 55, 70));
    g.setStroke(new BasicStroke(2f));
    g.draw(glazeEdge);
    g.setClip(null);
    // a soft reflection running down the body: a radial highlight stretched into a tall ellipse
    AffineTransform saved = g.getTransform();
    g.translate(left + 82, 430);
    g.scale(0.2, 1);
    g.setPaint(radial(0, 0, 150, new float[] {0f, 1f}, new Color(255, 255, 255, 120), new Color(255, 255, 255, 0)));
    g.fill(new Ellipse2D.Double(-150, -150, 300, 300));
    g.setTransform(saved);

    // rim, inner wall and coffee
    Ellipse2D rim = new Ellipse2D.Double(left, rimY - ellipseHeight / 2, right - left, ellipseHeight);
    g.setPaint(linear(left, 0, right, 0, new float[] {0f, 0.5f, 1f}, rgb(0x7FAFA5), rgb(0xB5D6CE), rgb(0x6E9C92)));
    g.fill(rim);
    Ellipse2D inside = new Ellipse2D.Double(left + 10, rimY - ellipseHeight / 2 + 6, right - left - 20, ellipseHeight - 12);
    g.setPaint(linear(0, inside.getMinY(), 0, inside.getMaxY(), new float[] {0f, 1f}, rgb(0x2F4F49), rgb(0x6F9E94)));
    g.fill(inside);
    Ellipse2D coffee = new Ellipse2D.Double(left + 16, rimY - ellipseHeight / 2 + 16, right - left - 32, ellipseHeight - 24);
    g.setPaint(radial(left + 110, rimY - 4, 150, new float[] {0f, 0.6f, 1f}, rgb(0x8A5A3A), rgb(0x5B3520), rgb(0x3E2314)));
    g.fill(coffee);
    g.setColor(new Color(255, 240, 220, 120));
    g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(new Arc2D.Double(coffee.getX() + 30, coffee.getY() + 6, coffee.getWidth() - 60, coffee.getHeight() - 10, 200,
            60, Arc2D.OPEN));

    // steam
    g.setStroke(new BasicStroke(9f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    double[] steamX = {340, 392, 444};
    for (int i = 0; i < steamX.length; i++) {
        double x = steamX[i];
        double top = 150 + (i == 1 ? -20 : 0);
        Path2D wisp = new Path2D.Double();
        wisp.moveTo(x, 268);
        wisp.curveTo(x - 26, 236, x + 26, 212, x, top + 40);
        wisp.curveTo(x - 14, top + 20, x + 6, top + 6, x + 2, top);
        g.setPaint(linear(0, 268, 0, top, new float[] {0f, 1f}, new Color(255, 255, 255, 150), new Color(255, 255, 255, 0)));
        g.draw(wisp);
    }
    g.dispose();
    return image;
}

BufferedImage tote() {
    BufferedImage image = canvas();
    Graphics2D g = graphics(image);
    backdrop(g, rgb(0xF5E9E4), rgb(0xE2CABF));
    g.dispose();
    groundShadow(image, 400, 650, 470, 36);
    g = graphics(image);
    Color leather = rgb(0xA8572D);
    Color leatherDark = rgb(0x6E3318);
    Color thread = rgb(0xF1D9B5);

    // back handle, seen through the opening
    Path2D backHandle = new Path2D.Double();
    backHandle.moveTo(274, 322);
    backHandle.curveTo(262, 150, 538, 150, 526, 322);
    g.setStroke(new BasicStroke(22f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
    g.setColor(rgb(0x5E2A12));
    g.draw(backHandle);

    // the opening: the inside of the bag, darker
    Path2D opening = new Path2D.Double();
    opening.moveTo(248, 318);
    opening.curveTo(330, 300, 470, 300, 552, 318);
    opening.lineTo(552, 332);
    opening.lineTo(248, 332);
    opening.closePath();
    g.setColor(rgb(0x4A2210));
    g.fill(opening);

    // body: a trapezoid widening to the bottom, rounded at its foot
    Path2D body = new Path2D.Double();
    body.moveTo(248, 318);
    body.curveTo(330, 330, 470, 330, 552, 318);
    body.lineTo(606, 604);
    body.curveTo(610, 632, 596, 646, 570, 648);
    body.curveTo(460, 656, 340, 656, 230, 648);
    body.curveTo(204, 646, 190, 632, 194, 604);
    body.closePath();
    g.setPaint(linear(0, 318, 0, 650, new float[] {0f, 1f}, rgb(0xB9683A), rgb(0x8A431F)));
    g.fill(body);
    // side shading and a broad soft light from the upper left, like a softbox
    g.setPaint(linear(194, 0, 606, 0, new float[] {0f, 0.18f, 0.5f, 0.82f, 1f}, new Color(60, 20, 5, 110),
            new Color(60, 20, 5, 0), new Color(255, 220, 190, 40), new Color(60, 20, 5, 0), new Color(60, 20, 5, 130)));
    g.fill(body);
    g.setPaint(radial(340, 400, 230, new float[] {0f, 1f}, new Color(255, 226, 196, 80), new Color(255, 226, 196, 0)));
    g.fill(body);
    // fine grain
    Random random = new Random(11);
    g.setClip(body);
    for (int i = 0; i < 1400; i++) {
        double x = 190 + random.nextDouble() * 420;
        double y = 310 + random.nextDouble() * 345;
        g.setColor(random.nextBoolean() ? new Color(60, 25, 8, 26) : new Color(255, 220, 190, 22));
        g.fill(new Ellipse2D.Double(x, y, 2.2, 2.2));
    }
    g.setClip(null);

    // top hem: a folded band with stitching
    Path2D hem = new Path2D.Double();
    hem.moveTo(248, 318);
    hem.curveTo(330, 330, 470, 330, 552, 318);
    hem.lineTo(556, 344);
    hem.curveTo(470, 356, 330, 356, 244, 344);
    hem.closePath();
    g.setPaint(linear(0, 318, 0, 356, new float[] {0f, 1f}, rgb(0x96492A), leatherDark));
    g.fill(hem);
    Path2D hemStitch = new Path2D.Double();
    hemStitch.moveTo(252, 338);
    hemStitch.curveTo(330, 349, 470, 349, 548, 338);
    stitches(g, hemStitch, thread, 2f, 7f);
    // side and bottom stitching, inset from the edge
    Path2D edgeStitch = new Path2D.Double();
    edgeStitch.moveTo(258, 356);
    edgeStitch.lineTo(208, 604);
    edgeStitch.curveTo(205, 624, 214, 632, 234, 634);
    edgeStitch.curveTo(340, 642, 460, 642, 566, 634);
    edgeStitch.curveTo(586, 632, 595, 624, 592, 604);
    edgeStitch.lineTo(542, 356);
    stitches(g, edgeStitch, alpha(thread, 0.85), 2f, 7f);

    // front handle: leather strap with stitching, riveted to the body
    Path2D frontHandle = new Path2D.Double();
    frontHandle.moveTo(300, 372);
    frontHandle.curveTo(296, 168, 504, 168, 500, 372);
    BasicStroke strap = new BasicStroke(26f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND);
    g.setStroke(strap);
    g.setPaint(linear(0, 200, 0, 380, new float[] {0f, 1f}, rgb(0xB8683B), rgb(0x8B4420)));
    g.draw(frontHandle);
    g.setColor(new Color(255, 225, 195, 70));
    g.setStroke(new BasicStroke(5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(new CubicCurve2D.Double(306, 300, 312, 200, 400, 196, 440, 214));
    stitches(g, frontHandle, alpha(thread, 0.9), 1.8f, 6f);
    for (double x : new double[] {300, 500}) {
        RoundRectangle2D tab = new RoundRectangle2D.Double(x - 22, 342, 44, 58, 14, 14);
        g.setPaint(linear(0, 342, 0, 400, new float[] {0f, 1f}, rgb(0x9A4D27), leatherDark));
        g.fill(tab);
        g.setColor(alpha(thread, 0.85));
        g.setStroke(new BasicStroke(1.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {6f, 5f}, 0f));
        g.draw(new RoundRectangle2D.Double(x - 16, 348, 32, 46, 10, 10));
        g.setPaint(radial(x - 3, 380, 10, new float[] {0f, 1f}, rgb(0xFFF1C9), rgb(0xB8913D)));
        g.fill(new Ellipse2D.Double(x - 8, 374, 16, 16));
    }

    // embossed brand patch
    RoundRectangle2D patch = new RoundRectangle2D.Double(352, 452, 96, 58, 10, 10);
    g.setColor(new Color(60, 22, 6, 90));
    g.fill(new RoundRectangle2D.Double(352, 454, 96, 58, 10, 10));
    g.setPaint(linear(0, 452, 0, 510, new float[] {0f, 1f}, rgb(0xB0603A), rgb(0x8E4822)));
    g.fill(patch);
    g.setColor(new Color(255, 220, 190, 90));
    g.setStroke(new BasicStroke(2f));
    g.draw(new RoundRectangle2D.Double(360, 460, 80, 42, 6, 6));
    g.setColor(new Color(70, 28, 10, 150));
    g.setStroke(new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(new Line2D.Double(378, 481, 422, 481));
    g.dispose();
    return image;
}

BufferedImage watch() {
    BufferedImage image = canvas();
    Graphics2D g = graphics(image);
    backdrop(g, rgb(0xEAF0F1), rgb(0xCCD8DC));
    g.dispose();
    double cx = 400;
    double cy = 392;
    // the watch stands on its case: a shadow under the lower strap and one cast by the case
    shadow(image, new Ellipse2D.Double(cx - 130, cy + 260, 260, 40), 22, 0.35, Color.BLACK);
    shadow(image, new Ellipse2D.Double(cx - 150 + 14, cy - 150 + 22, 300, 300), 26, 0.28, Color.BLACK);
    g = graphics(image);
    Color strapTop = rgb(0x7A4A2A);
    Color strapBottom = rgb(0x4E2C17);
    Color thread = rgb(0xE9D2B0);

    // straps, tapering away from the case
    for (int direction = -1; direction <= 1; direction += 2) {
        Path2D strap = new Path2D.Double();
        double near = cy + direction * 120;
        double far = cy + direction * 300;
        strap.moveTo(cx - 66, near);
        strap.lineTo(cx - 56, far - direction * 20);
        strap.quadTo(cx - 56, far, cx - 36, far);
        strap.lineTo(cx + 36, far);
        strap.quadTo(cx + 56, far, cx + 56, far - direction * 20);
        strap.lineTo(cx + 66, near);
        strap.closePath();
        g.setPaint(linear(cx - 66, 0, cx + 66, 0, new float[] {0f, 0.3f, 0.7f, 1f}, strapBottom, strapTop, strapTop,
                strapBottom));
        g.fill(strap);
        Path2D seam = new Path2D.Double();
        seam.moveTo(cx - 54, near);
        seam.lineTo(cx - 45, far - direction * 14);
        seam.lineTo(cx + 45, far - direction * 14);
        seam.lineTo(cx + 54, near);
        stitches(g, seam, alpha(thread, 0.8), 1.8f, 6f);
    }
    // holes in the lower strap, and the keeper
    for (int i = 0; i < 4; i++) {
        double y = cy + 196 + i * 22;
        g.setColor(rgb(0x2E1A0E));
        g.fill(new Ellipse2D.Double(cx - 5, y, 10, 10));
    }
    g.setPaint(linear(0, cy - 250, 0, cy - 226, new float[] {0f, 1f}, rgb(0x6B3F23), rgb(0x3F2313)));
    g.fill(new RoundRectangle2D.Double(cx - 62, cy - 252, 124, 24, 8, 8));

    // lugs and crown
    for (int direction = -1; direction <= 1; direction += 2) {
        for (double lugX : new double[] {cx - 92, cx + 58}) {
            double lugY = cy + direction * 128 - 24;
            g.setPaint(linear(lugX, 0, lugX + 34, 0, new float[] {0f, 0.45f, 1f}, rgb(0x858C92), rgb(0xF4F6F7),
                    rgb(0x8A9298)));
            g.fill(new RoundRectangle2D.Double(lugX, lugY, 34, 48, 20, 20));
        }
    }
    g.setPaint(linear(0, cy - 18, 0, cy + 18, new float[] {0f, 0.5f, 1f}, rgb(0x9AA1A7), rgb(0xF4F6F7), rgb(0x858C92)));
    g.fill(new RoundRectangle2D.Double(cx + 140, cy - 17, 28, 34, 8, 8));
    g.setColor(new Color(0, 0, 0, 50));
    for (int i = 0; i < 6; i++) {
        g.fill(new Rectangle2D.Double(cx + 148 + i * 3.2, cy - 15, 1.2, 30));
    }

    // case: polished steel, lit from the upper left
    Ellipse2D caseShape = new Ellipse2D.Double(cx - 150, cy - 150, 300, 300);
    g.setPaint(linear(cx - 150, cy - 150, cx + 150, cy + 150, new float[] {0f, 0.35f, 0.65f, 1f}, rgb(0xFBFCFC),
            rgb(0xB9C0C5), rgb(0xE5E8EA), rgb(0x6F777D)));
    g.fill(caseShape);
    Ellipse2D bezel = new Ellipse2D.Double(cx - 138, cy - 138, 276, 276);
    g.setPaint(linear(cx + 138, cy + 138, cx - 138, cy - 138, new float[] {0f, 1f}, rgb(0xF4F6F7), rgb(0x8D959B)));
    g.fill(bezel);

    // dial: deep blue with a sunburst
    double dialRadius = 124;
    Ellipse2D dial = new Ellipse2D.Double(cx - dialRadius, cy - dialRadius, dialRadius * 2, dialRadius * 2);
    g.setPaint(radial(cx, cy, dialRadius, new float[] {0f, 0.75f, 1f}, rgb(0x2E4A7A), rgb(0x1D3158), rgb(0x132240)));
    g.fill(dial);
    g.setClip(dial);
    for (int i = 0; i < 120; i++) {
        double angle = Math.toRadians(i * 3);
        g.setColor(i % 2 == 0 ? new Color(255, 255, 255, 10) : new Color(0, 0, 0, 12));
        g.setStroke(new BasicStroke(2f));
        g.draw(new Line2D.Double(cx, cy, cx + Math.cos(angle) * dialRadius, cy + Math.sin(angle) * dialRadius));
    }
    g.setClip(null);
    // hour markers: batons, double at twelve
    Color gold = rgb(0xE8CC8F);
    for (int hour = 0; hour < 12; hour++) {
        AffineTransform saved = g.getTransform();
        g.rotate(Math.toRadians(hour * 30), cx, cy);
        g.setPaint(linear(cx - 4, 0, cx + 4, 0, new float[] {0f, 0.5f, 1f}, rgb(0xB8954F), rgb(0xFFF0C8), rgb(0xB8954F)));
        if (hour == 0) {
            g.fill(new RoundRectangle2D.Double(cx - 11, cy - 112, 8, 30, 3, 3));
            g.fill(new RoundRectangle2D.Double(cx + 3, cy - 112, 8, 30, 3, 3));
        } else {
            boolean quarter = hour % 3 == 0;
            g.fill(new RoundRectangle2D.Double(cx - 4, cy - 112, 8, quarter ? 28 : 20, 3, 3));
        }
        g.setTransform(saved);
    }
    // minute track
    g.setColor(new Color(255, 255, 255, 110));
    for (int minute = 0; minute < 60; minute++) {
        if (minute % 5 == 0) {
            continue;
        }
        double angle = Math.toRadians(minute * 6 - 90);
        g.fill(new Ellipse2D.Double(cx + Math.cos(angle) * 116 - 1.5, cy + Math.sin(angle) * 116 - 1.5, 3, 3));
    }
    // hands at ten past ten, the time watches are shown at
    drawHand(g, cx, cy, 300 + 10 * 0.5, 66, 11, gold);
    drawHand(g, cx, cy, 60, 100, 8, gold);
    g.setColor(rgb(0xE2604B));
    g.setStroke(new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    double secondsAngle = Math.toRadians(200 - 90);
    g.draw(new Line2D.Double(cx - Math.cos(secondsAngle) * 26, cy - Math.sin(secondsAngle) * 26,
            cx + Math.cos(secondsAngle) * 112, cy + Math.sin(secondsAngle) * 112));
    g.setPaint(radial(cx - 2, cy - 2, 9, new float[] {0f, 1f}, rgb(0xFFF0C8), rgb(0xA88642)));
    g.fill(new Ellipse2D.Double(cx - 8, cy - 8, 16, 16));

    // glass: a soft reflection across the upper left
    Area glare = new Area(dial);
    glare.intersect(new Area(new Ellipse2D.Double(cx - 230, cy - 250, 330, 330)));
    g.setPaint(linear(cx - 120, cy - 120, cx, cy, new float[] {0f, 1f}, new Color(255, 255, 255, 70),
            new Color(255, 255, 255, 0)));
    g.fill(glare);
    g.dispose();
    return image;
}

/** A tapered watch hand pointing at {@code degrees} clockwise from twelve. */
void drawHand(Graphics2D g, double cx, double cy, double degrees, double length, double width, Color color) {
    AffineTransform saved = g.getTransform();
    g.rotate(Math.toRadians(degrees), cx, cy);
    Path2D hand = new Path2D.Double();
    hand.moveTo(cx - width / 2, cy + 14);
    hand.lineTo(cx - width / 2, cy - length + width);
    hand.lineTo(cx, cy - length);
    hand.lineTo(cx + width / 2, cy - length + width);
    hand.lineTo(cx + width / 2, cy + 14);
    hand.closePath();
    g.setPaint(linear(cx - width / 2, 0, cx + width / 2, 0, new float[] {0f, 0.5f, 1f}, color.darker(),
            new Color(0xFFF4D6), color.darker()));
    g.fill(hand);
    g.setTransform(saved);
}

BufferedImage sunglasses() {
    BufferedImage image = canvas();
    Graphics2D g = graphics(image);
    backdrop(g, rgb(0xFDF2DA), rgb(0xF1D6A6));
    g.dispose();
    double cy = 392;
    double lensWidth = 214;
    double lensHeight = 170;
    double gap = 56;
    Shape leftLens = lens(400 - gap / 2 - lensWidth, cy - lensHeight / 2, lensWidth, lensHeight, false);
    Shape rightLens = lens(400 + gap / 2, cy - lensHeight / 2, lensWidth, lensHeight, true);
    BasicStroke rimStroke = new BasicStroke(20f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    Area frame = new Area(rimStroke.createStrokedShape(leftLens));
    frame.add(new Area(rimStroke.createStrokedShape(rightLens)));
    Path2D bridge = new Path2D.Double();
    bridge.moveTo(400 - gap / 2 - 6, cy - lensHeight / 2 + 22);
    bridge.curveTo(386, cy - lensHeight / 2 + 2, 414, cy - lensHeight / 2 + 2, 400 + gap / 2 + 6, cy - lensHeight / 2 + 22);
    frame.add(new Area(new BasicStroke(16f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND).createStrokedShape(bridge)));
    // the temples, folded behind the frame, show as short bars at the outer corners
    for (int side = -1; side <= 1; side += 2) {
        double x = 400 + side * (gap / 2 + lensWidth + 4);
        frame.add(new Area(new RoundRectangle2D.Double(side < 0 ? x - 26 : x - 4, cy - lensHeight / 2 + 8, 30, 20, 10, 10)));
    }
    // shadow: the frame's own, and the tinted light through the lenses
    Area lenses = new Area(leftLens);
    lenses.add(new Area(rightLens));
    Area cast = new Area(frame);
    cast.add(lenses);
    // flattened onto the floor below the glasses, as if they stood on it
    double squash = 0.2;
    double floorY = cy + lensHeight / 2 + 64;
    Shape flattened = AffineTransform.getTranslateInstance(0, floorY - squash * (cy - lensHeight / 2 - 12))
            .createTransformedShape(AffineTransform.getScaleInstance(1, squash).createTransformedShape(cast));
    shadow(image, flattened, 18, 0.30, rgb(0x5A3A1A));
    groundShadow(image, 400, floorY + 18, 520, 14);
    g = graphics(image);

    // lenses: gradient tint, dark at the top, warmer below
    g.setPaint(linear(0, cy - lensHeight / 2, 0, cy + lensHeight / 2, new float[] {0f, 0.55f, 1f}, rgb(0x1E1A17),
            rgb(0x3B2D22), rgb(0x7A5232)));
    g.fill(lenses);
    // reflections: a soft sky band and a crisp diagonal streak on each lens
    g.setClip(lenses);
    g.setPaint(linear(0, cy - lensHeight / 2, 0, cy, new float[] {0f, 1f}, new Color(255, 255, 255, 70),
            new Color(255, 255, 255, 0)));
    g.fill(new Rectangle2D.Double(0, cy - lensHeight / 2, SIZE, lensHeight / 2));
    for (double x : new double[] {400 - gap / 2 - lensWidth + 40, 400 + gap / 2 + 40}) {
        Path2D streak = new Path2D.Double();
        streak.moveTo(x + 70, cy - lensHeight / 2);
        streak.lineTo(x + 112, cy - lensHeight / 2);
        streak.lineTo(x + 40, cy + lensHeight / 2);
        streak.lineTo(x - 2, cy + lensHeight / 2);
        streak.closePath();
        g.setPaint(linear(0, cy - lensHeight / 2, 0, cy + lensHeight / 2, new float[] {0f, 1f},
                new Color(255, 255, 255, 60), new Color(255, 255, 255, 8)));
        g.fill(streak);
    }
    g.setClip(null);

    // frame in tortoiseshell: an amber base with dark, blurred-edged spots
    g.setPaint(linear(0, cy - lensHeight / 2 - 12, 0, cy + lensHeight / 2 + 12, new float[] {0f, 1f}, rgb(0x9A5A24),
            rgb(0x5C3012)));
    g.fill(frame);
    BufferedImage spots = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
    Graphics2D sg = graphics(spots);
    Random random = new Random(5);
    for (int i = 0; i < 220; i++) {
        double x = 120 + random.nextDouble() * 560;
        double y = cy - lensHeight / 2 - 20 + random.nextDouble() * (lensHeight + 40);
        double w = 10 + random.nextDouble() * 30;
        double h = 6 + random.nextDouble() * 14;
        sg.setColor(random.nextInt(4) == 0 ? new Color(0xD08A3A) : new Color(0x3A1A0A));
        sg.fill(new Ellipse2D.Double(x, y, w, h));
    }
    sg.dispose();
    spots = blur(spots, 7);
    g.setClip(frame);
    g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.6f));
    g.drawImage(spots, 0, 0, null);
    g.setComposite(AlphaComposite.SrcOver);
    // a glossy highlight along the top of the frame
    g.setPaint(linear(0, cy - lensHeight / 2 - 12, 0, cy - lensHeight / 2 + 6, new float[] {0f, 1f},
            new Color(255, 240, 215, 120), new Color(255, 240, 215, 0)));
    g.fill(new Rectangle2D.Double(0, cy - lensHeight / 2 - 12, SIZE, 18));
    g.setClip(null);
    // metal hinge pins
    for (int side = -1; side <= 1; side += 2) {
        double x = 400 + side * (gap / 2 + lensWidth - 2);
        g.setPaint(radial(x - 1, cy - lensHeight / 2 + 16, 6, new float[] {0f, 1f}, rgb(0xFFF3D6), rgb(0xA88A52)));
        g.fill(new Ellipse2D.Double(x - 5, cy - lensHeight / 2 + 12, 10, 10));
    }
    g.dispose();
    return image;
}

/** A lens: flat on top, rounded toward the bottom and the outer side, like a wayfarer's. */
Shape lens(double x, double y, double width, double height, boolean rightSide) {
    Path2D path = new Path2D.Double();
    path.moveTo(x + width * 0.06, y + height * 0.04);
    path.lineTo(x + width * 0.94, y);
    path.curveTo(x + width * 1.02, y + height * 0.02, x + width, y + height * 0.38, x + width * 0.96, y + height * 0.62);
    path.curveTo(x + width * 0.9, y + height * 0.98, x + width * 0.62, y + height, x + width * 0.46, y + height);
    path.curveTo(x + width * 0.2, y + height, x + width * 0.04, y + height * 0.84, x + width * 0.01, y + height * 0.5);
    path.curveTo(x - width * 0.01, y + height * 0.24, x, y + height * 0.06, x + width * 0.06, y + height * 0.04);
    path.closePath();
    if (!rightSide) {
        return path;
    }
    // mirror the left lens's outline for the right one
    AffineTransform mirror = new AffineTransform(-1, 0, 0, 1, 2 * x + width, 0);
    return mirror.createTransformedShape(path);
}
