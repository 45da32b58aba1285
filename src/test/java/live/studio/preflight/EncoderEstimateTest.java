package live.studio.preflight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import live.studio.encode.EncoderSettings;
import live.studio.engine.EngineStats;
import live.studio.media.AudioLevels;
import live.studio.media.VideoFormat;
import live.studio.output.OutputState;
import live.studio.output.OutputStatus;
import live.studio.output.StopReason;
import org.junit.jupiter.api.Test;

/** With the studio's encoder already running (a recording), the estimate watches it instead of competing with it. */
class EncoderEstimateTest {
    private static final VideoFormat FORMAT = new VideoFormat(1280, 720, 30);
    private static final List<OutputStatus> RECORDING = List.of(new OutputStatus("Recording", "/tmp/show.mkv",
            OutputState.LIVE, StopReason.NONE, "", 3000, 0, 0, 0, 0, 1000));

    @Test
    void aRecordingThatKeepsUpIsOkWithoutAThrowAwayEncoder() throws Exception {
        Deque<EngineStats> figures = new ArrayDeque<>(List.of(stats(10_000, 300, 0, 1, RECORDING),
                stats(11_000, 330, 0, 1, RECORDING)));
        CheckResult result = new EncoderEstimate(FORMAT, EncoderSettings.defaults(3000), figures::poll).check().run();
        assertThat(result.outcome()).isEqualTo(CheckOutcome.OK);
        assertThat(result.finding().key()).isEqualTo("encoder.running-ok");
        assertThat(figures).as("both figures read, nothing else").isEmpty();
    }

    @Test
    void aRecordingThatFallsBehindIsAWarning() {
        EncoderEstimate estimate = new EncoderEstimate(FORMAT, EncoderSettings.defaults(3000), () -> null);
        assertThat(estimate.judgeRunning(stats(10_000, 300, 0, 1, RECORDING), stats(11_000, 318, 0, 7, RECORDING))
                .finding().key()).as("18 of 30 frames, queue nearly full").isEqualTo("encoder.running-behind");
        assertThat(estimate.judgeRunning(stats(10_000, 300, 0, 1, RECORDING), stats(11_000, 330, 4, 1, RECORDING))
                .outcome()).as("frames dropped meanwhile").isEqualTo(CheckOutcome.WARNING);
    }

    @Test
    void offAirTheEstimateEncodesItself() throws Exception {
        CheckResult result = new EncoderEstimate(new VideoFormat(320, 180, 30), EncoderSettings.defaults(3000),
                () -> stats(10_000, 0, 0, 0, List.of())).check().run();
        assertThat(result.finding().key()).startsWith("encoder.").isNotIn("encoder.running-ok", "encoder.running-behind");
    }

    private static EngineStats stats(long uptimeMillis, long encodedFrames, long droppedFrames, int queueDepth,
                                     List<OutputStatus> outputs) {
        return new EngineStats(uptimeMillis, 30, encodedFrames, droppedFrames, 0, 0, queueDepth, 8, encodedFrames, 3000,
                20, new AudioLevels(-12, -20), outputs, "");
    }
}
