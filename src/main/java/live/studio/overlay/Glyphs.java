package live.studio.overlay;

import java.awt.BasicStroke;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

/** Small icons drawn as shapes (no icon font to ship), each in a square of the given size at (x, y). */
final class Glyphs {

    private Glyphs() {
    }

    private static Shape placed(Shape unit, double x, double y, double size) {
        AffineTransform transform = new AffineTransform(size, 0, 0, size, x, y);
        return transform.createTransformedShape(unit);
    }

    /** A lightning bolt: a flash sale. */
    static Shape bolt(double x, double y, double size) {
        Path2D bolt = new Path2D.Double();
        bolt.moveTo(0.58, 0.02);
        bolt.lineTo(0.16, 0.56);
        bolt.lineTo(0.46, 0.56);
        bolt.lineTo(0.38, 0.98);
        bolt.lineTo(0.84, 0.40);
        bolt.lineTo(0.53, 0.40);
        bolt.lineTo(0.62, 0.02);
        bolt.closePath();
        return placed(bolt, x, y, size);
    }

    /** A clock face with hands: time left. */
    static Shape clock(double x, double y, double size) {
        Area clock = new Area(new Ellipse2D.Double(0.04, 0.04, 0.92, 0.92));
        clock.subtract(new Area(new Ellipse2D.Double(0.16, 0.16, 0.68, 0.68)));
        Path2D hands = new Path2D.Double();
        hands.moveTo(0.5, 0.26);
        hands.lineTo(0.5, 0.52);
        hands.lineTo(0.68, 0.62);
        clock.add(new Area(new BasicStroke(0.1f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND).createStrokedShape(hands)));
        return placed(clock, x, y, size);
    }

    /** A cross: over, sold out. */
    static Shape cross(double x, double y, double size) {
        Path2D cross = new Path2D.Double();
        cross.moveTo(0.22, 0.22);
        cross.lineTo(0.78, 0.78);
        cross.moveTo(0.78, 0.22);
        cross.lineTo(0.22, 0.78);
        return placed(new BasicStroke(0.16f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND).createStrokedShape(cross),
                x, y, size);
    }

    /** A push pin, tilted: a comment pinned on air. */
    static Shape pin(double x, double y, double size) {
        Area pin = new Area(new RoundRectangle2D.Double(0.36, 0.06, 0.28, 0.34, 0.08, 0.08));
        pin.add(new Area(new Rectangle2D.Double(0.30, 0.02, 0.40, 0.1)));
        Path2D flare = new Path2D.Double();
        flare.moveTo(0.36, 0.38);
        flare.lineTo(0.18, 0.58);
        flare.lineTo(0.82, 0.58);
        flare.lineTo(0.64, 0.38);
        flare.closePath();
        pin.add(new Area(flare));
        Path2D needle = new Path2D.Double();
        needle.moveTo(0.5, 0.58);
        needle.lineTo(0.5, 0.96);
        pin.add(new Area(new BasicStroke(0.07f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND).createStrokedShape(needle)));
        pin.transform(AffineTransform.getRotateInstance(Math.toRadians(35), 0.5, 0.5));
        return placed(pin, x, y, size);
    }

    /** A speech bubble: a chat without a known platform. */
    static Shape bubble(double x, double y, double size) {
        Area bubble = new Area(new RoundRectangle2D.Double(0.1, 0.14, 0.8, 0.56, 0.3, 0.3));
        Path2D tail = new Path2D.Double();
        tail.moveTo(0.26, 0.6);
        tail.lineTo(0.22, 0.88);
        tail.lineTo(0.5, 0.66);
        tail.closePath();
        bubble.add(new Area(tail));
        return placed(bubble, x, y, size);
    }

    /** Twitch's mark, simplified: a bubble with a notch and two bars for eyes. */
    static Shape twitch(double x, double y, double size) {
        Path2D outline = new Path2D.Double();
        outline.moveTo(0.20, 0.10);
        outline.lineTo(0.86, 0.10);
        outline.lineTo(0.86, 0.56);
        outline.lineTo(0.64, 0.78);
        outline.lineTo(0.48, 0.78);
        outline.lineTo(0.34, 0.92);
        outline.lineTo(0.34, 0.78);
        outline.lineTo(0.14, 0.78);
        outline.lineTo(0.14, 0.22);
        outline.closePath();
        Area mark = new Area(outline);
        mark.subtract(new Area(new Rectangle2D.Double(0.44, 0.28, 0.09, 0.24)));
        mark.subtract(new Area(new Rectangle2D.Double(0.64, 0.28, 0.09, 0.24)));
        return placed(mark, x, y, size);
    }

    /** A play triangle: YouTube. */
    static Shape play(double x, double y, double size) {
        Path2D play = new Path2D.Double();
        play.moveTo(0.36, 0.26);
        play.lineTo(0.76, 0.5);
        play.lineTo(0.36, 0.74);
        play.closePath();
        return placed(play, x, y, size);
    }

    /** A hash sign: IRC channels. */
    static Shape hash(double x, double y, double size) {
        Path2D hash = new Path2D.Double();
        hash.moveTo(0.42, 0.18);
        hash.lineTo(0.34, 0.82);
        hash.moveTo(0.66, 0.18);
        hash.lineTo(0.58, 0.82);
        hash.moveTo(0.2, 0.38);
        hash.lineTo(0.82, 0.38);
        hash.moveTo(0.18, 0.62);
        hash.lineTo(0.8, 0.62);
        return placed(new BasicStroke(0.09f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND).createStrokedShape(hash),
                x, y, size);
    }

    /** A flame: stock running out. */
    static Shape flame(double x, double y, double size) {
        Path2D flame = new Path2D.Double();
        flame.moveTo(0.52, 0.04);
        flame.curveTo(0.60, 0.26, 0.84, 0.36, 0.84, 0.62);
        flame.curveTo(0.84, 0.84, 0.68, 0.97, 0.5, 0.97);
        flame.curveTo(0.31, 0.97, 0.16, 0.84, 0.16, 0.63);
        flame.curveTo(0.16, 0.47, 0.26, 0.36, 0.34, 0.3);
        flame.curveTo(0.34, 0.42, 0.38, 0.5, 0.46, 0.54);
        flame.curveTo(0.44, 0.36, 0.46, 0.18, 0.52, 0.04);
        flame.closePath();
        Area shape = new Area(flame);
        Path2D core = new Path2D.Double();
        core.moveTo(0.5, 0.55);
        core.curveTo(0.56, 0.66, 0.66, 0.7, 0.66, 0.8);
        core.curveTo(0.66, 0.9, 0.58, 0.94, 0.5, 0.94);
        core.curveTo(0.42, 0.94, 0.34, 0.9, 0.34, 0.8);
        core.curveTo(0.34, 0.7, 0.46, 0.66, 0.5, 0.55);
        core.closePath();
        shape.subtract(new Area(core));
        return placed(shape, x, y, size);
    }
}
