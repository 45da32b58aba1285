package live.studio.capture;

import live.studio.media.MediaClock;

/**
 * A sound producer (microphone, file, test tone) with its own named capture thread. It writes 48 kHz stereo float
 * samples stamped on the program's sample clock; the audio mixer reads the span it is mixing and never waits.
 */
public interface AudioSource extends AutoCloseable {

    String description();

    void start(MediaClock clock) throws SourceException;

    /**
     * Adds {@code gain ×} the samples {@code [firstSample, firstSample + count)} into the arrays.
     *
     * @return how many of them had arrived (the rest is silence)
     */
    int mixInto(long firstSample, float[] left, float[] right, int count, float gain);

    SourceStats stats();

    @Override
    void close();
}
