package live.studio.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import live.studio.capture.AudioSource;
import live.studio.capture.SourceStats;
import live.studio.media.AudioChunk;
import live.studio.media.MediaClock;
import org.junit.jupiter.api.Test;

class AudioMixerTest {

    /** Every sample at the same level: easy to check gain and levels against. */
    private static final class ConstantSource implements AudioSource {
        private final float level;

        ConstantSource(float level) {
            this.level = level;
        }

        @Override public String description() { return "constant"; }
        @Override public void start(MediaClock clock) { }
        @Override public SourceStats stats() { return SourceStats.NONE; }
        @Override public void close() { }

        @Override
        public int mixInto(long firstSample, float[] left, float[] right, int count, float gain) {
            for (int i = 0; i < count; i++) {
                left[i] += gain * level;
                right[i] += gain * level;
            }
            return count;
        }
    }

    @Test
    void gainMuteAndLevelsApplyToTheMix() {
        try (AudioMixer mixer = new AudioMixer(MediaClock.start())) {
            mixer.setSources(List.of(new ConstantSource(0.5f)));
            AudioChunk chunk = new AudioChunk();
            mixer.mix(chunk, 4096);
            assertThat(chunk.firstSample()).isEqualTo(4096);
            assertThat(chunk.left()[0]).isEqualTo(0.5f);
            assertThat(mixer.levels().peakDbfs()).isCloseTo(-6.02, offset(0.05));
            assertThat(mixer.levels().rmsDbfs()).isCloseTo(-6.02, offset(0.05));

            mixer.setGainDb(-6.0206);
            mixer.mix(chunk, 5120);
            assertThat(chunk.right()[100]).isCloseTo(0.25f, offset(0.001f));

            mixer.setMuteState(MuteState.MUTED);
            mixer.mix(chunk, 6144);
            assertThat(chunk.left()[0]).isZero();
            assertThat(mixer.levels()).isEqualTo(live.studio.media.AudioLevels.SILENT);
        }
    }

    @Test
    void twoSourcesAddUpAndClipAtFullScale() {
        try (AudioMixer mixer = new AudioMixer(MediaClock.start())) {
            mixer.setSources(List.of(new ConstantSource(0.7f), new ConstantSource(0.7f)));
            AudioChunk chunk = new AudioChunk();
            mixer.mix(chunk, 0);
            assertThat(chunk.left()[0]).isEqualTo(1.0f);
        }
    }
}
