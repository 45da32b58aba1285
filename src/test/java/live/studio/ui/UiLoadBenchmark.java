package live.studio.ui;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;
import live.studio.app.Sources;
import live.studio.app.StudioAssets;
import live.studio.catalog.Product;
import live.studio.encode.EncoderSettings;
import live.studio.engine.LiveEngine;
import live.studio.media.VideoFormat;
import live.studio.output.OutputStatus;
import live.studio.overlay.OverlayRenderer;
import live.studio.overlay.Theme;
import live.studio.show.CommandSource;
import live.studio.show.EndAction;
import live.studio.show.ShowCommand;
import live.studio.testing.FfmpegRtmpIngest;
import live.studio.testing.IrcTestClient;
import live.studio.testing.NgircdServer;
import live.studio.ui.destinations.PlatformPreset;
import live.studio.ui.main.MainViewModel;

/**
 * The studio window under load, measured on the JavaFX thread with {@link PulseProbe}: the real window
 * ({@link StudioApplication}) with the demo show and the shipped theme, live to a local RTMP ingest (FFmpeg listening)
 * and recording, reading a real IRC server (the system's ngircd) where viewers send questions, {@code !buy} and chatter
 * at each rate of {@code --rates} (default 0,20,50,200 messages a second) for {@code --seconds} each (default 60,
 * after {@code --warmup-seconds}, default 10, for the JIT), while product cards change every 3 s and a countdown starts every 12 s.
 * Prints, per rate, the pulse figures (p50/p95/p99/max), the feed's lag (messages sent but not yet in the list, read
 * twice a second), the frames the pipeline dropped and the load
 * average. A measurement, never a test: it fails no target. Exit codes: 0 measured, 1 setup error, 2 usage error.
 *
 * <p>The glass platform comes from the command line: {@code -Dglass.platform=Headless -Dprism.order=sw} (the pom's
 * default, what CI has) or, under Xvfb with the GTK glass users get, {@code xvfb-run -a} and no glass property.
 * See docs/benchmarks.md.
 */
public final class UiLoadBenchmark {
    private static final String CHANNEL = "#show";
    private static final int VIEWERS = 4;
    private static final String[] TEXTS = {
        "is the denim jacket still available in M?", "!buy", "love it!!", "c'est combien la robe ?", "!buy 2",
        "#12 in blue?", "do you ship to canada?", "😍😍😍", "!price", "what size is she wearing?", "trop belle",
        "first time here, hello from Lyon 👋", "!code", "est-ce que ça taille grand ?",
        "how long does delivery take to the UK? I ordered last week and it is still not here, is that normal?",
    };

    private UiLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> rates = List.of(0, 20, 50, 200);
        int seconds = 60;
        int warmupSeconds = 10;
        VideoFormat format = StudioEnvironment.DEFAULT_FORMAT;
        try {
            for (int index = 0; index < args.length; index++) {
                switch (args[index]) {
                    case "--rates" -> rates = List.of(args[++index].split(",")).stream().map(String::strip).map(Integer::parseInt).toList();
                    case "--seconds" -> seconds = Integer.parseInt(args[++index]);
                    case "--warmup-seconds" -> warmupSeconds = Integer.parseInt(args[++index]);
                    case "--size" -> {
                        String[] size = args[++index].split("x");
                        format = new VideoFormat(Integer.parseInt(size[0]), Integer.parseInt(size[1]), 30);
                    }
                    default -> throw new IllegalArgumentException(args[index]);
                }
            }
        } catch (RuntimeException e) {
            System.err.println("usage: UiLoadBenchmark [--rates 0,20,50,200] [--seconds 60] [--warmup-seconds 5] [--size 1280x720]"
                    + " (" + e.getMessage() + ")");
            System.exit(2);
        }
        if (!NgircdServer.isAvailable()) {
            System.err.println("the UI benchmark needs " + NgircdServer.REQUIREMENT + ": apt-get install ngircd");
            System.exit(1);
        }
        System.exit(run(rates, seconds, warmupSeconds, format));
    }

    private static int run(List<Integer> rates, int seconds, int warmupSeconds, VideoFormat format) throws Exception {
        System.out.printf(Locale.ROOT, "UI under load: rates %s messages/s, %d s each (+%d s warm-up), %dx%d@%d, glass %s, prism %s,"
                        + " %d cores, load %s%n", rates, seconds, warmupSeconds, format.width(), format.height(), format.fps(),
                System.getProperty("glass.platform", "default (GTK)"), System.getProperty("prism.order", "default"),
                Runtime.getRuntime().availableProcessors(), loadAverage());
        Path folder = Files.createTempDirectory("ui-benchmark");
        try (NgircdServer irc = NgircdServer.start();
             FfmpegRtmpIngest ingest = FfmpegRtmpIngest.start(folder.resolve("ingest"), "benchmark_Key_1").awaitListening()) {
            CountDownLatch started = new CountDownLatch(1);
            Platform.startup(started::countDown);
            started.await();
            PulseProbe probe = new PulseProbe();
            onFx(() -> {
                probe.start();
                return null;
            });
            Theme theme = Theme.load(StudioAssets.theme(StudioAssets.DEFAULT_THEME));
            StudioEnvironment environment = new StudioEnvironment(format,
                    EncoderSettings.defaults(StudioEnvironment.DEFAULT_VIDEO_BITRATE_KBPS), Sources.factory(format),
                    StudioEnvironment.NO_DEVICES, folder.resolve("recordings"))
                    .withCatalogFile(StudioEnvironment.DEMO_CATALOG)
                    .withShowFile(StudioEnvironment.DEMO_SHOW)
                    .withOverlayRenderers(canvas -> OverlayRenderer.create(theme, canvas))
                    .withSettingsFolder(Files.createDirectories(folder.resolve("settings")));
            StudioApplication application = onFx(() -> {
                StudioApplication studio = new StudioApplication(environment);
                studio.start(new Stage());
                probe.watch(Window.getWindows().getFirst().getScene());
                String problem = studio.chat().connect("irc://127.0.0.1:" + irc.port() + "/" + CHANNEL);
                if (!problem.isEmpty()) {
                    throw new IllegalStateException(problem);
                }
                return studio;
            });
            MainViewModel main = application.mainViewModel();
            LiveEngine engine = application.engine();
            onFx(() -> {
                var destinations = main.destinations();
                destinations.presetProperty().set(PlatformPreset.CUSTOM);
                destinations.nameProperty().set("Local ingest");
                destinations.serverUrlProperty().set("rtmp://127.0.0.1:" + ingest.port() + "/live");
                destinations.streamKeyProperty().set(ingest.streamKey());
                if (destinations.add().isEmpty()) {
                    throw new IllegalStateException(destinations.validationMessageProperty().get());
                }
                main.goLive();
                main.startRecording();
                return null;
            });
            awaitOutputsLive(engine, 2, Duration.ofSeconds(30));
            awaitCatalog(application, Duration.ofSeconds(30));

            List<IrcTestClient> viewers = new ArrayList<>();
            for (int viewer = 0; viewer < VIEWERS; viewer++) {
                viewers.add(IrcTestClient.join(irc.port(), "viewer" + viewer, CHANNEL));
            }
            awaitChatJoined(application, Duration.ofSeconds(20));
            AtomicBoolean showRunning = new AtomicBoolean(true);
            Thread show = Thread.ofPlatform().daemon().name("benchmark-show").start(() -> driveShow(application, showRunning));
            List<String> results = new ArrayList<>();
            try {
                for (int rate : rates) {
                    String loadBefore = loadAverage();
                    Flood warmup = Flood.start(viewers, rate);
                    TimeUnit.SECONDS.sleep(warmupSeconds);
                    onFx(() -> {
                        probe.reset();
                        return null;
                    });
                    long droppedBefore = engine.stats().droppedFrames();
                    long cpuBefore = processCpuNanos();
                    long sentBefore = warmup.sent();
                    long startNanos = System.nanoTime();
                    List<Long> lagMessages = new ArrayList<>();
                    while (System.nanoTime() - startNanos < TimeUnit.SECONDS.toNanos(seconds)) {
                        TimeUnit.MILLISECONDS.sleep(500);
                        long sentNow = warmup.sent();
                        long shown = onFx(() -> newestShownNumber(application));
                        if (rate > 0 && shown >= 0) {
                            lagMessages.add(Math.max(0, sentNow - shown));
                        }
                    }
                    PulseProbe.Report report = onFx(probe::report);
                    double elapsedSeconds = (System.nanoTime() - startNanos) / 1e9;
                    long sent = warmup.sent() - sentBefore;
                    warmup.stop();
                    double cpuSeconds = (processCpuNanos() - cpuBefore) / 1e9;
                    String outputs = engine.outputStatuses().stream()
                            .map(status -> status.name() + " " + status.state() + " (dropped " + status.droppedVideoPackets() + ")")
                            .reduce((first, second) -> first + ", " + second).orElse("none");
                    lagMessages.sort(null);
                    String lag = lagMessages.isEmpty() ? "-" : String.format(Locale.ROOT, "p50 %d, max %d messages (%.2f / %.2f s)",
                            lagMessages.get(lagMessages.size() / 2), lagMessages.getLast(),
                            lagMessages.get(lagMessages.size() / 2) / (double) rate, lagMessages.getLast() / (double) rate);
                    String result = String.format(Locale.ROOT,
                            "rate %d messages/s: sent %d in %.1f s; feed lag %s; frame clock dropped %d frames; process CPU %.2f cores;"
                                    + " outputs: %s; load %s -> %s%n%s",
                            rate, sent, elapsedSeconds, lag, engine.stats().droppedFrames() - droppedBefore, cpuSeconds / elapsedSeconds,
                            outputs, loadBefore, loadAverage(), report.lines("  "));
                    System.out.println(result);
                    results.add(result);
                }
            } finally {
                showRunning.set(false);
                show.join(5000);
                viewers.forEach(IrcTestClient::close);
            }
            onFx(() -> {
                probe.stop();
                main.stopRecording();
                main.stopLive();
                return null;
            });
            awaitOutputsStopped(engine, Duration.ofSeconds(30));
            onFx(() -> {
                application.stop();
                return null;
            });
            Platform.exit();
            System.out.println("summary (load now " + loadAverage() + "):");
            results.forEach(System.out::println);
            return 0;
        }
    }

    /** Product cards every 3 s through the catalog, a 10 s countdown every 12 s: what a host does during a flood. */
    private static void driveShow(StudioApplication application, AtomicBoolean running) {
        var controller = application.show().controller();
        List<String> products = controller.catalog().products().stream().map(Product::id).toList();
        int step = 0;
        while (running.get()) {
            try {
                if (!products.isEmpty()) {
                    controller.execute(new ShowCommand.ShowProduct(products.get(step % products.size())), CommandSource.API);
                }
                if (step % 4 == 0) {
                    controller.execute(new ShowCommand.StartCountdown(Optional.of(Duration.ofSeconds(10)), Optional.empty(),
                            "Flash sale", EndAction.HIDE, Optional.empty()), CommandSource.API);
                }
                step++;
                TimeUnit.SECONDS.sleep(3);
            } catch (InterruptedException e) {
                return;
            } catch (Exception refused) {
                System.err.println("show command refused: " + refused.getMessage());
            }
        }
    }

    /** Viewers saying {@code rate} messages a second between them, evenly paced, until stopped. */
    private static final class Flood {
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicLong sent = new AtomicLong();

        static Flood start(List<IrcTestClient> viewers, int rate) {
            Flood flood = new Flood();
            if (rate > 0) {
                Thread.ofPlatform().daemon().name("benchmark-flood").start(() -> flood.send(viewers, rate));
            }
            return flood;
        }

        private void send(List<IrcTestClient> viewers, int rate) {
            long periodNanos = 1_000_000_000L / rate;
            long startNanos = System.nanoTime();
            for (long message = 0; running.get(); message++) {
                long waitNanos = startNanos + message * periodNanos - System.nanoTime();
                if (waitNanos > 0) {
                    try {
                        TimeUnit.NANOSECONDS.sleep(waitNanos);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                long number = sent.incrementAndGet();
                viewers.get((int) (number % viewers.size())).say(CHANNEL, TEXTS[(int) (number % TEXTS.length)] + " #" + number);
            }
        }

        long sent() {
            return sent.get();
        }

        void stop() {
            running.set(false);
        }
    }

    /** The number ({@code #N}) of the newest message in the feed's list, -1 when there is none. */
    private static long newestShownNumber(StudioApplication application) {
        var shown = application.chat().visibleMessages();
        if (shown.isEmpty()) {
            return -1;
        }
        String text = shown.getLast().message().text();
        int mark = text.lastIndexOf(" #");
        try {
            return mark < 0 ? -1 : Long.parseLong(text.substring(mark + 2).strip());
        } catch (NumberFormatException notOurs) {
            return -1;
        }
    }

    private static void awaitOutputsLive(LiveEngine engine, int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            List<OutputStatus> statuses = engine.outputStatuses();
            if (statuses.size() >= count && statuses.stream().allMatch(status -> status.state() == live.studio.output.OutputState.LIVE)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the outputs did not go live: " + engine.outputStatuses());
    }

    private static void awaitOutputsStopped(LiveEngine engine, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!engine.outputStatuses().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }

    private static void awaitCatalog(StudioApplication application, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (application.show().controller().catalog().products().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }

    private static void awaitChatJoined(StudioApplication application, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            boolean joined = onFx(() -> application.chat().connectors().stream()
                    .anyMatch(health -> health.state() == live.studio.chat.ConnectorState.CONNECTED));
            if (joined) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the studio did not join " + CHANNEL);
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static <T> T onFx(Callable<T> action) throws Exception {
        FutureTask<T> task = new FutureTask<>(action);
        Platform.runLater(task);
        return task.get(60, TimeUnit.SECONDS);
    }
}
