package live.studio.capture;

import live.studio.media.AudioFormat;
import live.studio.media.MediaClock;
import live.studio.media.StageThreads;
import live.studio.media.SampleRing;

/**
 * The reference sound: a quiet 440 Hz tone with a loud 1 kHz beep of 50 ms on each flash of the test pattern (see
 * {@link TestSignal}). Samples are written a little ahead of the clock on the thread {@code capture-test-tone}.
 */
public final class TestToneSource implements AudioSource {
    private static final long LEAD_NANOS = 40_000_000L;

    private final int fps;
    private final SampleRing ring = new SampleRing(AudioFormat.SAMPLE_RATE_HZ * 2);
    private volatile boolean running;
    private volatile long capturedCount;
    private Thread thread;

    /** @param fps the program's frame rate, so that beeps land on the flash frames */
    public TestToneSource(int fps) {
        this.fps = fps;
    }

    @Override
    public String description() {
        return "Test tone (440 Hz, 1 kHz beep each second)";
    }

    @Override
    public void start(MediaClock clock) {
        running = true;
        TestSignal signal = new TestSignal(clock, fps);
        thread = StageThreads.start("capture-test-tone", () -> run(clock, signal));
    }

    private void run(MediaClock clock, TestSignal signal) {
        float[] left = new float[AudioFormat.SAMPLES_PER_CHUNK];
        float[] right = new float[AudioFormat.SAMPLES_PER_CHUNK];
        long nextSample = AudioFormat.sampleAtOrAfter(clock.elapsedNanos());
        try {
            while (running) {
                clock.sleepUntil(AudioFormat.sampleTimeNanos(nextSample) - LEAD_NANOS);
                signal.render(nextSample, left, right, left.length);
                ring.write(nextSample, left, right, 0, left.length);
                nextSample += left.length;
                capturedCount++;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public int mixInto(long firstSample, float[] left, float[] right, int count, float gain) {
        return ring.mixInto(firstSample, left, right, count, gain);
    }

    @Override
    public SourceStats stats() {
        return new SourceStats(capturedCount, 0, "");
    }

    @Override
    public void close() {
        running = false;
        StageThreads.stop(thread, StageThreads.DEFAULT_JOIN_TIMEOUT_MILLIS);
    }
}
