package live.studio.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import live.studio.media.AudioFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TestSignalTest {

    /** Finds where loud samples start after at least 200 quiet ones. */
    private static List<Long> beepStarts(TestSignal signal, long samples) {
        List<Long> starts = new ArrayList<>();
        float[] left = new float[AudioFormat.SAMPLES_PER_CHUNK];
        float[] right = new float[AudioFormat.SAMPLES_PER_CHUNK];
        long lastLoudSample = -1000;
        for (long first = 0; first < samples; first += left.length) {
            signal.render(first, left, right, left.length);
            for (int i = 0; i < left.length; i++) {
                if (Math.abs(left[i]) > TestSignal.TONE_AMPLITUDE * 1.5f) {
                    if (first + i - lastLoudSample > 200) {
                        starts.add(first + i);
                    }
                    lastLoudSample = first + i;
                }
            }
        }
        return starts;
    }

    @ParameterizedTest
    @CsvSource({"24,1700000000123", "25,1700000000999", "30,1700000000000", "30,1700000000517", "50,1700000000250", "60,1700000000901"})
    void oneFlashPerWallSecondAndItsBeepStartsOnTheFlashFramesSample(int fps, long startEpochMillis) {
        TestSignal signal = new TestSignal(startEpochMillis * 1_000_000L, fps);
        List<Long> flashes = new ArrayList<>();
        for (long frame = 0; frame < 10L * fps; frame++) {
            if (signal.isFlashFrame(frame)) {
                flashes.add(frame);
                long wallMillis = startEpochMillis + frame * 1000 / fps;
                long previousWallMillis = startEpochMillis + (frame - 1) * 1000 / fps;
                assertThat(wallMillis / 1000).as("frame %d is the first of its wall second", frame).isGreaterThan(previousWallMillis / 1000);
            }
        }
        assertThat(flashes).hasSizeBetween(9, 10);
        for (int i = 1; i < flashes.size(); i++) {
            assertThat(flashes.get(i) - flashes.get(i - 1)).isBetween((long) fps - 1, (long) fps + 1);
        }
        long rendered = 10L * AudioFormat.SAMPLE_RATE_HZ;
        List<Long> beeps = beepStarts(signal, rendered).stream().filter(start -> start < rendered).toList();
        assertThat(beeps).hasSameSizeAs(flashes);
        for (int i = 0; i < flashes.size(); i++) {
            long flashSample = flashes.get(i) * AudioFormat.SAMPLE_RATE_HZ / fps;
            // the beep's sine starts at phase zero on the flash sample; the detector sees it within a few samples
            assertThat(beeps.get(i) - flashSample).as("beep %d against flash frame %d", i, flashes.get(i)).isBetween(0L, 5L);
        }
    }

    @ParameterizedTest
    @CsvSource({"30,1700000000000"})
    void beepLastsFiftyMillisecondsAndTheToneIsQuietBetween(int fps, long startEpochMillis) {
        TestSignal signal = new TestSignal(startEpochMillis * 1_000_000L, fps);
        // three seconds from a whole second: flashes (and beeps) at 1 s and 2 s
        float[] left = new float[3 * AudioFormat.SAMPLE_RATE_HZ];
        float[] right = new float[left.length];
        signal.render(0, left, right, left.length);
        long loudSamples = 0;
        float quietPeak = 0;
        for (float sample : left) {
            if (Math.abs(sample) > TestSignal.TONE_AMPLITUDE * 1.01f) {
                loudSamples++;
            } else {
                quietPeak = Math.max(quietPeak, Math.abs(sample));
            }
        }
        // one beep per second over two seconds; a sine spends some of its samples near zero, hence the lower bound
        assertThat(loudSamples).isBetween(2L * TestSignal.BEEP_SAMPLES * 9 / 10, 2L * TestSignal.BEEP_SAMPLES);
        assertThat(quietPeak).isLessThanOrEqualTo(TestSignal.TONE_AMPLITUDE * 1.01f);
    }
}
