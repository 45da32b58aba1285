package live.studio.bench;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import live.studio.overlay.Canvas;
import live.studio.overlay.CountdownUrgency;
import live.studio.overlay.OverlayContent;
import live.studio.overlay.OverlayContent.Banner;
import live.studio.overlay.OverlayContent.Countdown;
import live.studio.overlay.OverlayContent.LowerThird;
import live.studio.overlay.OverlayContent.PinnedComment;
import live.studio.overlay.OverlayContent.ProductCard;
import live.studio.overlay.OverlayContent.PromoCode;
import live.studio.overlay.OverlayContent.StockCounter;
import live.studio.overlay.OverlayRenderer;
import live.studio.overlay.StockLevel;
import live.studio.overlay.Theme;

/**
 * How long each kind of graphic takes to draw at 1080p (landscape and portrait), both themes: the first drawing in a
 * fresh process (fonts read, classes loaded) and the median and 95th percentile of warm drawings. Drawing is part of
 * trigger-to-air (at most 2 frames, 66 ms at 30 fps). A measurement, not a test.
 *
 * <p>Run: {@code ./mvnw -q test-compile exec:exec@overlay-benchmark}
 */
public final class OverlayRenderBenchmark {

    private static final int WARM_UP = 100;
    private static final int MEASURED = 100;

    private OverlayRenderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<OverlayContent> contents = contents(photo());
        System.out.printf(Locale.ROOT, "%-9s %-9s %-23s %8s %10s %8s %10s %10s%n", "theme", "canvas", "graphic",
                "first ms", "median ms", "p95 ms", "median CPU", "bitmap px");
        for (String name : List.of("studio", "boutique")) {
            Theme theme = Theme.load(Path.of("assets/themes", name + ".json"));
            for (Canvas canvas : List.of(new Canvas(1920, 1080), new Canvas(1080, 1920))) {
                long start = System.nanoTime();
                OverlayRenderer renderer = OverlayRenderer.create(theme, canvas);
                System.out.printf(Locale.ROOT, "%-9s %-9s %-23s %8.1f%n", name, canvas.width() + "x" + canvas.height(),
                        "(renderer created)", (System.nanoTime() - start) / 1e6);
                for (OverlayContent content : contents) {
                    measure(name, canvas, content.slot().name(), renderer, i -> content);
                }
                // A card never shown before: its photo is scaled (later drawings of it take the scaled copy).
                List<OverlayContent> fresh = new ArrayList<>();
                for (int i = 0; i < WARM_UP + MEASURED + 1; i++) {
                    fresh.add(contents(photo()).getFirst());
                }
                measure(name, canvas, "PRODUCT_CARD new photo", renderer, fresh::get);
            }
        }
    }

    private static void measure(String theme, Canvas canvas, String label, OverlayRenderer renderer,
            java.util.function.IntFunction<OverlayContent> content) {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        var first = renderer.render(content.apply(0));
        double firstMs = (System.nanoTime() - start) / 1e6;
        for (int i = 1; i <= WARM_UP; i++) {
            renderer.render(content.apply(i));
        }
        double[] wall = new double[MEASURED];
        double[] cpu = new double[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            OverlayContent next = content.apply(WARM_UP + 1 + i);
            long cpuBegin = threads.getCurrentThreadCpuTime();
            long begin = System.nanoTime();
            renderer.render(next);
            wall[i] = (System.nanoTime() - begin) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - cpuBegin) / 1e6;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        long pixels = first.layers().stream()
                .mapToLong(layer -> (long) layer.bitmap().width() * layer.bitmap().height()).sum();
        System.out.printf(Locale.ROOT, "%-9s %-9s %-23s %8.1f %10.2f %8.2f %10.2f %10d%n", theme,
                canvas.width() + "x" + canvas.height(), label, firstMs, wall[MEASURED / 2],
                wall[(int) (MEASURED * 0.95)], cpu[MEASURED / 2], pixels);
    }

    /** A 1600-pixel product photo as a catalog would hold it (JPEG decoders give 3-byte BGR). */
    private static BufferedImage photo() {
        BufferedImage photo = new BufferedImage(1600, 1600, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = photo.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0xF6, 0xD9, 0xC8), 1600, 1600, new Color(0x8A, 0x4B, 0x14)));
        g.fillRect(0, 0, 1600, 1600);
        g.dispose();
        return photo;
    }

    /** What a show puts on air. */
    private static List<OverlayContent> contents(BufferedImage photo) {
        List<OverlayContent> contents = new ArrayList<>();
        contents.add(new ProductCard("Glow Serum — Vitamin C brightening drops, 30 ml", "€34.90", Optional.of("€49.90"),
                StockLevel.LOW, 3, Optional.of(photo), Optional.of("https://shop.example.com/p/glow-serum?src=live"),
                Optional.of("shop.example.com/p12"), "12", Optional.of("−30 %")));
        contents.add(new Countdown("Flash sale ends in", 299, CountdownUrgency.NORMAL));
        contents.add(new PromoCode("SPRING20", "20 % off everything today", OptionalLong.of(570)));
        contents.add(new LowerThird("Maya Chen", "Host · Skincare expert"));
        contents.add(new Banner("Free shipping on orders over €50 • New arrivals every Friday • Ask us in chat"));
        contents.add(new PinnedComment("sarah_k", "Does it come in a travel size? I need one for my trip ✈️", "twitch"));
        contents.add(new StockCounter("Glow Serum", 7));
        return contents;
    }
}
