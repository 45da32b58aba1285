package live.studio.preflight;

import static org.assertj.core.api.Assertions.assertThat;

import live.studio.encode.EncoderSettings;
import live.studio.media.VideoFormat;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The encoder estimate runs the show's codec on this machine and reports a speed (no timed assertion: a loaded
 * machine is slower, not wrong); its verdict follows the thresholds.
 */
class EncoderEstimateIT {
    private static final Logger LOG = LoggerFactory.getLogger(EncoderEstimateIT.class);

    @Test
    void at720p30TheEstimateReportsAPositiveFactor() throws Exception {
        EncoderEstimate estimate = new EncoderEstimate(new VideoFormat(1280, 720, 30), EncoderSettings.defaults(3000));

        EncoderEstimate.Estimate measured = estimate.measure();
        LOG.info("encoder estimate 720p30 veryfast 3000 kbps: {}× real time ({} frames in {} ms, {} threads)",
                String.format("%.2f", measured.realTimeFactor()), measured.framesTimed(), measured.elapsed().toMillis(), measured.threads());

        assertThat(measured.realTimeFactor()).isPositive();
        assertThat(measured.framesTimed()).isPositive();
        CheckResult result = estimate.check().run();
        assertThat(result.finding().key()).isIn("encoder.ok", "encoder.tight", "encoder.too-slow");
        assertThat(result.finding().arguments().getFirst()).isInstanceOf(Double.class);
    }

    @Test
    void at1080p30TheEstimateReportsAPositiveFactor() throws Exception {
        EncoderEstimate estimate = new EncoderEstimate(new VideoFormat(1920, 1080, 30), EncoderSettings.defaults(4500));

        EncoderEstimate.Estimate measured = estimate.measure();
        LOG.info("encoder estimate 1080p30 veryfast 4500 kbps: {}× real time ({} frames in {} ms, {} threads)",
                String.format("%.2f", measured.realTimeFactor()), measured.framesTimed(), measured.elapsed().toMillis(), measured.threads());

        assertThat(measured.realTimeFactor()).isPositive();
    }

    @Test
    void theVerdictFollowsTheThresholds() {
        EncoderEstimate estimate = new EncoderEstimate(new VideoFormat(1280, 720, 30), EncoderSettings.defaults(3000));
        java.time.Duration second = java.time.Duration.ofSeconds(1);

        assertThat(estimate.judge(new EncoderEstimate.Estimate(2.4, 30, second, "libx264", 1)).outcome()).isEqualTo(CheckOutcome.OK);
        assertThat(estimate.judge(new EncoderEstimate.Estimate(1.2, 30, second, "libx264", 1)).outcome()).isEqualTo(CheckOutcome.WARNING);
        assertThat(estimate.judge(new EncoderEstimate.Estimate(0.8, 24, second, "libx264", 1)).outcome()).isEqualTo(CheckOutcome.FAILED);
        assertThat(estimate.judge(new EncoderEstimate.Estimate(2.46, 30, second, "libx264", 1)).finding().arguments().getFirst()).isEqualTo(2.4);
    }
}
