package live.studio.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import live.studio.media.VideoFormat;
import live.studio.overlay.AnimatedOverlay;
import live.studio.overlay.OverlaySlot;
import live.studio.overlay.Region;
import live.studio.show.ShowCommand;
import live.studio.testing.AvSyncAnalyzer;
import live.studio.testing.OnAirSession;
import live.studio.testing.VideoRegionProbe;

/**
 * What the graphics cost and how fast they reach the air, as {@code docs/benchmarks.md} reports:
 * <ol>
 *   <li>whole-process CPU of the engine with every kind of graphic on air and moving against none ({@link OverlayLoad},
 *       same source, encoder and recording), in alternating pairs, with dropped frames and the A/V offset of each
 *       recording;</li>
 *   <li>trigger to air: product cards shown and hidden many times while recording a still background; for each show,
 *       the frames between the command and the first decoded frame where the card appears.</li>
 * </ol>
 * Run: {@code ./mvnw -B -q -DskipTests package test-compile exec:exec@overlay-benchmark
 * -Dbenchmark.args="--seconds 60 --pairs 3"}.
 */
public final class OverlayBenchmark {
    private static final Pattern STOPPED = Pattern.compile("stopped; (\\d+) frames, (\\d+) dropped");
    private static final Pattern STEADY = Pattern.compile("steady cpu ([0-9.]+) s over ([0-9.]+) s");
    /** Share of the card's way in that must change for it to count as on air (a sliver of it). */
    private static final double FIRST_APPEARANCE = 0.002;
    private static final int TRIGGERS = 20;

    record LoadRun(String mode, double cpuSeconds, double wallSeconds, double steadyCpuSeconds,
                   double steadyWallSeconds, long frames, long dropped, double avOffsetMedianMs, double avOffsetMaxMs) {
    }

    public static void main(String[] arguments) throws Exception {
        int seconds = 60;
        int pairs = 3;
        String size = "1920x1080";
        for (int i = 0; i < arguments.length; i += 2) {
            switch (arguments[i]) {
                case "--seconds" -> seconds = Integer.parseInt(arguments[i + 1]);
                case "--pairs" -> pairs = Integer.parseInt(arguments[i + 1]);
                case "--size" -> size = arguments[i + 1];
                case "--trigger-only" -> {
                    pairs = 0;
                    i--;
                }
                default -> {
                    System.err.println("usage: OverlayBenchmark [--seconds S] [--pairs N] [--size WxH] [--trigger-only]");
                    System.exit(2);
                }
            }
        }
        if (seconds < OverlayLoad.WARM_UP_SECONDS + 15 || pairs < 0) {
            System.err.println("OverlayBenchmark: --seconds must be at least " + (OverlayLoad.WARM_UP_SECONDS + 15)
                    + " (a warm-up and 15 s of steady running) and --pairs at least 1");
            System.exit(2);
        }
        Path directory = Path.of("target", "benchmark", "overlays").toAbsolutePath();
        Files.createDirectories(directory);
        var report = new StringBuilder();
        report.append("# Overlay benchmark\n\n").append(ZonedDateTime.now().withNano(0)).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" processors, load average at start ")
                .append(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]).append("\n\n");

        List<double[]> ratios = new ArrayList<>();
        List<LoadRun> runs = new ArrayList<>();
        for (int pair = 1; pair <= pairs; pair++) {
            boolean allFirst = pair % 2 == 0;
            LoadRun first = load(allFirst ? "all" : "none", seconds, size, directory, pair);
            LoadRun second = load(allFirst ? "none" : "all", seconds, size, directory, pair);
            LoadRun all = allFirst ? first : second;
            LoadRun none = allFirst ? second : first;
            runs.add(none);
            runs.add(all);
            ratios.add(new double[] {all.cpuSeconds() / none.cpuSeconds(),
                    (all.steadyCpuSeconds() / all.steadyWallSeconds()) / (none.steadyCpuSeconds() / none.steadyWallSeconds())});
            System.out.printf("pair %d: none %.1f CPU-s, all %.1f CPU-s, ratio %.3f (steady %.3f)%n", pair,
                    none.cpuSeconds(), all.cpuSeconds(), ratios.getLast()[0], ratios.getLast()[1]);
        }
        if (pairs > 0) {
            report.append("## CPU: every graphic on air and moving against none, ").append(size).append("p30 x264 veryfast\n\n")
                    .append("| run | CPU s (whole process) | wall s | CPU s after warm-up | over s | frames | dropped | A/V median ms | A/V max ms |\n")
                    .append("|---|---|---|---|---|---|---|---|---|\n");
            for (LoadRun run : runs) {
                report.append(String.format("| %s | %.1f | %.1f | %.1f | %.1f | %d | %d | %.1f | %.1f |%n", run.mode(),
                        run.cpuSeconds(), run.wallSeconds(), run.steadyCpuSeconds(), run.steadyWallSeconds(), run.frames(),
                        run.dropped(), run.avOffsetMedianMs(), run.avOffsetMaxMs()));
            }
            List<Double> wholeRatios = ratios.stream().map(ratio -> ratio[0]).sorted().toList();
            List<Double> steadyRatios = ratios.stream().map(ratio -> ratio[1]).sorted().toList();
            report.append(String.format("%nMedian CPU ratio all/none, whole process: **%.3f** (pairs: %s); after the %d s "
                            + "warm-up (CPU per wall second): **%.3f** (pairs: %s). Target ≤ 1.05.%n%n",
                    median(wholeRatios), wholeRatios.stream().map(r -> String.format("%.3f", r)).toList(),
                    OverlayLoad.WARM_UP_SECONDS, median(steadyRatios),
                    steadyRatios.stream().map(r -> String.format("%.3f", r)).toList()));
        }
        String[] dimensions = size.split("x");
        VideoFormat format = new VideoFormat(Integer.parseInt(dimensions[0]), Integer.parseInt(dimensions[1]), 30);
        java.util.Map<String, List<Double>> delaysByPath = triggerToAir(format, directory);
        report.append("## Trigger to air (product card, ").append(size).append("p30)\n\n")
                .append("Frames from the command to the first encoded frame showing the card (target ≤ 2):\n\n");
        delaysByPath.forEach((path, delaysFrames) -> report.append("- ").append(path).append(", ")
                .append(delaysFrames.size()).append(" shows: median **")
                .append(String.format("%.2f", median(delaysFrames))).append("**, max **")
                .append(String.format("%.2f", delaysFrames.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN)))
                .append("**; all: ").append(delaysFrames.stream().map(d -> String.format("%.2f", d)).toList())
                .append("\n"));
        Path reportFile = directory.resolve("report.md");
        Files.writeString(reportFile, report);
        System.out.println(report);
        System.out.println("report: " + reportFile);
        System.exit(0);
    }

    private static LoadRun load(String mode, int seconds, String size, Path directory, int pair) throws Exception {
        Path recording = directory.resolve(mode + "-" + pair + ".mkv");
        Files.deleteIfExists(recording);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-Djava.awt.headless=true", "-Xmx1g", "-classpath",
                System.getProperty("java.class.path"), OverlayLoad.class.getName()));
        command.addAll(OverlayLoad.arguments(mode, seconds, size, recording));
        PipelineBenchmark.Measured measured = PipelineBenchmark.measure(command, new ProcessBuilder(), directory,
                mode + "-" + pair, seconds);
        if (measured.exitCode() != 0) {
            throw new IllegalStateException(mode + " run failed; see " + measured.standardError());
        }
        String log = Files.readString(measured.standardError());
        Matcher stopped = STOPPED.matcher(log);
        OptionalLong frames = OptionalLong.empty();
        OptionalLong dropped = OptionalLong.empty();
        while (stopped.find()) {
            frames = OptionalLong.of(Long.parseLong(stopped.group(1)));
            dropped = OptionalLong.of(Long.parseLong(stopped.group(2)));
        }
        Matcher steady = STEADY.matcher(log);
        if (!steady.find()) {
            throw new IllegalStateException(mode + " run printed no steady CPU figure; see " + measured.standardError());
        }
        AvSyncAnalyzer.AvSyncReport sync = AvSyncAnalyzer.analyze(recording);
        return new LoadRun(mode, measured.usage().cpuSeconds(), measured.usage().wallSeconds(),
                Double.parseDouble(steady.group(1)), Double.parseDouble(steady.group(2)), frames.orElse(-1),
                dropped.orElse(-1), sync.medianOffsetMs(), sync.maxAbsOffsetMs());
    }

    /**
     * Shows and hides product cards over a still background while recording, then finds each show in the file. Every
     * other show goes through the remote-control API ({@code POST /api/v1/commands} over HTTP on loopback), the
     * others straight to the show controller (as a key press does).
     */
    private static java.util.Map<String, List<Double>> triggerToAir(VideoFormat format, Path directory) throws Exception {
        Path recording = directory.resolve("trigger-to-air.mkv");
        Files.deleteIfExists(recording);
        long frameMicros = 1_000_000L / format.fps();
        List<Long> showsNanos = new ArrayList<>();
        Region region = null;
        long originNanos;
        try (OnAirSession session = OnAirSession.start(format, "studio", directory);
             live.studio.control.ApiServer api = live.studio.control.ApiServer.start(
                     live.studio.control.ApiSettings.loopback(0), live.studio.control.ApiTokens.generate(),
                     session.show().controller(), live.studio.control.ProgramMonitor.of(session.engine()))) {
            java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
            java.net.URI commands = java.net.URI.create(api.address() + "/commands");
            session.engine().startRecording(recording);
            session.awaitCardsDrawnAhead(session.catalog().products().size());
            // A controller such as Companion keeps its connection: open it (and warm the server) before measuring.
            for (int i = 0; i < 20; i++) {
                http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(api.address() + "/status"))
                        .header("Authorization", "Bearer " + api.tokens().control()).build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding());
            }
            Thread.sleep(2_000);
            var products = session.catalog().products();
            for (int i = 0; i < TRIGGERS; i++) {
                String product = products.get(i % products.size()).id();
                if (i % 2 == 0) {
                    showsNanos.add(session.send(new ShowCommand.ShowProduct(product)));
                } else {
                    long sentAtNanos = session.engine().clock().elapsedNanos();
                    var response = http.send(java.net.http.HttpRequest.newBuilder(commands)
                            .header("Authorization", "Bearer " + api.tokens().control())
                            .header("Content-Type", "application/json")
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                                    "{\"command\": \"product.show\", \"product\": \"" + product + "\"}"))
                            .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("product.show over HTTP: " + response.statusCode() + " "
                                + response.body());
                    }
                    showsNanos.add(sentAtNanos);
                }
                Thread.sleep(1_200);
                if (region == null) {
                    // everything the card covers on its way in: its first frame on air draws there
                    AnimatedOverlay card = session.onAir(OverlaySlot.PRODUCT_CARD).orElseThrow();
                    region = VideoRegionProbe.path(card.rendered(), format.width(), format.height());
                }
                session.send(new ShowCommand.HideProduct());
                Thread.sleep(800);
            }
            originNanos = session.engine().timelineOriginMediaNanos(session.engine().recordingOutput().orElseThrow())
                    .orElseThrow();
            session.engine().stopRecording();
        }
        List<VideoRegionProbe.Sample> samples = VideoRegionProbe.sample(recording, region, OnAirSession.BACKGROUND_ARGB,
                null);
        java.util.Map<String, List<Double>> delays = new java.util.LinkedHashMap<>();
        delays.put("key press (the show controller)", new ArrayList<>());
        delays.put("product.show over HTTP (the remote-control API)", new ArrayList<>());
        for (int i = 0; i < showsNanos.size(); i++) {
            long showPts = (showsNanos.get(i) - originNanos) / 1_000;
            List<Double> target = new ArrayList<>(delays.values()).get(i % 2);
            samples.stream().filter(sample -> sample.ptsMicros() >= showPts - frameMicros)
                    .filter(sample -> sample.changedFraction() > FIRST_APPEARANCE).findFirst()
                    .ifPresent(sample -> target.add((sample.ptsMicros() - showPts) / (double) frameMicros));
        }
        return delays;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private OverlayBenchmark() {
    }
}
