package live.studio.media;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SampleRingTest {

    @Test
    void readsWhatWasWrittenAtTheSamePositionsWithGain() {
        SampleRing ring = new SampleRing(100);
        float[] left = {0.1f, 0.2f, 0.3f};
        float[] right = {-0.1f, -0.2f, -0.3f};
        ring.write(1000, left, right, 0, 3);
        float[] outLeft = new float[4];
        float[] outRight = new float[4];
        int present = ring.mixInto(999, outLeft, outRight, 4, 2f);
        assertThat(present).isEqualTo(3);
        assertThat(outLeft).containsExactly(0f, 0.2f, 0.4f, 0.6f);
        assertThat(outRight).containsExactly(0f, -0.2f, -0.4f, -0.6f);
    }

    @Test
    void samplesNotYetWrittenOrAlreadyOverwrittenAreSilence() {
        SampleRing ring = new SampleRing(4);
        float[] ones = {1, 1, 1, 1, 1, 1};
        ring.write(0, ones, ones, 0, 6);
        float[] left = new float[8];
        float[] right = new float[8];
        assertThat(ring.mixInto(0, left, right, 8, 1f)).as("only samples 2..5 are still kept").isEqualTo(4);
        assertThat(left).containsExactly(0, 0, 1, 1, 1, 1, 0, 0);
    }
}
