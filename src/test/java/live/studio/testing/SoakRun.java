package live.studio.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import live.studio.engine.EngineStats;
import live.studio.engine.LiveEngine;
import live.studio.media.VideoFormat;
import live.studio.output.Destination;
import live.studio.output.OutputState;
import live.studio.output.OutputStatus;

/**
 * A long show with outages: the engine in this process streams the test source to two nginx-rtmp ingests and records,
 * and every {@code outageInterval} one ingest (the two in turn) is killed (SIGKILL) for {@code outageLength}, then
 * started again on its port. Samples heap after a full GC, live threads and open file descriptors (/proc/self/fd)
 * as it goes; at the end checks the recording's frames against its span and measures A/V sync over its last 30 s.
 * Shared by {@code SoakIT} (5 minutes in CI) and {@code bench.SoakBenchmark} (an hour, by hand).
 */
public final class SoakRun {
    /** What to run. */
    public record Plan(Duration duration, Duration outageInterval, Duration outageLength, VideoFormat format,
                       int videoBitrateKbps, Duration sampleInterval) {
        public static Plan ci() {
            return new Plan(Duration.ofMinutes(5), Duration.ofSeconds(75), Duration.ofSeconds(10), new VideoFormat(640, 360, 30),
                    1200, Duration.ofSeconds(10));
        }

        public static Plan benchmark(Duration duration, Duration outageInterval) {
            return new Plan(duration, outageInterval, Duration.ofSeconds(10), new VideoFormat(1920, 1080, 30), 6000,
                    Duration.ofSeconds(30));
        }
    }

    /** One sample of the process's resources. */
    public record Sample(double atSeconds, long heapAfterGcBytes, int threads, int openFiles, long engineDroppedFrames) {
    }

    /** One outage: how long until the destination noticed, and until it published again after the ingest returned. */
    public record Outage(String destination, double atSeconds, double detectedAfterSeconds, double backAfterReturnSeconds) {
    }

    public record Report(Plan plan, List<Sample> samples, List<Outage> outages, int recordedFrames, int expectedFrames,
                         double recordedSpanSeconds, long recordingDroppedPackets, long engineDroppedFrames,
                         List<Long> destinationDroppedPackets, AvSyncAnalyzer.AvSyncReport syncAtStart,
                         AvSyncAnalyzer.AvSyncReport syncAtEnd, List<OutputStatus> finalStatuses) {

        /** Samples from the first quarter after the warm-up, and from the last quarter. */
        public List<Sample> early() {
            int quarter = Math.max(1, samples.size() / 4);
            return samples.subList(Math.min(1, samples.size() - 1), Math.min(samples.size(), 1 + quarter));
        }

        public List<Sample> late() {
            int quarter = Math.max(1, samples.size() / 4);
            return samples.subList(samples.size() - quarter, samples.size());
        }

        public static long max(List<Sample> samples, java.util.function.ToLongFunction<Sample> value) {
            return samples.stream().mapToLong(value).max().orElse(0);
        }

        public String describe() {
            var text = new StringBuilder();
            text.append(String.format(Locale.ROOT, "soak: %s at %dx%d%s, outage of %d s every %d s%n", plan.duration(),
                    plan.format().width(), plan.format().height(), "p" + plan.format().fps(), plan.outageLength().toSeconds(),
                    plan.outageInterval().toSeconds()));
            text.append("  t(s)  heap-after-GC(MB)  threads  open-files  frame-clock-drops\n");
            for (Sample sample : samples) {
                text.append(String.format(Locale.ROOT, "  %5.0f  %8.1f  %7d  %10d  %6d%n", sample.atSeconds(),
                        sample.heapAfterGcBytes() / 1048576.0, sample.threads(), sample.openFiles(), sample.engineDroppedFrames()));
            }
            for (Outage outage : outages) {
                text.append(String.format(Locale.ROOT, "  outage of %s at %.0f s: detected in %.2f s, publishing again %.2f s after its return%n",
                        outage.destination(), outage.atSeconds(), outage.detectedAfterSeconds(), outage.backAfterReturnSeconds()));
            }
            text.append(String.format(Locale.ROOT, "  recording: %d frames over %.2f s (expected %d), recording dropped %d, "
                            + "frame clock drops %d, destinations dropped %s%n", recordedFrames, recordedSpanSeconds, expectedFrames,
                    recordingDroppedPackets, engineDroppedFrames, destinationDroppedPackets));
            text.append(String.format(Locale.ROOT, "  A/V offset (beep - flash): first 30 s median %.1f ms max |%.1f| ms; "
                            + "last 30 s median %.1f ms max |%.1f| ms%n", syncAtStart.medianOffsetMs(), syncAtStart.maxAbsOffsetMs(),
                    syncAtEnd.medianOffsetMs(), syncAtEnd.maxAbsOffsetMs()));
            text.append(String.format(Locale.ROOT, "  heap after GC early max %.1f MB, late max %.1f MB; threads %d -> %d; open files %d -> %d%n",
                    max(early(), Sample::heapAfterGcBytes) / 1048576.0, max(late(), Sample::heapAfterGcBytes) / 1048576.0,
                    max(early(), Sample::threads), max(late(), Sample::threads), max(early(), Sample::openFiles),
                    max(late(), Sample::openFiles)));
            return text.toString();
        }
    }

    private SoakRun() {
    }

    /** The bounds: SoakIT asserts them in five minutes, the benchmark over its hour. */
    public static void assertBounds(Report report) {
        assertThat(report.outages()).as("outages").hasSizeGreaterThanOrEqualTo(1);
        for (Outage outage : report.outages()) {
            assertThat(outage.detectedAfterSeconds()).as("detection of %s", outage).isLessThanOrEqualTo(2.0);
            assertThat(outage.backAfterReturnSeconds()).as("return of %s", outage).isLessThanOrEqualTo(5.0);
        }
        long heapGrowth = Report.max(report.late(), Sample::heapAfterGcBytes)
                - Report.max(report.early(), Sample::heapAfterGcBytes);
        assertThat(heapGrowth).as("heap after GC growth (bytes)").isLessThan(16L * 1024 * 1024);
        assertThat(Report.max(report.late(), Sample::threads))
                .as("threads").isLessThanOrEqualTo(Report.max(report.early(), Sample::threads) + 2);
        assertThat(Report.max(report.late(), Sample::openFiles))
                .as("open files").isLessThanOrEqualTo(Report.max(report.early(), Sample::openFiles) + 4);
        assertThat(report.recordingDroppedPackets()).as("packets the recording dropped").isZero();
        // frames the frame clock could not hand to a busy encoder never reached any output: allowed for, reported
        assertThat(report.recordedFrames()).as("recorded frames against the span")
                .isBetween(report.expectedFrames() - 2 - (int) report.engineDroppedFrames(), report.expectedFrames() + 2);
        assertThat(report.syncAtEnd().offsetsMs()).as("flash/beep pairs in the last 30 s").hasSizeGreaterThanOrEqualTo(20);
        assertThat(report.syncAtEnd().maxAbsOffsetMs()).as("A/V offset at the end (ms): %s", report.syncAtEnd().offsetsMs())
                .isLessThanOrEqualTo(40.0);
        assertThat(report.finalStatuses()).allSatisfy(status ->
                assertThat(status.state()).as(status.name()).isEqualTo(live.studio.output.OutputState.LIVE));
    }

    public static Report run(Plan plan, Path directory) throws Exception {
        Path recording = directory.resolve("soak.mkv");
        List<Sample> samples = new ArrayList<>();
        List<Outage> outages = new ArrayList<>();
        long recordingDropped;
        long engineDropped;
        List<Long> destinationDropped;
        List<OutputStatus> finalStatuses;
        try (NginxRtmpServer first = NginxRtmpServer.builder().named("soak-first").start();
             NginxRtmpServer second = NginxRtmpServer.builder().named("soak-second").start();
             LiveEngine engine = TestSignalEngine.start(plan.format(), plan.videoBitrateKbps());
             OutputWatch watch = new OutputWatch(engine::outputStatuses)) {
            List<NginxRtmpServer> servers = List.of(first, second);
            List<String> names = List.of("first", "second");
            engine.addDestination(Destination.parse("first", first.url("soak_first_key")));
            engine.addDestination(Destination.parse("second", second.url("soak_second_key")));
            engine.startRecording(recording);
            long startNanos = System.nanoTime();
            for (String name : names) {
                watch.await(name, 0, OutputWatch.in(OutputState.LIVE), Duration.ofSeconds(30));
            }
            samples.add(sample(engine, startNanos));
            long endNanos = startNanos + plan.duration().toNanos();
            long nextSample = startNanos + plan.sampleInterval().toNanos();
            long nextOutage = startNanos + plan.outageInterval().toNanos();
            int outageCount = 0;
            while (System.nanoTime() < endNanos) {
                long now = System.nanoTime();
                // no outage may start so late that the stream is not back before the end
                if (now >= nextOutage && endNanos - now > plan.outageLength().toNanos() + Duration.ofSeconds(15).toNanos()) {
                    int which = outageCount++ % servers.size();
                    outages.add(outage(servers.get(which), names.get(which), watch, plan, startNanos));
                    nextOutage += plan.outageInterval().toNanos();
                    continue;
                }
                if (now >= nextSample) {
                    samples.add(sample(engine, startNanos));
                    nextSample += plan.sampleInterval().toNanos();
                    continue;
                }
                Thread.sleep(Math.max(1, Math.min(Math.min(nextSample, nextOutage), endNanos) - now) / 1_000_000L + 1);
            }
            samples.add(sample(engine, startNanos));
            finalStatuses = engine.outputStatuses();
            recordingDropped = engine.recordingOutput().orElseThrow().status().droppedVideoPackets();
            destinationDropped = finalStatuses.stream().filter(s -> names.contains(s.name())).map(OutputStatus::droppedVideoPackets).toList();
            engine.stopRecording();
            engineDropped = settledDroppedFrames(engine);
        }
        List<Double> times = Probe.of(recording).videoPackets().stream().map(Probe.Packet::ptsTimeSeconds).sorted().toList();
        double span = times.getLast() - times.getFirst();
        int expected = (int) Math.round(span * plan.format().fps()) + 1;
        Path head = directory.resolve("first-30s.mkv");
        Path tail = directory.resolve("last-30s.mkv");
        Ffmpeg.run(Duration.ofMinutes(5), "-v", "error", "-t", "30", "-i", recording.toString(), "-c", "copy", "-y", head.toString()).requireSuccess();
        Ffmpeg.run(Duration.ofMinutes(5), "-v", "error", "-sseof", "-30", "-i", recording.toString(), "-c", "copy", "-y", tail.toString()).requireSuccess();
        return new Report(plan, samples, outages, times.size(), expected, span, recordingDropped, engineDropped, destinationDropped,
                AvSyncAnalyzer.analyze(head), AvSyncAnalyzer.analyze(tail), finalStatuses);
    }

    private static Outage outage(NginxRtmpServer server, String name, OutputWatch watch, Plan plan, long startNanos) throws InterruptedException {
        long killedAt = System.nanoTime();
        server.kill();
        long detectedAt = watch.await(name, killedAt, OutputWatch.not(OutputState.LIVE), Duration.ofSeconds(20));
        long returnAt = killedAt + plan.outageLength().toNanos();
        Thread.sleep(Math.max(0, (returnAt - System.nanoTime()) / 1_000_000L));
        server.restart();
        long returnedAt = System.nanoTime();
        long backAt = watch.await(name, returnedAt, OutputWatch.in(OutputState.LIVE), Duration.ofSeconds(30));
        return new Outage(name, (killedAt - startNanos) / 1e9, (detectedAt - killedAt) / 1e9, (backAt - returnedAt) / 1e9);
    }

    /**
     * The frame clock's drops including the last second's: the stats are a once-a-second snapshot, so this waits for
     * the next one (drops after the recording stopped only loosen the check that uses it).
     */
    public static long settledDroppedFrames(LiveEngine engine) throws InterruptedException {
        EngineStats before = engine.stats();
        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (engine.stats() == before && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        return engine.stats().droppedFrames();
    }

    private static Sample sample(LiveEngine engine, long startNanos) {
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        int threads = ManagementFactory.getThreadMXBean().getThreadCount();
        return new Sample((System.nanoTime() - startNanos) / 1e9, heap, threads, openFiles(), engine.stats().droppedFrames());
    }

    /** Open file descriptors of this process (Linux); -1 where /proc is not there. */
    static int openFiles() {
        Path fds = Path.of("/proc/self/fd");
        if (!Files.isDirectory(fds)) {
            return -1;
        }
        try (Stream<Path> entries = Files.list(fds)) {
            return (int) entries.count();
        } catch (IOException e) {
            return -1;
        }
    }
}
