package live.studio.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import live.studio.app.Sources;
import live.studio.capture.AudioSourceSpec;
import live.studio.capture.VideoSourceSpec;
import live.studio.catalog.CatalogReader;
import live.studio.encode.EncoderSettings;
import live.studio.engine.EngineStats;
import live.studio.engine.LiveEngine;
import live.studio.media.VideoFormat;
import live.studio.overlay.Canvas;
import live.studio.overlay.OverlayRenderer;
import live.studio.overlay.Theme;
import live.studio.show.CommandSource;
import live.studio.show.ShowCommand;
import live.studio.show.ShowCommands;
import live.studio.show.ShowController;
import live.studio.show.ShowRuntime;

/**
 * One measured run for {@link OverlayBenchmark}, in its own JVM: the engine with the test pattern and tone encoding
 * to a recording, with every kind of graphic on air and moving ({@code all}) or none ({@code none}). Everything else
 * is the same in both, so the difference in CPU is what the graphics cost.
 *
 * <p>With {@code all}: a ticker scrolls the whole time; a promo code and a countdown redraw every second; the countdown
 * restarts every 9 s so it always pulses; a product card changes every 2 s; the lower third, the pinned comment and
 * the stock counter leave and come back in turn, so an entrance or an exit is playing most of the time.
 */
public final class OverlayLoad {
    public static void main(String[] arguments) throws Exception {
        String mode = arguments[0];
        int seconds = Integer.parseInt(arguments[1]);
        String[] size = arguments[2].split("x");
        Path recording = Path.of(arguments[3]);
        VideoFormat format = new VideoFormat(Integer.parseInt(size[0]), Integer.parseInt(size[1]), 30);
        try (LiveEngine engine = new LiveEngine(format, EncoderSettings.defaults(format.height() >= 1080 ? 6000 : 3000),
                Sources.factory(format))) {
            engine.setVideoSource(0, new VideoSourceSpec.TestPattern());
            engine.setAudioSource(new AudioSourceSpec.TestTone());
            engine.start();
            Files.createDirectories(recording.toAbsolutePath().getParent());
            engine.startRecording(recording);
            ShowRuntime show = null;
            long endNanos = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
            Thread marks = Thread.ofPlatform().name("cpu-marks").daemon().start(() -> markCpu(endNanos));
            if (mode.equals("all")) {
                var catalog = CatalogReader.read(Path.of("assets/demo/catalog.json")).catalog();
                var renderer = OverlayRenderer.create(Theme.load(Path.of("assets/themes/studio.json")),
                        new Canvas(format.width(), format.height()));
                show = ShowRuntime.start(catalog, renderer, engine.clock(), Locale.FRANCE, engine::setOverlays);
                animate(show.controller(), endNanos);
            } else {
                Thread.sleep(Duration.ofNanos(endNanos - System.nanoTime()));
            }
            marks.join();
            engine.stopAllOutputs();
            EngineStats stats = engine.stats();
            System.err.printf("stopped; %d frames, %d dropped%n", stats.renderedFrames(), stats.droppedFrames());
            if (show != null) {
                System.err.printf("graphics drawn: %d%n", show.director().renders());
                show.close();
            }
        }
        System.exit(0);
    }

    /**
     * Prints the process's CPU time after the warm-up (class loading, JIT, fonts, first drawings) and at the end, so
     * the benchmark can tell the steady cost of moving graphics from the one-off cost of starting them.
     */
    private static void markCpu(long endNanos) {
        try {
            Thread.sleep(Duration.ofSeconds(WARM_UP_SECONDS));
            long warmNanos = System.nanoTime();
            Duration warm = ProcessHandle.current().info().totalCpuDuration().orElseThrow();
            Thread.sleep(Duration.ofNanos(Math.max(0, endNanos - System.nanoTime())));
            Duration end = ProcessHandle.current().info().totalCpuDuration().orElseThrow();
            System.err.printf("steady cpu %.3f s over %.3f s%n", (end.toNanos() - warm.toNanos()) / 1e9,
                    (System.nanoTime() - warmNanos) / 1e9);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Seconds left out of the steady figure. */
    static final int WARM_UP_SECONDS = 15;

    private static void animate(ShowController controller, long endNanos) throws Exception {
        String firstProduct = controller.catalog().products().getFirst().id();
        String promo = controller.catalog().promoCodes().getFirst().code();
        send(controller, "banner.show", Map.of("text", "Free shipping tonight only \u2022 Type #12 in chat to buy \u2022 "
                + "New drops every Friday"));
        send(controller, "promo.show", Map.of("code", promo));
        for (int step = 0; System.nanoTime() < endNanos; step++) {
            send(controller, "product.next", Map.of());
            if (step % 9 == 0) {
                send(controller, "countdown.start", Map.of("seconds", 9, "label", "Flash sale ends in"));
            }
            switch (step % 3) {
                case 0 -> send(controller, "lowerThird.show", Map.of("name", "Camille Laurent", "role", "Host"));
                case 1 -> send(controller, "comment.pin", Map.of("author", "marie_92", "text",
                        "Does the Aero run true to size? I'm usually a 38 \uD83D\uDC5F", "platform", "twitch"));
                default -> send(controller, "stock.show", Map.of("product", firstProduct));
            }
            Thread.sleep(1_000);
            switch (step % 3) {
                case 0 -> send(controller, "lowerThird.hide", Map.of());
                case 1 -> send(controller, "comment.unpin", Map.of());
                default -> send(controller, "stock.hide", Map.of());
            }
            Thread.sleep(1_000);
        }
    }

    private static void send(ShowController controller, String name, Map<String, ?> arguments) throws Exception {
        ShowCommand command = ShowCommands.parse(name, arguments);
        controller.execute(command, CommandSource.API);
    }

    private OverlayLoad() {
    }

    static List<String> arguments(String mode, int seconds, String size, Path recording) {
        return List.of(mode, Integer.toString(seconds), size, recording.toString());
    }
}
