package live.studio.bench;

import java.time.Duration;
import live.studio.testing.SoakRun;
import live.studio.testing.TestOutput;

/**
 * The soak: an hour at 1080p30 to two nginx-rtmp ingests and a recording, one ingest killed (SIGKILL) for 10 s every
 * 15 minutes; prints heap after GC, threads and open files over time, each outage's detection and return, the
 * recording's frames against its span and the A/V offset over its first and last 30 s, then checks the same bounds
 * as {@code SoakIT}. A measurement, not in CI (docs/benchmarks.md):
 * <pre>./mvnw -B -q test-compile exec:exec@soak-benchmark -Dbenchmark.args="60 900"</pre>
 * Arguments: {@code [minutes=60] [outage-every-seconds=900] [WxH=1920x1080]}.
 */
public final class SoakBenchmark {
    private SoakBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        double minutes = args.length > 0 ? Double.parseDouble(args[0]) : 60;
        long outageEverySeconds = args.length > 1 ? Long.parseLong(args[1]) : 900;
        SoakRun.Plan plan = SoakRun.Plan.benchmark(Duration.ofSeconds(Math.round(minutes * 60)), Duration.ofSeconds(outageEverySeconds));
        if (args.length > 2) {
            String[] size = args[2].split("x");
            plan = new SoakRun.Plan(plan.duration(), plan.outageInterval(), plan.outageLength(),
                    new live.studio.media.VideoFormat(Integer.parseInt(size[0]), Integer.parseInt(size[1]), 30),
                    plan.videoBitrateKbps(), plan.sampleInterval());
        }
        System.out.printf("soak: %s, an outage every %d s; the machine has %d cores, load %.1f%n", plan.duration(),
                outageEverySeconds, Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        SoakRun.Report report = SoakRun.run(plan, TestOutput.newDirectory("soak-benchmark"));
        System.out.println(report.describe());
        try {
            SoakRun.assertBounds(report);
            System.out.println("soak: every bound held");
        } catch (AssertionError e) {
            System.out.println("soak: a bound was broken: " + e.getMessage());
            System.exit(1);
        }
        System.exit(0);
    }
}
