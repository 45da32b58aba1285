package live.studio.media;

/** The program's one audio format: 48 kHz stereo, float samples, in chunks of 1024 samples (one AAC frame). */
public final class AudioFormat {
    public static final int SAMPLE_RATE_HZ = 48_000;
    public static final int CHANNELS = 2;
    public static final int SAMPLES_PER_CHUNK = 1024;

    private AudioFormat() {
    }

    public static long sampleTimeNanos(long sampleIndex) {
        return sampleIndex * 1_000_000_000L / SAMPLE_RATE_HZ;
    }

    /** The first sample whose time is at or after {@code mediaNanos}. */
    public static long sampleAtOrAfter(long mediaNanos) {
        return Math.ceilDiv(mediaNanos * SAMPLE_RATE_HZ, 1_000_000_000L);
    }
}
