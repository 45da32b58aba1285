package live.studio.engine;

import live.studio.testing.NginxRtmpServer;
import live.studio.testing.RequiredTool;
import live.studio.testing.SoakRun;
import live.studio.testing.TestOutput;
import org.junit.jupiter.api.Test;

/**
 * The soak benchmark's bounds in five minutes (an outage every 75 s, the two ingests in turn): heap after GC, threads
 * and open files stable, every outage detected at once and recovered soon after the ingest returns, no recording
 * frame lost, A/V in sync at the end. The hour at 1080p is {@code bench.SoakBenchmark} (docs/benchmarks.md).
 */
class SoakIT {

    @Test
    void fiveMinutesWithAnOutageEverySeventyFiveSecondsStayStableAndInSync() throws Exception {
        RequiredTool.assumeAvailableOrFailInCi(NginxRtmpServer.isAvailable(), NginxRtmpServer.REQUIREMENT);
        SoakRun.Report report = SoakRun.run(SoakRun.Plan.ci(), TestOutput.newDirectory("soak"));
        System.out.println(report.describe());
        SoakRun.assertBounds(report);
    }
}
