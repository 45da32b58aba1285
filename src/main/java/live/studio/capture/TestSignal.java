package live.studio.capture;

import live.studio.media.AudioFormat;
import live.studio.media.MediaClock;

/**
 * When the test source flashes and beeps. Once a second, on the wall-clock second, the first frame at or after the
 * second is all white, and the loud 1 kHz beep starts on the very sample of that frame's media time: both marks sit
 * on the same instant of the program clock, so an offset measured in the output is the pipeline's own A/V error.
 */
public final class TestSignal {
    public static final int BEEP_FREQUENCY_HZ = 1000;
    public static final int TONE_FREQUENCY_HZ = 440;
    public static final int BEEP_DURATION_MS = 50;
    public static final int BEEP_SAMPLES = AudioFormat.SAMPLE_RATE_HZ * BEEP_DURATION_MS / 1000;
    /** About -2 dBFS: loud and unmistakable. */
    public static final float BEEP_AMPLITUDE = 0.8f;
    /** About -30 dBFS: quiet, but not silence, so a dead audio path is audible as a missing hum. */
    public static final float TONE_AMPLITUDE = 0.0316f;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final long startEpochNanos;
    private final int fps;

    public TestSignal(MediaClock clock, int fps) {
        this(clock.epochMillisAt(0) * 1_000_000L, fps);
    }

    TestSignal(long startEpochNanos, int fps) {
        this.startEpochNanos = startEpochNanos;
        this.fps = fps;
    }

    private long frameWallNanos(long frameNumber) {
        return startEpochNanos + frameNumber * NANOS_PER_SECOND / fps;
    }

    /** True for the first frame at or after each wall-clock second. */
    public boolean isFlashFrame(long frameNumber) {
        if (frameNumber <= 0) {
            return false;
        }
        return Math.floorDiv(frameWallNanos(frameNumber), NANOS_PER_SECOND)
                > Math.floorDiv(frameWallNanos(frameNumber - 1), NANOS_PER_SECOND);
    }

    /** The frame that flashes for the wall-clock second starting at {@code secondEpochNanos}; below 1 for none. */
    long flashFrameFor(long secondEpochNanos) {
        return Math.ceilDiv((secondEpochNanos - startEpochNanos) * fps, NANOS_PER_SECOND);
    }

    /** The first sample of the beep that goes with the flash of that second; {@link Long#MIN_VALUE} for none. */
    long beepStartFor(long secondEpochNanos) {
        long frame = flashFrameFor(secondEpochNanos);
        if (frame < 1) {
            return Long.MIN_VALUE / 2;
        }
        return Math.ceilDiv(frame * AudioFormat.SAMPLE_RATE_HZ, (long) fps);
    }

    /**
     * Writes the test sound for samples {@code [firstSample, firstSample + count)}: the quiet 440 Hz tone, replaced
     * by the loud 1 kHz beep during each mark.
     */
    public void render(long firstSample, float[] left, float[] right, int count) {
        long chunkWallNanos = startEpochNanos + firstSample * NANOS_PER_SECOND / AudioFormat.SAMPLE_RATE_HZ;
        long secondIndex = Math.floorDiv(chunkWallNanos, NANOS_PER_SECOND);
        long previousBeep = beepStartFor(secondIndex * NANOS_PER_SECOND);
        long nextBeep = beepStartFor((secondIndex + 1) * NANOS_PER_SECOND);
        for (int i = 0; i < count; i++) {
            long sample = firstSample + i;
            if (sample >= nextBeep + BEEP_SAMPLES) {
                secondIndex++;
                previousBeep = nextBeep;
                nextBeep = beepStartFor((secondIndex + 1) * NANOS_PER_SECOND);
            }
            float value;
            if ((sample >= previousBeep && sample < previousBeep + BEEP_SAMPLES)
                    || (sample >= nextBeep && sample < nextBeep + BEEP_SAMPLES)) {
                value = BEEP_AMPLITUDE * (float) Math.sin(2 * Math.PI * BEEP_FREQUENCY_HZ * (sample % AudioFormat.SAMPLE_RATE_HZ) / AudioFormat.SAMPLE_RATE_HZ);
            } else {
                value = TONE_AMPLITUDE * (float) Math.sin(2 * Math.PI * TONE_FREQUENCY_HZ * (sample % AudioFormat.SAMPLE_RATE_HZ) / AudioFormat.SAMPLE_RATE_HZ);
            }
            left[i] = value;
            right[i] = value;
        }
    }
}
