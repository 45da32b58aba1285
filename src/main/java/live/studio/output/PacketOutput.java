package live.studio.output;

import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import live.studio.encode.EncodedStreams;
import live.studio.media.EncodedPacket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One destination of the encoded packets (a stream to an ingest server, or the recording), with its own thread and
 * bounded queue so that nothing it does can stall the encoder or another output.
 *
 * <p>A state machine: CONNECTING → LIVE; a broken live stream goes RECONNECTING on the {@link ReconnectPolicy}
 * schedule; a first connection that fails, a refused stream key or a disk error goes FAILED with a typed
 * {@link StopReason}; {@link #stop()} drains the queue, writes the trailer and goes STOPPED.
 *
 * <p>Congestion: when the queue passes {@value #CONGESTION_HIGH_PERCENT} % it drops video packets up to the next
 * keyframe (audio is kept) and resumes on a keyframe once below {@value #CONGESTION_LOW_PERCENT} %. Each connection
 * starts on a keyframe with its timestamps from zero.
 */
public final class PacketOutput implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PacketOutput.class);
    static final int CONGESTION_HIGH_PERCENT = 70;
    static final int CONGESTION_LOW_PERCENT = 50;
    private static final long STOP_DRAIN_MILLIS = 5000;

    public enum Kind { STREAM, RECORDING }

    /**
     * @param connectTimeoutMillis the most a connection (TCP, TLS, RTMP handshake, publish) may take
     * @param writeTimeoutMillis   the most one write may block before the connection counts as frozen
     */
    public record Settings(Kind kind, String formatName, int queueCapacity, long connectTimeoutMillis,
                           long writeTimeoutMillis, ReconnectPolicy reconnectPolicy, Map<String, String> ioOptions) {

        public static Settings stream(int fps) {
            // about four seconds of packets: video frames plus ~47 AAC frames a second
            return new Settings(Kind.STREAM, "flv", (fps + 47) * 4, 8000, 5000, ReconnectPolicy.LIVE_DEFAULT, Map.of());
        }

        public static Settings recording(int fps) {
            // about thirty seconds of packets: a slow disk is waited for, not dropped
            return new Settings(Kind.RECORDING, "matroska", (fps + 47) * 30, 5000, 30_000, ReconnectPolicy.LIVE_DEFAULT, Map.of());
        }
    }

    private final String name;
    private final String target;
    private final String redactedTarget;
    private final Settings settings;
    private final EncodedStreams streams;
    private final BlockingQueue<EncodedPacket> queue;
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final AtomicLong droppedVideoPackets = new AtomicLong();
    private final AtomicLong writtenBytes = new AtomicLong();
    private volatile OutputState state = OutputState.IDLE;
    private volatile long connectionOriginMicros = Long.MIN_VALUE;
    private volatile StopReason stopReason = StopReason.NONE;
    private volatile String detail = "";
    private volatile int reconnectAttempt;
    private volatile long nextRetryAtNanos;
    private volatile double bitrateKbps;
    private volatile PacketMuxer muxer;
    private final DiskSpaceWatch diskSpace;
    private volatile String warning = "";
    private boolean droppingVideo;
    /** The newest keyframe offered, so that a reconnection starts from now, not from the backlog. */
    private volatile long newestKeyframeMicros = Long.MIN_VALUE;
    private Thread thread;

    PacketOutput(String name, String target, String redactedTarget, Settings settings, EncodedStreams streams) {
        this.name = name;
        this.target = target;
        this.redactedTarget = redactedTarget;
        this.settings = settings;
        this.streams = streams;
        this.queue = new ArrayBlockingQueue<>(settings.queueCapacity());
        this.diskSpace = settings.kind() == Kind.RECORDING ? new DiskSpaceWatch(java.nio.file.Path.of(target)) : null;
    }

    /** A stream to an ingest server. */
    public static PacketOutput stream(Destination destination, Settings settings, EncodedStreams streams) {
        return new PacketOutput(destination.name(), destination.secretUrl(), destination.redactedUrl(), settings, streams);
    }

    /** A recording to a local file. */
    public static PacketOutput recording(String name, java.nio.file.Path file, Settings settings, EncodedStreams streams) {
        String path = file.toAbsolutePath().toString();
        return new PacketOutput(name, path, path, settings, streams);
    }

    public void start() {
        setState(OutputState.CONNECTING, StopReason.NONE, "");
        thread = live.studio.media.StageThreads.create("output-" + (settings.kind() == Kind.RECORDING ? "recording" : name), this::run);
        thread.setUncaughtExceptionHandler((t, e) -> {
            LOG.error("output {} crashed", name, e);
            setState(OutputState.FAILED, StopReason.UNKNOWN_ERROR, String.valueOf(e.getMessage()));
        });
        thread.start();
    }

    /** Encoder thread: queues the packet, or drops it by the congestion rules. Never blocks. */
    public void accept(EncodedPacket packet) {
        OutputState current = state;
        if (current == OutputState.STOPPED || current == OutputState.FAILED || stopRequested.getCount() == 0) {
            return;
        }
        boolean video = packet.stream() == EncodedPacket.StreamKind.VIDEO;
        if (video && packet.keyFrame()) {
            newestKeyframeMicros = packet.dtsMicros();
        }
        if (video) {
            int fillPercent = queue.size() * 100 / settings.queueCapacity();
            if (settings.kind() == Kind.STREAM && fillPercent >= CONGESTION_HIGH_PERCENT) {
                droppingVideo = true;
            }
            if (droppingVideo) {
                if (packet.keyFrame() && fillPercent < CONGESTION_LOW_PERCENT) {
                    droppingVideo = false;
                } else {
                    droppedVideoPackets.incrementAndGet();
                    return;
                }
            }
        }
        // A full queue (a stalled connection, about to time out and reconnect) loses audio too.
        if (!queue.offer(packet) && video) {
            droppedVideoPackets.incrementAndGet();
            droppingVideo = true; // a gap in video: resume only on a keyframe
        }
    }

    private void run() {
        boolean everLive = false;
        while (stopRequested.getCount() > 0) {
            try {
                PacketMuxer opened = new PacketMuxer(settings.formatName(), target, redactedTarget, streams);
                muxer = opened;
                opened.open(settings.connectTimeoutMillis(), settings.ioOptions());
                everLive = true;
                reconnectAttempt = 0;
                setState(OutputState.LIVE, StopReason.NONE, "");
                LOG.info("{}: live to {}", name, redactedTarget);
                pump(opened, newestKeyframeMicros);
                opened.finish(settings.writeTimeoutMillis());
                setState(OutputState.STOPPED, StopReason.REQUESTED, "");
                LOG.info("{}: stopped", name);
                return;
            } catch (MuxerException e) {
                PacketMuxer broken = muxer;
                if (broken != null) {
                    broken.close();
                }
                if (stopRequested.getCount() == 0) {
                    setState(OutputState.STOPPED, StopReason.REQUESTED, "");
                    return;
                }
                boolean retry = everLive && settings.kind() == Kind.STREAM && e.reason().isRetryable();
                if (!retry) {
                    LOG.error("{}: {} ({}) — {}", name, e.reason().description(), e.reason().advice(), e.getMessage());
                    setState(OutputState.FAILED, e.reason(), e.getMessage());
                    return;
                }
                reconnectAttempt++;
                long delayMillis = settings.reconnectPolicy().delayMillis(reconnectAttempt);
                nextRetryAtNanos = System.nanoTime() + delayMillis * 1_000_000L;
                LOG.warn("{}: {} — reconnecting in {} ms (attempt {}): {}", name, e.reason().description(), delayMillis, reconnectAttempt, e.getMessage());
                setState(OutputState.RECONNECTING, e.reason(), e.getMessage());
                try {
                    if (stopRequested.await(delayMillis, TimeUnit.MILLISECONDS)) {
                        setState(OutputState.STOPPED, StopReason.REQUESTED, "");
                        return;
                    }
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        setState(OutputState.STOPPED, StopReason.REQUESTED, "");
    }

    /**
     * The encoder timestamp (µs) at which this output's current connection or file starts: its time zero. Empty
     * until the first keyframe is written.
     */
    public java.util.OptionalLong connectionOriginMicros() {
        long origin = connectionOriginMicros;
        return origin == Long.MIN_VALUE ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(origin);
    }

    /**
     * Writes queued packets until a stop is requested and the queue is drained (or the drain time is up). The
     * connection starts on the newest keyframe queued when it was made: after a reconnection the seconds queued
     * meanwhile are skipped, so the stream returns to live instead of staying behind for the rest of the show.
     */
    private void pump(PacketMuxer target, long startKeyframeMicros) throws MuxerException {
        long originMicros = Long.MIN_VALUE;
        long secondStartNanos = System.nanoTime();
        long bytesThisSecond = 0;
        long drainDeadlineNanos = Long.MAX_VALUE;
        while (true) {
            EncodedPacket packet;
            try {
                packet = queue.poll(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            long now = System.nanoTime();
            if (now - secondStartNanos >= 1_000_000_000L) {
                bitrateKbps = bytesThisSecond * 8.0 / 1000.0 * 1e9 / (now - secondStartNanos);
                bytesThisSecond = 0;
                secondStartNanos = now;
            }
            if (diskSpace != null) {
                warning = diskSpace.check(now, bitrateKbps);
            }
            if (stopRequested.getCount() == 0) {
                if (drainDeadlineNanos == Long.MAX_VALUE) {
                    drainDeadlineNanos = now + STOP_DRAIN_MILLIS * 1_000_000L;
                }
                if (packet == null || now > drainDeadlineNanos) {
                    return;
                }
            }
            if (packet == null) {
                continue;
            }
            boolean video = packet.stream() == EncodedPacket.StreamKind.VIDEO;
            if (originMicros == Long.MIN_VALUE) {
                // A connection starts on a keyframe; what comes before it cannot be decoded.
                if (!video || !packet.keyFrame() || packet.dtsMicros() < startKeyframeMicros) {
                    continue;
                }
                originMicros = packet.dtsMicros();
                connectionOriginMicros = originMicros;
            }
            if (packet.dtsMicros() < originMicros) {
                continue;
            }
            target.write(packet, originMicros, settings.writeTimeoutMillis());
            writtenBytes.addAndGet(packet.data().length);
            bytesThisSecond += packet.data().length;
        }
    }

    /** Asks the output to finish: drains what is queued (up to 5 s), writes the trailer, stops. Does not wait. */
    public void stop() {
        stopRequested.countDown();
    }

    /** Stops and waits for the thread (the trailer written) up to {@code timeoutMillis}; aborts I/O after that. */
    public void stopAndWait(long timeoutMillis) {
        stop();
        Thread current = thread;
        if (current == null) {
            return;
        }
        try {
            current.join(timeoutMillis);
            if (current.isAlive()) {
                PacketMuxer blocked = muxer;
                if (blocked != null) {
                    blocked.abort();
                }
                current.join(2000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stopAndWait(STOP_DRAIN_MILLIS + settings.writeTimeoutMillis());
    }

    public String name() {
        return name;
    }

    public Kind kind() {
        return settings.kind();
    }

    public OutputState state() {
        return state;
    }

    public OutputStatus status() {
        long retryMillis = state == OutputState.RECONNECTING ? Math.max(0, (nextRetryAtNanos - System.nanoTime()) / 1_000_000L) : 0;
        return new OutputStatus(name, redactedTarget, state, stopReason, detail, state == OutputState.LIVE ? bitrateKbps : 0,
                (double) queue.size() / settings.queueCapacity(), droppedVideoPackets.get(), reconnectAttempt, retryMillis,
                writtenBytes.get(), state == OutputState.LIVE ? warning : "");
    }

    private void setState(OutputState newState, StopReason reason, String newDetail) {
        state = newState;
        stopReason = reason;
        detail = SecretRedactor.redact(newDetail);
    }
}
