package live.studio.encode;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import live.studio.compose.AudioSink;
import live.studio.compose.FrameSink;
import live.studio.media.AudioChunk;
import live.studio.media.AudioFormat;
import live.studio.media.EncodedPacket;
import live.studio.media.VideoFormat;
import live.studio.media.ProgramFrame;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one encode: on its own thread ({@code encoder}) it takes composited frames and mixed audio from two bounded
 * queues, encodes H.264 and AAC, and passes every packet to the fan-out. Timestamps start at zero with the first
 * frame; audio is stamped from its sample position on the same clock, so the two stay in sync for hours.
 */
public final class Encoder implements FrameSink, AudioSink, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Encoder.class);
    /**
     * Frames allowed to wait: enough to ride out the encoder's start and a busy moment (267 ms at 30 fps); beyond
     * that the frame clock drops instead.
     */
    public static final int VIDEO_QUEUE_CAPACITY = 8;
    private static final int AUDIO_QUEUE_CAPACITY = 48;

    private final VideoFormat format;
    private final EncoderSettings settings;
    private final Consumer<ProgramFrame> recycleFrame;
    private final Consumer<AudioChunk> recycleChunk;
    private final Consumer<EncodedPacket> packets;
    private final BlockingQueue<ProgramFrame> videoQueue = new ArrayBlockingQueue<>(VIDEO_QUEUE_CAPACITY);
    private final BlockingQueue<AudioChunk> audioQueue = new ArrayBlockingQueue<>(AUDIO_QUEUE_CAPACITY);
    private final AtomicLong encodedFrames = new AtomicLong();
    private final AtomicLong encodedVideoBytes = new AtomicLong();
    private final java.util.function.LongSupplier nowNanos;
    private long latencySumNanos;
    private long latencyCount;
    private final Object latencyLock = new Object();
    private VideoEncoder videoEncoder;
    private AudioEncoder audioEncoder;
    private volatile boolean running;
    private volatile Throwable failure;
    private Thread thread;
    private volatile EncodedStreams streams;
    private long firstFrameNumber = Long.MIN_VALUE;
    private volatile long originMediaNanos = Long.MIN_VALUE;
    private long firstSample;

    /**
     * @param clock        the program clock, to measure how long a frame takes from its tick to its packet
     * @param recycleFrame gives a frame back to the compositor once converted
     * @param recycleChunk gives a chunk back to the mixer once encoded
     * @param packets      receives every packet, on the encoder thread; must not block
     */
    public Encoder(VideoFormat format, EncoderSettings settings, live.studio.media.MediaClock clock,
                   Consumer<ProgramFrame> recycleFrame, Consumer<AudioChunk> recycleChunk, Consumer<EncodedPacket> packets) {
        this.nowNanos = clock::elapsedNanos;
        this.format = format;
        this.settings = settings;
        this.recycleFrame = recycleFrame;
        this.recycleChunk = recycleChunk;
        this.packets = packets;
    }

    /** Opens both encoders (so that muxers can be set up from {@link #streams()}) and starts the thread. */
    public void start() throws EncoderException {
        videoEncoder = VideoEncoder.open(format, settings);
        try {
            audioEncoder = AudioEncoder.open(settings.audioBitrateKbps());
        } catch (EncoderException e) {
            videoEncoder.close();
            throw e;
        }
        streams = EncodedStreams.copyOf(videoEncoder.parameters(), format.fps(), audioEncoder.parameters(),
                AudioFormat.SAMPLE_RATE_HZ);
        running = true;
        thread = live.studio.media.StageThreads.start("encoder", this::run);
    }

    /**
     * The streams' parameters, copied when the encoders opened: an output still setting up its muxer after this
     * encoder has closed (a recording stopped while it starts) reads its own copy, never freed memory.
     */
    public EncodedStreams streams() {
        return streams;
    }

    @Override
    public boolean offer(ProgramFrame frame) {
        return running && videoQueue.offer(frame);
    }

    @Override
    public boolean offer(AudioChunk chunk) {
        return running && audioQueue.offer(chunk);
    }

    public int videoQueueDepth() {
        return videoQueue.size();
    }

    public long encodedFrames() {
        return encodedFrames.get();
    }

    /** Total video payload so far, for the bitrate readout. */
    public long encodedVideoBytes() {
        return encodedVideoBytes.get();
    }

    /**
     * The mean time from a frame clock tick to that frame's packet leaving the encoder, since the last call; -1 when
     * no frame was encoded meanwhile.
     */
    public double takeMeanLatencyMillis() {
        synchronized (latencyLock) {
            double mean = latencyCount == 0 ? -1 : latencySumNanos / 1e6 / latencyCount;
            latencySumNanos = 0;
            latencyCount = 0;
            return mean;
        }
    }

    /** The error that stopped the encoder, or null. */
    public Throwable failure() {
        return failure;
    }

    private void run() {
        Consumer<EncodedPacket> counting = packet -> {
            if (packet.stream() == EncodedPacket.StreamKind.VIDEO) {
                encodedVideoBytes.addAndGet(packet.data().length);
            }
            packets.accept(packet);
        };
        try {
            while (running) {
                ProgramFrame frame = videoQueue.poll(10, TimeUnit.MILLISECONDS);
                if (frame != null) {
                    encodeVideo(frame, counting);
                }
                encodeWaitingAudio(counting);
            }
            // Stopping: what is queued still belongs to the show.
            ProgramFrame frame;
            while ((frame = videoQueue.poll()) != null) {
                encodeVideo(frame, counting);
            }
            encodeWaitingAudio(counting);
            videoEncoder.flush(counting);
            audioEncoder.flush(counting);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (EncoderException | RuntimeException e) {
            failure = e;
            running = false;
            LOG.error("encoder failed: {}", e.getMessage(), e);
        }
    }

    private void encodeVideo(ProgramFrame frame, Consumer<EncodedPacket> output) throws EncoderException {
        try {
            if (firstFrameNumber == Long.MIN_VALUE) {
                firstFrameNumber = frame.sequence();
                originMediaNanos = frame.mediaNanos();
                firstSample = Math.ceilDiv(firstFrameNumber * AudioFormat.SAMPLE_RATE_HZ, (long) format.fps());
            }
            videoEncoder.encode(frame, frame.sequence() - firstFrameNumber, output);
            encodedFrames.incrementAndGet();
            // x264 with zerolatency hands each frame's packet back from the same call: tick to packet, measured
            long latencyNanos = nowNanos.getAsLong() - frame.mediaNanos();
            synchronized (latencyLock) {
                latencySumNanos += latencyNanos;
                latencyCount++;
            }
        } finally {
            recycleFrame.accept(frame);
        }
    }

    private void encodeWaitingAudio(Consumer<EncodedPacket> output) throws EncoderException {
        AudioChunk chunk;
        while ((chunk = audioQueue.poll()) != null) {
            try {
                // Audio from before the first picture has nothing to be in sync with.
                if (firstFrameNumber != Long.MIN_VALUE && chunk.firstSample() >= firstSample) {
                    audioEncoder.encode(chunk, chunk.firstSample() - firstSample, output);
                }
            } finally {
                recycleChunk.accept(chunk);
            }
        }
    }

    /** Encodes what is queued, flushes both encoders and releases them. */
    @Override
    public void close() {
        running = false;
        Thread current = thread;
        if (current != null) {
            try {
                current.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (videoEncoder != null) {
            videoEncoder.close();
        }
        if (audioEncoder != null) {
            audioEncoder.close();
        }
    }

    /** The media time of the first frame encoded: time zero of every packet's timestamps. Empty before it. */
    public java.util.OptionalLong originMediaNanos() {
        long origin = originMediaNanos;
        return origin == Long.MIN_VALUE ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(origin);
    }

}
