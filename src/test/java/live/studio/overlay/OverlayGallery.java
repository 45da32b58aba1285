package live.studio.overlay;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.DirectColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import javax.imageio.ImageIO;
import live.studio.overlay.OverlayContent.Banner;
import live.studio.overlay.OverlayContent.Countdown;
import live.studio.overlay.OverlayContent.LowerThird;
import live.studio.overlay.OverlayContent.PinnedComment;
import live.studio.overlay.OverlayContent.ProductCard;
import live.studio.overlay.OverlayContent.PromoCode;
import live.studio.overlay.OverlayContent.StockCounter;

/**
 * Screenshots of the graphics for docs/overlays: each theme at 1920×1080 and 1080×1920 over a studio-like frame,
 * plus a sheet of every state. Run: {@code ./mvnw -q test-compile exec:exec@overlay-gallery} (writes docs/overlays).
 */
public final class OverlayGallery {

    private OverlayGallery() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/overlays");
        Files.createDirectories(out);
        for (String name : List.of("studio", "boutique")) {
            Theme theme = Theme.load(Path.of("assets/themes", name + ".json"));
            write(scene(theme, new Canvas(1920, 1080), false), out.resolve(name + "-landscape.png"));
            write(scene(theme, new Canvas(1080, 1920), false), out.resolve(name + "-portrait.png"));
            write(states(theme), out.resolve(name + "-states.png"));
        }
        Theme studio = Theme.load(Path.of("assets/themes/studio.json"));
        write(scene(studio, new Canvas(1080, 1920), true), out.resolve("portrait-safe-areas.png"));
    }

    static ProductCard card(StockLevel level, int quantity, boolean withImage) {
        return new ProductCard("Glow Serum — Vitamin C brightening drops, 30 ml", "€34.90", Optional.of("€49.90"),
                level, quantity, withImage ? Optional.of(DemoPictures.product()) : Optional.empty(),
                Optional.of("https://shop.example.com/p/glow-serum?src=live"), Optional.of("shop.example.com/p12"),
                "12", Optional.of("−30 %"));
    }

    static List<OverlayContent> everything(CanvasShape shape) {
        List<OverlayContent> contents = new ArrayList<>(List.of(
                new Banner("Free shipping on orders over €50 • New arrivals every Friday • Ask your questions in chat"),
                new StockCounter("Glow Serum", 7),
                card(StockLevel.LOW, 3, true),
                new PromoCode("SPRING20", "20 % off everything today", OptionalLong.of(9 * 60 + 30)),
                new Countdown("Flash sale ends in", 4 * 60 + 59, CountdownUrgency.NORMAL),
                new PinnedComment("sarah_k", "Does it come in a travel size? I need one for my trip next week ✈️",
                        "twitch")));
        if (shape == CanvasShape.LANDSCAPE) {
            contents.add(new LowerThird("Maya Chen", "Host · Skincare expert"));
        }
        return contents;
    }

    static BufferedImage scene(Theme theme, Canvas canvas, boolean showSafeAreas) {
        BufferedImage frame = DemoPictures.studio(canvas.width(), canvas.height());
        OverlayRenderer renderer = OverlayRenderer.create(theme, canvas);
        for (OverlayContent content : everything(canvas.shape())) {
            composite(frame, renderer.render(content), 0.25);
        }
        if (showSafeAreas) {
            Graphics2D g = frame.createGraphics();
            g.setStroke(new BasicStroke(3f));
            for (Region zone : SafeAreas.forbidden(canvas)) {
                g.setColor(new Color(255, 40, 60, 60));
                g.fillRect(zone.x(), zone.y(), zone.width(), zone.height());
                g.setColor(new Color(255, 40, 60, 200));
                g.drawRect(zone.x(), zone.y(), zone.width() - 1, zone.height() - 1);
            }
            Region usable = SafeAreas.usable(canvas);
            g.setColor(new Color(60, 255, 120, 200));
            g.drawRect(usable.x(), usable.y(), usable.width() - 1, usable.height() - 1);
            g.dispose();
        }
        return frame;
    }

    /** Every state of every kind for one theme, at 1080p scale, packed in rows on a 1920-wide sheet. */
    static BufferedImage states(Theme theme) {
        Canvas canvas = new Canvas(1920, 1080);
        OverlayRenderer renderer = OverlayRenderer.create(theme, canvas);
        List<RenderedOverlay> overlays = new ArrayList<>();
        for (OverlayContent content : stateContents()) {
            overlays.add(renderer.render(content));
        }
        int width = 1920;
        int margin = 30;
        List<int[]> places = new ArrayList<>();
        int x = margin;
        int y = margin;
        int rowHeight = 0;
        for (RenderedOverlay overlay : overlays) {
            Region bounds = overlay.bounds();
            if (x + bounds.width() > width - margin) {
                x = margin;
                y += rowHeight;
                rowHeight = 0;
            }
            places.add(new int[] {x - bounds.x(), y - bounds.y()});
            x += bounds.width();
            rowHeight = Math.max(rowHeight, bounds.height());
        }
        BufferedImage sheet = DemoPictures.studio(width, y + rowHeight + margin);
        for (int i = 0; i < overlays.size(); i++) {
            compositeAt(sheet, overlays.get(i), places.get(i)[0], places.get(i)[1], 0.4);
        }
        return sheet;
    }

    static List<OverlayContent> stateContents() {
        List<OverlayContent> contents = new ArrayList<>();
        contents.add(card(StockLevel.IN_STOCK, 40, true));
        contents.add(card(StockLevel.LOW, 2, true));
        contents.add(card(StockLevel.SOLD_OUT, 0, true));
        contents.add(new ProductCard("A product without a picture, link or code", "$1,299.00", Optional.empty(),
                StockLevel.NOT_TRACKED, 0, Optional.empty(), Optional.empty(), Optional.empty(), ""));
        for (CountdownUrgency urgency : CountdownUrgency.values()) {
            long seconds = switch (urgency) {
                case NORMAL -> 3 * 3600 + 25 * 60 + 7;
                case LAST_MINUTE -> 42;
                case FINAL_SECONDS -> 7;
                case ENDED -> 0;
            };
            contents.add(new Countdown("Flash sale ends in", seconds, urgency));
        }
        contents.add(new PromoCode("WELCOME-BACK-2026", "Free gift with every order", OptionalLong.empty()));
        contents.add(new PromoCode("SPRING20", "20 % off everything today", OptionalLong.of(59)));
        contents.add(new StockCounter("Glow Serum", 3));
        contents.add(new StockCounter("Glow Serum", 0));
        contents.add(new LowerThird("Maya Chen", "Host · Skincare expert"));
        contents.add(new PinnedComment("viewer_42", "Is it safe for sensitive skin?", "youtube"));
        contents.add(new PinnedComment("nora", "مرحبا! هل يتوفر هذا المنتج بحجم أكبر؟ شكرا 🌸", "irc"));
        contents.add(new PinnedComment("Z̷̢a̶͠l̸g̵o", "\u202Eevil override\u202C " + "🔥".repeat(30)
                + " <b>bold?</b> " + "long ".repeat(400), "kick"));
        contents.add(new PinnedComment("李小龙", "这个有别的颜色吗？ Есть другие цвета? שלום 👋🏽", "tiktok"));
        return contents;
    }

    static void composite(BufferedImage frame, RenderedOverlay overlay, double scrolledFraction) {
        compositeAt(frame, overlay, 0, 0, scrolledFraction);
    }

    /** Blends the layers as the compositor does; a scrolling layer shows its strip part-way through. */
    static void compositeAt(BufferedImage frame, RenderedOverlay overlay, int dx, int dy, double scrolledFraction) {
        Graphics2D g = frame.createGraphics();
        for (OverlayLayer layer : overlay.layers()) {
            BufferedImage image = image(layer.bitmap());
            if (layer.scroll().isPresent()) {
                Region viewport = layer.scroll().get().viewport();
                g.setClip(new Rectangle(viewport.x() + dx, viewport.y() + dy, viewport.width(), viewport.height()));
                int offset = (int) (layer.bitmap().width() * scrolledFraction);
                for (int x = viewport.x() - offset; x < viewport.right(); x += layer.bitmap().width()) {
                    g.drawImage(image, x + dx, layer.y() + dy, null);
                }
                g.setClip(null);
            } else {
                g.drawImage(image, layer.x() + dx, layer.y() + dy, null);
            }
        }
        g.dispose();
    }

    static BufferedImage image(OverlayBitmap bitmap) {
        DirectColorModel model = new DirectColorModel(java.awt.color.ColorSpace.getInstance(
                java.awt.color.ColorSpace.CS_sRGB), 32, 0xFF0000, 0xFF00, 0xFF, 0xFF000000, true,
                java.awt.image.DataBuffer.TYPE_INT);
        DataBufferInt buffer = new DataBufferInt(bitmap.pixels(), bitmap.pixels().length);
        WritableRaster raster = Raster.createPackedRaster(buffer, bitmap.width(), bitmap.height(), bitmap.width(),
                new int[] {0xFF0000, 0xFF00, 0xFF, 0xFF000000}, null);
        return new BufferedImage(model, raster, true, null);
    }

    private static void write(BufferedImage image, Path file) throws IOException {
        BufferedImage opaque = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = opaque.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
        ImageIO.write(opaque, "png", file.toFile());
        System.out.println("wrote " + file + " (" + Files.size(file) / 1024 + " KB)");
    }
}
