package live.studio.capture;

import java.nio.FloatBuffer;
import live.studio.media.AudioFormat;
import live.studio.media.MediaClock;
import live.studio.media.SampleRing;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;

/**
 * A sound source that reads an FFmpeg input on its own capture thread, converted by swresample to 48 kHz stereo
 * float, into a {@link SampleRing} of about two seconds addressed by the program's sample clock. Interleaved float
 * is asked for rather than planar because JavaCV sizes planar output by the input's channel count, which breaks
 * mono-to-stereo. A read error is counted and the input reopened with a back-off of 1 to 5 s.
 */
public abstract sealed class GrabberAudioSource implements AudioSource permits MicrophoneSource, MediaFileAudioSource {
    static final int RING_CAPACITY_SAMPLES = 2 * AudioFormat.SAMPLE_RATE_HZ;

    private final CaptureLifecycle lifecycle;
    private final SampleRing ring = new SampleRing(RING_CAPACITY_SAMPLES);
    private float[] left = new float[AudioFormat.SAMPLES_PER_CHUNK];   // capture-thread scratch, grown rarely
    private float[] right = new float[AudioFormat.SAMPLES_PER_CHUNK];
    /** Set in {@link #start} before the capture thread starts. */
    protected MediaClock clock;

    protected GrabberAudioSource(String threadName) {
        this.lifecycle = new CaptureLifecycle(threadName);
    }

    /** Opens and starts a grabber set up by {@link #configureForProgramFormat}. */
    protected abstract FFmpegFrameGrabber open() throws SourceException;

    /** Where the chunk of {@code sampleCount} samples that just arrived goes on the sample clock; may wait (files). */
    protected abstract long placeChunk(int sampleCount) throws InterruptedException;

    /** The input has no more samples: a file rewinds and returns true; for a device it is an error (the default). */
    protected boolean restartAtEnd(FFmpegFrameGrabber grabber) throws Exception {
        throw new IllegalStateException("the input stopped delivering sound");
    }

    /** Called on the capture thread after the input was reopened following an error. */
    protected void reopened() {
    }

    static void configureForProgramFormat(FFmpegFrameGrabber grabber) {
        grabber.setSampleRate(AudioFormat.SAMPLE_RATE_HZ);
        grabber.setAudioChannels(AudioFormat.CHANNELS);
        grabber.setSampleFormat(avutil.AV_SAMPLE_FMT_FLT);
    }

    @Override
    public final void start(MediaClock clock) throws SourceException {
        lifecycle.start(description(), () -> {
            this.clock = clock;
            return open();
        }, this::captureLoop);
    }

    @Override
    public final int mixInto(long firstSample, float[] left, float[] right, int count, float gain) {
        return ring.mixInto(firstSample, left, right, count, gain);
    }

    /** The sample clock position just after the newest sample written, or {@link Long#MIN_VALUE} before any. */
    public final long writtenUpTo() {
        return ring.writtenUpTo();
    }

    @Override
    public final SourceStats stats() {
        return lifecycle.stats();
    }

    @Override
    public final void close() {
        lifecycle.close(description());
    }

    private void captureLoop(FFmpegFrameGrabber firstGrabber) {
        lifecycle.captureUntilClosed(description(), firstGrabber, () -> {
            FFmpegFrameGrabber reopenedGrabber = open();
            reopened();
            return reopenedGrabber;
        }, this::captureChunk);
    }

    /** One chunk of sound into the ring at its place on the sample clock; false when the input has ended. */
    private boolean captureChunk(FFmpegFrameGrabber grabber) throws Exception {
        Frame chunk = grabber.grabSamples();
        if (chunk == null) {
            return restartAtEnd(grabber);
        }
        if (chunk.samples == null || !(chunk.samples[0] instanceof FloatBuffer interleaved)) {
            return true;
        }
        int sampleCount = deinterleave(interleaved, chunk.audioChannels);
        if (sampleCount == 0) {
            return true;
        }
        long firstSample = placeChunk(sampleCount);
        ring.write(firstSample, left, right, 0, sampleCount);
        lifecycle.captured();
        return true;
    }

    private int deinterleave(FloatBuffer interleaved, int channels) {
        int channelCount = Math.max(1, channels);
        FloatBuffer samples = interleaved.duplicate();
        int sampleCount = samples.remaining() / channelCount;
        if (sampleCount > left.length) {
            left = new float[sampleCount];
            right = new float[sampleCount];
        }
        int base = samples.position();
        for (int i = 0; i < sampleCount; i++) {
            int offset = base + i * channelCount;
            float l = samples.get(offset);
            left[i] = l;
            right[i] = channelCount > 1 ? samples.get(offset + 1) : l;
        }
        return sampleCount;
    }
}
