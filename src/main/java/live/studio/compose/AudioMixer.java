package live.studio.compose;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import live.studio.capture.AudioSource;
import live.studio.media.AudioChunk;
import live.studio.media.AudioFormat;
import live.studio.media.AudioLevels;
import live.studio.media.MediaClock;
import live.studio.media.StageThreads;

/**
 * The audio clock, and so the program's master clock: on its own thread ({@code audio-mixer}) it mixes every 1024
 * samples at 48 kHz (about 21 ms), a short fixed latency behind real time so the sources' samples have arrived,
 * applies gain and mute, measures peak and RMS, and hands the chunk to the encoder stamped with its sample position.
 */
public final class AudioMixer implements AutoCloseable {
    /** How far behind real time the mixer reads, so that capture jitter up to this much costs nothing. */
    static final long MIX_LATENCY_NANOS = 60_000_000L;
    private static final int CHUNK_POOL_SIZE = 64;

    private final MediaClock clock;
    private final BlockingQueue<AudioChunk> freeChunks = new ArrayBlockingQueue<>(CHUNK_POOL_SIZE);
    private final AudioChunk meterOnlyChunk = new AudioChunk();
    private volatile List<AudioSource> sources = List.of();
    private volatile float gain = 1f;
    private volatile MuteState muteState = MuteState.LIVE;
    private volatile AudioSink sink;
    private volatile AudioLevels levels = AudioLevels.SILENT;
    private volatile long nextSample;
    private volatile boolean running;
    private Thread thread;

    public AudioMixer(MediaClock clock) {
        this.clock = clock;
        for (int i = 0; i < CHUNK_POOL_SIZE; i++) {
            freeChunks.add(new AudioChunk());
        }
    }

    public void start() {
        running = true;
        nextSample = AudioFormat.sampleAtOrAfter(clock.elapsedNanos());
        nextSample -= nextSample % AudioFormat.SAMPLES_PER_CHUNK;
        thread = StageThreads.create("audio-mixer", this::run);
        thread.setPriority(Thread.MAX_PRIORITY);
        thread.start();
    }

    public void setSources(List<AudioSource> audioSources) {
        sources = List.copyOf(audioSources);
    }

    public List<AudioSource> sources() {
        return sources;
    }

    /** Gain in dB, -60 to +20. */
    public void setGainDb(double gainDb) {
        double clamped = Math.max(-60, Math.min(20, gainDb));
        gain = (float) Math.pow(10, clamped / 20);
    }

    public void setMuteState(MuteState state) {
        muteState = state;
    }

    public MuteState muteState() {
        return muteState;
    }

    public void setSink(AudioSink audioSink) {
        sink = audioSink;
    }

    public void recycle(AudioChunk chunk) {
        if (chunk != meterOnlyChunk) {
            freeChunks.offer(chunk);
        }
    }

    /** Program levels of the newest chunk, after gain and mute. */
    public AudioLevels levels() {
        return levels;
    }

    private void run() {
        try {
            while (running) {
                long chunkEndNanos = AudioFormat.sampleTimeNanos(nextSample + AudioFormat.SAMPLES_PER_CHUNK);
                clock.sleepUntil(chunkEndNanos + MIX_LATENCY_NANOS);
                mixOne();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void mixOne() {
        AudioSink currentSink = sink;
        AudioChunk chunk = currentSink == null ? meterOnlyChunk : freeChunks.poll();
        if (chunk == null) {
            chunk = meterOnlyChunk;
            currentSink = null;
        }
        long firstSample = nextSample;
        mix(chunk, firstSample);
        nextSample = firstSample + AudioFormat.SAMPLES_PER_CHUNK;
        if (currentSink != null && !currentSink.offer(chunk)) {
            freeChunks.offer(chunk);
        }
    }

    void mix(AudioChunk chunk, long firstSample) {
        chunk.clear();
        chunk.setFirstSample(firstSample);
        float[] left = chunk.left();
        float[] right = chunk.right();
        float currentGain = muteState == MuteState.MUTED ? 0f : gain;
        for (AudioSource source : sources) {
            source.mixInto(firstSample, left, right, AudioFormat.SAMPLES_PER_CHUNK, currentGain);
        }
        for (int i = 0; i < AudioFormat.SAMPLES_PER_CHUNK; i++) {
            left[i] = Math.max(-1f, Math.min(1f, left[i]));
            right[i] = Math.max(-1f, Math.min(1f, right[i]));
        }
        levels = AudioLevels.measure(left, right, AudioFormat.SAMPLES_PER_CHUNK);
    }

    @Override
    public void close() {
        running = false;
        StageThreads.stop(thread, StageThreads.DEFAULT_JOIN_TIMEOUT_MILLIS);
    }
}
