package live.studio.media;

/**
 * Stereo samples addressed by their position on the program's sample clock. A capture thread writes what arrives;
 * the audio mixer reads the span it is mixing, and finds silence where nothing arrived in time. Sized for about two
 * seconds; older samples are overwritten.
 */
public final class SampleRing {
    private final float[] left;
    private final float[] right;
    private final int capacity;
    private long writtenUpTo = Long.MIN_VALUE; // exclusive; MIN_VALUE before the first write
    private long writtenFrom = Long.MAX_VALUE; // the first sample ever written

    public SampleRing(int capacitySamples) {
        this.capacity = capacitySamples;
        this.left = new float[capacitySamples];
        this.right = new float[capacitySamples];
    }

    /** Writes {@code count} samples that start at {@code firstSample}. */
    public synchronized void write(long firstSample, float[] sourceLeft, float[] sourceRight, int offset, int count) {
        for (int i = 0; i < count; i++) {
            int position = (int) Math.floorMod(firstSample + i, (long) capacity);
            left[position] = sourceLeft[offset + i];
            right[position] = sourceRight[offset + i];
        }
        writtenUpTo = Math.max(writtenUpTo, firstSample + count);
        writtenFrom = Math.min(writtenFrom, firstSample);
    }

    /** The sample clock position just after the newest written sample, or {@link Long#MIN_VALUE} before any. */
    public synchronized long writtenUpTo() {
        return writtenUpTo;
    }

    /**
     * Adds {@code gain ×} the samples {@code [firstSample, firstSample + count)} into the given arrays; samples not
     * written (too late, or already overwritten) count as silence.
     *
     * @return how many of the requested samples were present
     */
    public synchronized int mixInto(long firstSample, float[] targetLeft, float[] targetRight, int count, float gain) {
        long oldestKept = Math.max(writtenFrom, writtenUpTo - capacity);
        int present = 0;
        for (int i = 0; i < count; i++) {
            long sample = firstSample + i;
            if (sample >= writtenUpTo || sample < oldestKept) {
                continue;
            }
            int position = (int) Math.floorMod(sample, (long) capacity);
            targetLeft[i] += gain * left[position];
            targetRight[i] += gain * right[position];
            present++;
        }
        return present;
    }
}
