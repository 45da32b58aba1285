package live.studio.media;

/**
 * {@link AudioFormat#SAMPLES_PER_CHUNK} stereo samples, planar float in [-1, 1], starting at {@code firstSample} of
 * the program's sample clock (the master clock).
 */
public final class AudioChunk {
    private final float[] left = new float[AudioFormat.SAMPLES_PER_CHUNK];
    private final float[] right = new float[AudioFormat.SAMPLES_PER_CHUNK];
    private long firstSample;

    public float[] left() {
        return left;
    }

    public float[] right() {
        return right;
    }

    public long firstSample() {
        return firstSample;
    }

    public void setFirstSample(long firstSample) {
        this.firstSample = firstSample;
    }

    public long mediaNanos() {
        return AudioFormat.sampleTimeNanos(firstSample);
    }

    public void clear() {
        java.util.Arrays.fill(left, 0f);
        java.util.Arrays.fill(right, 0f);
    }
}
