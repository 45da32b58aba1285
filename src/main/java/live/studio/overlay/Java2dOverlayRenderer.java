package live.studio.overlay;

import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import live.studio.overlay.OverlayContent.Banner;
import live.studio.overlay.OverlayContent.Countdown;
import live.studio.overlay.OverlayContent.LowerThird;
import live.studio.overlay.OverlayContent.PinnedComment;
import live.studio.overlay.OverlayContent.ProductCard;
import live.studio.overlay.OverlayContent.PromoCode;
import live.studio.overlay.OverlayContent.StockCounter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Draws graphics with Java 2D into premultiplied ARGB bitmaps as large as the graphic (its shadow included), at the
 * theme's place for the canvas. A slot's box depends only on the theme and the canvas, never on the text: hostile
 * text is cleaned, wrapped, cut with an ellipsis and clipped inside it.
 *
 * <p>Thread-safe: each call draws into its own image; the shadows (the same for every graphic of a slot) are cached.
 */
public final class Java2dOverlayRenderer implements OverlayRenderer {

    private static final Logger LOG = LoggerFactory.getLogger(Java2dOverlayRenderer.class);

    private final Theme theme;
    private final Canvas canvas;
    private final Map<OverlaySlot, SlotGeometry.Box> boxes = new EnumMap<>(OverlaySlot.class);
    private final Map<OverlaySlot, BufferedImage> shadows = new ConcurrentHashMap<>();
    private final PictureCache pictures = new PictureCache();

    public Java2dOverlayRenderer(Theme theme, Canvas canvas) {
        this.theme = theme;
        this.canvas = canvas;
        for (OverlaySlot slot : OverlaySlot.values()) {
            boxes.put(slot, SlotGeometry.box(theme, canvas, slot));
        }
        warmUp();
    }

    /**
     * Draws one of each graphic now and throws it away: fonts read, classes loaded, shadows cached. The first graphic
     * on air would otherwise pay for all that (hundreds of milliseconds) between the key press and the picture, so
     * create the renderer when the show is set up, not on a trigger.
     */
    private void warmUp() {
        BufferedImage picture = Drawing.image(64, 64);
        List<OverlayContent> samples = List.of(
                new ProductCard("Aa", "0.00", Optional.of("0.00"), StockLevel.LOW, 1, Optional.of(picture),
                        Optional.of("https://example.com/"), Optional.of("example.com"), "1", Optional.of("-1 %")),
                new Countdown("Aa", 1, CountdownUrgency.NORMAL),
                new PromoCode("AA", "Aa", java.util.OptionalLong.of(1)),
                new LowerThird("Aa", "Aa"),
                new Banner("Aa 0:9 € مرحبا 🔥"),
                new PinnedComment("Aa", "Aa مرحبا 🔥", "twitch"),
                new StockCounter("Aa", 1));
        for (OverlayContent sample : samples) {
            render(sample);
        }
    }

    @Override
    public Canvas canvas() {
        return canvas;
    }

    public Theme theme() {
        return theme;
    }

    @Override
    public Region region(OverlaySlot slot) {
        return boxes.get(slot).region();
    }

    @Override
    public RenderedOverlay render(OverlayContent content) {
        OverlaySlot slot = content.slot();
        SlotGeometry.Box box = boxes.get(slot);
        Entrance entrance = theme.placement(canvas.shape(), slot).entrance();
        try {
            return new RenderedOverlay(slot, layers(content, box), entrance);
        } catch (RuntimeException e) {
            // A bug in the drawing must not take the show down: the slot shows its empty panel and the log says why.
            LOG.error("Drawing the {} failed; showing an empty panel instead", slot, e);
            BufferedImage image = Drawing.image(box.region().width(), box.region().height());
            Graphics2D g = Drawing.graphics(image);
            Sketch sketch = sketch(g, box);
            Drawing.surface(g, Drawing.rounded(0, 0, sketch.width, sketch.height, theme.cornerRadius()),
                    theme.colours());
            g.dispose();
            return new RenderedOverlay(slot, List.of(OverlayLayer.fixed(bitmap(image), box.region().x(),
                    box.region().y())), entrance);
        }
    }

    private List<OverlayLayer> layers(OverlayContent content, SlotGeometry.Box box) {
        if (content instanceof Banner banner) {
            return bannerLayers(banner, box);
        }
        BufferedImage image = withShadow(box, content.slot(), sketch -> outline(sketch, content));
        Graphics2D g = Drawing.graphics(image);
        Sketch sketch = sketch(g, box);
        switch (content) {
            case ProductCard card -> ProductCardPainter.paint(sketch, card, canvas.shape());
            case Countdown countdown -> CountdownPainter.paint(sketch, countdown);
            case PromoCode promo -> PromoCodePainter.paint(sketch, promo);
            case LowerThird lowerThird -> LowerThirdPainter.paint(sketch, lowerThird);
            case PinnedComment comment -> PinnedCommentPainter.paint(sketch, comment);
            case StockCounter counter -> StockCounterPainter.paint(sketch, counter);
            case Banner banner -> throw new IllegalStateException("drawn above");
        }
        g.dispose();
        return List.of(OverlayLayer.fixed(bitmap(image), box.region().x(), box.region().y()));
    }

    private static Shape outline(Sketch sketch, OverlayContent content) {
        return switch (content) {
            case ProductCard ignored -> ProductCardPainter.outline(sketch);
            case Countdown ignored -> CountdownPainter.outline(sketch);
            case PromoCode ignored -> PromoCodePainter.outline(sketch);
            case LowerThird ignored -> LowerThirdPainter.outline(sketch);
            case PinnedComment ignored -> PinnedCommentPainter.outline(sketch);
            case StockCounter ignored -> StockCounterPainter.outline(sketch);
            case Banner ignored -> BannerPainter.outline(sketch);
        };
    }

    private List<OverlayLayer> bannerLayers(Banner banner, SlotGeometry.Box box) {
        BufferedImage bar = withShadow(box, OverlaySlot.BANNER, BannerPainter::outline);
        Graphics2D g = Drawing.graphics(bar);
        Sketch sketch = sketch(g, box);
        BannerPainter.paintBar(sketch);
        Rectangle2D viewportDesign = BannerPainter.viewport(sketch);
        java.awt.Rectangle viewportOnBar = sketch.device(viewportDesign.getX(), viewportDesign.getY(),
                viewportDesign.getWidth(), viewportDesign.getHeight());
        g.dispose();

        Region region = box.region();
        Region viewport = new Region(region.x() + viewportOnBar.x, region.y() + viewportOnBar.y,
                Math.max(1, viewportOnBar.width), Math.max(1, viewportOnBar.height));
        String text = Captions.line(banner.text(), BannerPainter.MAX_TEXT_GRAPHEMES);
        double scale = box.scale();
        // Measure once in design pixels, then size the strip: the text once and its gap, at least the viewport wide
        // (a short text then crosses alone rather than repeating within the bar).
        BufferedImage probe = Drawing.image(1, 1);
        Graphics2D probeGraphics = Drawing.graphics(probe);
        probeGraphics.scale(scale, scale);
        Typesetter measure = Typesetter.of(probeGraphics, theme.fonts().strong(), (float) BannerPainter.TEXT_SIZE);
        int stripWidth = Math.max(viewport.width(),
                (int) Math.ceil(BannerPainter.stripWidth(measure, text) * scale));
        probeGraphics.dispose();

        BufferedImage strip = Drawing.image(stripWidth, viewport.height());
        Graphics2D stripGraphics = Drawing.graphics(strip);
        stripGraphics.scale(scale, scale);
        Sketch stripSketch = new Sketch(stripGraphics, theme, stripWidth / scale, viewport.height() / scale, pictures);
        BannerPainter.paintStrip(stripSketch,
                Typesetter.of(stripGraphics, theme.fonts().strong(), (float) BannerPainter.TEXT_SIZE), text);
        stripGraphics.dispose();

        int speed = (int) Math.round(BannerPainter.PIXELS_PER_SECOND_AT_1080 * scale);
        return List.of(OverlayLayer.fixed(bitmap(bar), region.x(), region.y()),
                new OverlayLayer(bitmap(strip), viewport.x(), viewport.y(), Optional.of(new Scroll(viewport, speed))));
    }

    /** A new image for the slot with its shadow already in it (drawn once per slot, then copied). */
    private BufferedImage withShadow(SlotGeometry.Box box, OverlaySlot slot,
            java.util.function.Function<Sketch, Shape> outline) {
        Region region = box.region();
        BufferedImage image = Drawing.image(region.width(), region.height());
        if (theme.shadow().reach() == 0) {
            return image;
        }
        BufferedImage shadow = shadows.computeIfAbsent(slot, ignored -> {
            BufferedImage drawn = Drawing.image(region.width(), region.height());
            Graphics2D g = Drawing.graphics(drawn);
            Sketch sketch = sketch(g, box);
            Shape device = g.getTransform().createTransformedShape(outline.apply(sketch));
            g.dispose();
            Drawing.shadow(drawn, device, theme.shadow().colour(), theme.shadow().blur() * box.scale(),
                    theme.shadow().offsetY() * box.scale());
            return drawn;
        });
        System.arraycopy(Drawing.pixels(shadow), 0, Drawing.pixels(image), 0, Drawing.pixels(image).length);
        return image;
    }

    private Sketch sketch(Graphics2D g, SlotGeometry.Box box) {
        g.transform(AffineTransform.getScaleInstance(box.scale(), box.scale()));
        g.translate(box.reach(), box.reach());
        return new Sketch(g, theme, box.innerWidth(), box.innerHeight(), pictures);
    }

    private static OverlayBitmap bitmap(BufferedImage image) {
        return new OverlayBitmap(image.getWidth(), image.getHeight(), Drawing.pixels(image));
    }
}
