package live.studio.capture;

import live.studio.media.AudioFormat;

/**
 * Places a live device's sample chunks on the program's sample clock. The first chunk ends "now" (it was recorded
 * just before it arrived); later chunks follow contiguously, so the device's own sample rate decides the spacing and
 * no sample is dropped or doubled. When the device has drifted more than {@link #DRIFT_LIMIT_SAMPLES} from the clock
 * (a different crystal, a stall), the chunk is anchored afresh and the re-anchoring counted.
 */
final class SampleClockAnchor {
    /** 100 ms at 48 kHz. */
    static final long DRIFT_LIMIT_SAMPLES = AudioFormat.SAMPLE_RATE_HZ / 10;
    private static final long UNANCHORED = Long.MIN_VALUE;

    private long nextSample = UNANCHORED;
    private long reanchorCount;

    /**
     * @param sampleCount     samples in the chunk that just arrived
     * @param clockSampleNow  {@code AudioFormat.sampleAtOrAfter(clock.elapsedNanos())} at its arrival
     * @return the sample clock position of the chunk's first sample
     */
    long place(int sampleCount, long clockSampleNow) {
        long arrivedStart = clockSampleNow - sampleCount;
        if (nextSample == UNANCHORED) {
            nextSample = arrivedStart;
        } else if (Math.abs(nextSample - arrivedStart) > DRIFT_LIMIT_SAMPLES) {
            nextSample = arrivedStart;
            reanchorCount++;
        }
        long first = nextSample;
        nextSample += sampleCount;
        return first;
    }

    /** Starts over (after the device was reopened): the next chunk anchors afresh without counting a drift. */
    void reset() {
        nextSample = UNANCHORED;
    }

    long reanchorCount() {
        return reanchorCount;
    }
}
