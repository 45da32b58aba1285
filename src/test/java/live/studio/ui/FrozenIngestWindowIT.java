package live.studio.ui;

import static live.studio.testing.OutputWatch.in;
import static live.studio.testing.OutputWatch.not;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.AnimationTimer;
import live.studio.app.Sources;
import live.studio.encode.EncoderSettings;
import live.studio.engine.LiveEngine;
import live.studio.media.VideoFormat;
import live.studio.output.OutputState;
import live.studio.output.OutputStatus;
import live.studio.testing.NginxRtmpServer;
import live.studio.testing.OutputWatch;
import live.studio.testing.Probe;
import live.studio.testing.RequiredTool;
import live.studio.ui.destinations.PlatformPreset;
import live.studio.ui.main.MainViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An ingest frozen for 20 s (nginx SIGSTOPped: its connection open, nothing read, new connections left in the
 * backlog) while the real window streams to it and to a second ingest and records, on JavaFX's headless platform:
 * the frozen destination is detected within 15 s, comes back after SIGCONT, and meanwhile the FX thread is never
 * blocked over 100 ms, the other destination drops nothing and the recording keeps every frame.
 *
 * <p>Two measures of the FX thread. Blocked: a sampler reads the FX thread's state every 5 ms, and a stretch in
 * which it waits (on a lock, a latch, a future, I/O) inside the studio's code is a block; none may last 100 ms. Pulse
 * gaps: an AnimationTimer times the pulses; on a loaded machine (the software renderer drawing the window while other
 * processes hold both cores) a pulse can also come late with the FX thread running all along, so each gap over
 * 100 ms is reported with what the samples saw the FX thread doing meanwhile, and a control thread that only sleeps
 * 5 ms at a time shows how starved the machine was.
 */
class FrozenIngestWindowIT {
    private static final VideoFormat CANVAS = new VideoFormat(640, 360, 30);
    private static final long FX_BUDGET_MILLIS = 100;
    private static final long STARVED_MILLIS = 50;

    static {
        System.setProperty("testfx.headless", "false");
    }

    @TempDir
    Path folder;

    private StudioApplication application;

    @BeforeEach
    void openWindow() throws Exception {
        RequiredTool.assumeAvailableOrFailInCi(NginxRtmpServer.isAvailable(), NginxRtmpServer.REQUIREMENT);
        FxToolkit.registerPrimaryStage();
        StudioEnvironment environment = new StudioEnvironment(CANVAS, EncoderSettings.defaults(1200), Sources.factory(CANVAS),
                StudioEnvironment.NO_DEVICES, folder);
        application = (StudioApplication) FxToolkit.setupApplication(() -> new StudioApplication(environment));
        // These parts are the producer's (a first start opens in host mode).
        FxToolkit.setupFixture(() -> application.mainView().setMode(live.studio.ui.main.StudioMode.PRODUCER));
    }

    @AfterEach
    void closeWindow() throws Exception {
        if (application != null) {
            FxToolkit.cleanupApplication(application);
        }
        FxToolkit.cleanupStages();
    }

    /** A stretch of time (System.nanoTime) in which a thread did not run as it should have. */
    record Gap(long startNanos, long endNanos) {
        long millis() {
            return (endNanos - startNanos) / 1_000_000L;
        }

        boolean overlaps(Gap other) {
            return startNanos < other.endNanos && other.startNanos < endNanos;
        }
    }

    @Test
    void aFrozenIngestIsDetectedAndRecoversWhileTheWindowAndTheOtherOutputsGoOn() throws Exception {
        try (NginxRtmpServer frozen = NginxRtmpServer.builder().named("frozen-ingest").start();
             NginxRtmpServer other = NginxRtmpServer.builder().named("frozen-other").start()) {
            MainViewModel main = application.mainViewModel();
            LiveEngine engine = application.engine();
            onFx(() -> {
                addDestination(main, "Frozen", frozen, "frozen_Secret_1");
                addDestination(main, "Other", other, "other_Secret_2");
                main.goLive();
                main.startRecording();
            });
            List<Gap> fxGaps = new CopyOnWriteArrayList<>();
            List<Gap> starvation = new CopyOnWriteArrayList<>();
            AtomicReference<AnimationTimer> timer = new AtomicReference<>();
            onFx(() -> {
                AnimationTimer pulses = new AnimationTimer() {
                    private long last = -1;

                    @Override
                    public void handle(long ignored) {
                        long now = System.nanoTime();
                        if (last > 0 && now - last > FX_BUDGET_MILLIS * 1_000_000L) {
                            fxGaps.add(new Gap(last, now));
                        }
                        last = now;
                    }
                };
                pulses.start();
                timer.set(pulses);
            });
            Thread control = Thread.ofPlatform().name("starvation-control").daemon().start(() -> {
                long last = System.nanoTime();
                while (!Thread.currentThread().isInterrupted()) {
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                    long now = System.nanoTime();
                    if (now - last > STARVED_MILLIS * 1_000_000L) {
                        starvation.add(new Gap(last, now));
                    }
                    last = now;
                }
            });
            FxThreadSampler sampler = FxThreadSampler.start();
            try (OutputWatch watch = new OutputWatch(engine::outputStatuses); sampler) {
                watch.await("Frozen", 0, in(OutputState.LIVE), Duration.ofSeconds(20));
                watch.await("Other", 0, in(OutputState.LIVE), Duration.ofSeconds(20));
                watch.await(live.studio.engine.LiveEngine.RECORDING_OUTPUT_NAME, 0, in(OutputState.LIVE), Duration.ofSeconds(20));
                Thread.sleep(4000);
                long droppedBefore = engine.stats().droppedFrames();
                fxGaps.clear();
                starvation.clear();
                sampler.reset();

                long frozenAt = System.nanoTime();
                frozen.freeze();
                long detectedAt = watch.await("Frozen", frozenAt, not(OutputState.LIVE), Duration.ofSeconds(25));
                String statusWhileFrozen = awaitText(main, "reconnecting in");
                Thread.sleep(Math.max(0, 20_000 - (System.nanoTime() - frozenAt) / 1_000_000L));
                List<Gap> fxGapsFrozen = new ArrayList<>(fxGaps);
                List<Gap> starvationFrozen = new ArrayList<>(starvation);
                List<FxThreadSampler.Sample> samplesFrozen = sampler.samples();
                long thawedAt = System.nanoTime();
                frozen.thaw();
                long backAt = watch.await("Frozen", thawedAt, in(OutputState.LIVE), Duration.ofSeconds(30));
                Thread.sleep(3000);

                List<OutputStatus> statuses = engine.outputStatuses();
                long engineDropped = engine.stats().droppedFrames() - droppedBefore;
                onFx(() -> timer.get().stop());
                control.interrupt();
                Path recording = main.recordingFile();
                onFx(() -> {
                    main.stopRecording();
                    main.stopLive();
                });
                awaitFinished(engine);

                long fxMax = fxGapsFrozen.stream().mapToLong(Gap::millis).max().orElse(0);
                long starvedMax = starvationFrozen.stream().mapToLong(Gap::millis).max().orElse(0);
                long blockedMax = FxThreadSampler.longestBlockMillis(samplesFrozen);
                System.out.printf(Locale.ROOT, "FIGURE frozen ingest: detected in %.2f s, live again %.2f s after SIGCONT; "
                                + "FX thread longest block in studio code %d ms; FX pulse gaps over %d ms: %d (max %d ms); "
                                + "control thread's longest starvation %d ms; frame clock drops %d; status: %s%n",
                        (detectedAt - frozenAt) / 1e9, (backAt - thawedAt) / 1e9, blockedMax, FX_BUDGET_MILLIS,
                        fxGapsFrozen.size(), fxMax, starvedMax, engineDropped, statusWhileFrozen);
                for (Gap gap : fxGapsFrozen) {
                    System.out.printf(Locale.ROOT, "  FX pulse gap %d ms: %s%n", gap.millis(),
                            FxThreadSampler.activity(samplesFrozen, gap.startNanos(), gap.endNanos()));
                }
                assertThat((detectedAt - frozenAt) / 1e9).as("detection; %s", watch.changes("Frozen")).isLessThanOrEqualTo(15.0);
                assertThat(blockedMax).as("FX thread blocked in studio code: %s", FxThreadSampler.blocks(samplesFrozen))
                        .isLessThan(FX_BUDGET_MILLIS);
                for (OutputStatus status : statuses) {
                    if (!status.name().equals("Frozen")) {
                        assertThat(status.state()).as(status.name()).isEqualTo(OutputState.LIVE);
                        assertThat(status.droppedVideoPackets()).as(status.name() + " dropped").isZero();
                    }
                }
                assertThat(statusWhileFrozen).containsPattern("Frozen: reconnecting in \\d+ s \\(attempt \\d+\\)");
                assertThat(Files.size(recording)).isPositive();
                assertFramesMatchSpan(recording, live.studio.testing.SoakRun.settledDroppedFrames(engine));
            } finally {
                control.interrupt();
            }
        }
    }

    private static void addDestination(MainViewModel main, String name, NginxRtmpServer server, String key) {
        var destinations = main.destinations();
        destinations.presetProperty().set(PlatformPreset.CUSTOM);
        destinations.nameProperty().set(name);
        destinations.serverUrlProperty().set("rtmp://127.0.0.1:" + server.port() + "/live");
        destinations.streamKeyProperty().set(key);
        assertThat(destinations.add()).as(destinations.validationMessageProperty().get()).isPresent();
    }

    private static String awaitText(MainViewModel main, String wanted) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            String text = WaitForAsyncUtils.asyncFx(() -> main.outputsStatusProperty().get()).get();
            if (text.contains(wanted)) {
                return text;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the status bar never said '" + wanted + "'");
    }

    private static void awaitFinished(LiveEngine engine) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!engine.outputStatuses().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        Thread.sleep(500);
    }

    private static void assertFramesMatchSpan(Path recording, long engineDroppedFrames) {
        List<Double> times = Probe.of(recording).videoPackets().stream().map(Probe.Packet::ptsTimeSeconds).sorted().toList();
        double span = times.getLast() - times.getFirst();
        int expected = (int) Math.round(span * CANVAS.fps()) + 1;
        System.out.printf(Locale.ROOT, "FIGURE frozen ingest recording: %d frames over %.2f s (expected %d)%n", times.size(), span, expected);
        assertThat(times.size()).isBetween(expected - 2 - (int) engineDroppedFrames, expected + 2);
    }

    private static void onFx(Runnable action) throws Exception {
        WaitForAsyncUtils.asyncFx(action).get();
    }
}
