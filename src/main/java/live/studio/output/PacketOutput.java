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
 * schedule (for as long as it runs); a first connection that fails, a refused stream key (the second refusal in a
 * row, or at once when the first open is refused) or a disk error goes FAILED with a typed {@link StopReason};
 * {@link #stop()} drains the queue, writes the trailer and goes STOPPED.
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
    /**
     * A connection that the server closes within this time of accepting it was refused, not lost: ingest servers
     * accept the TCP connection and the RTMP handshake, then close it on a bad stream key (nginx's {@code on_publish}
     * answering 403 fails FFmpeg's open with EIO; {@code deny publish} lets the open succeed and the first writes fail
     * with EPIPE, as a killed server does, but within a round trip of the open). A connection that lasted longer was
     * live.
     */
    static final long REFUSAL_WINDOW_MILLIS = 1000;
    /** Refusals in a row after which a stream that was live stops retrying (one may be a flapping network). */
    static final int REFUSALS_BEFORE_FAILING = 2;
    static final long KNOCK_INTERVAL_MILLIS = 500;
    static final int SEND_BUFFER_SECONDS = 2;
    private static final long MIN_SEND_BUFFER_BYTES = 64 * 1024;
    private static final int KNOCK_TIMEOUT_MILLIS = 300;

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

        /**
         * A stream whose socket send buffer holds about two seconds of it. A frozen ingest keeps its
         * connection open and stops reading; writes only block (and time out) once the buffers between us are full,
         * and Linux grows an unbounded send buffer to megabytes (measured on loopback: 20 s of a 1.3 Mbit/s stream
         * before the first write blocked, so the freeze was seen after 25 s). Bounded, a freeze is seen within
         * the write timeout plus the few seconds the server's receive buffer holds. Two seconds still keep a 6 Mbit/s
         * stream at full rate over a 1 s round trip.
         */
        public static Settings stream(int fps, int totalBitrateKbps) {
            long bytes = Math.max(MIN_SEND_BUFFER_BYTES, (long) totalBitrateKbps * 1000 / 8 * SEND_BUFFER_SECONDS);
            return new Settings(Kind.STREAM, "flv", (fps + 47) * 4, 8000, 5000, ReconnectPolicy.LIVE_DEFAULT,
                    Map.of("send_buffer_size", Long.toString(bytes)));
        }

        public static Settings recording(int fps) {
            // about thirty seconds of packets: a slow disk is waited for, not dropped
            return new Settings(Kind.RECORDING, "matroska", (fps + 47) * 30, 5000, 30_000, ReconnectPolicy.LIVE_DEFAULT, Map.of());
        }
    }

    private final String name;
    private final String target;
    private final String redactedTarget;
    /** The ingest's host and port, knocked on while an outage lasts; null for a recording. */
    private final java.net.InetSocketAddress server;
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

    PacketOutput(String name, String target, String redactedTarget, java.net.InetSocketAddress server, Settings settings,
                 EncodedStreams streams) {
        this.name = name;
        this.target = target;
        this.redactedTarget = redactedTarget;
        this.server = server;
        this.settings = settings;
        this.streams = streams;
        this.queue = new ArrayBlockingQueue<>(settings.queueCapacity());
        this.diskSpace = settings.kind() == Kind.RECORDING ? new DiskSpaceWatch(java.nio.file.Path.of(target)) : null;
    }

    /** A stream to an ingest server. */
    public static PacketOutput stream(Destination destination, Settings settings, EncodedStreams streams) {
        return new PacketOutput(destination.name(), destination.secretUrl(), destination.redactedUrl(),
                java.net.InetSocketAddress.createUnresolved(destination.host(), destination.port()), settings, streams);
    }

    /** A recording to a local file. */
    public static PacketOutput recording(String name, java.nio.file.Path file, Settings settings, EncodedStreams streams) {
        String path = file.toAbsolutePath().toString();
        return new PacketOutput(name, path, path, null, settings, streams);
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
        boolean everOpened = false;
        int refusalsInARow = 0;
        while (stopRequested.getCount() > 0) {
            boolean opened = false;
            long openedAtNanos = 0;
            try {
                PacketMuxer connection = new PacketMuxer(settings.formatName(), target, redactedTarget, streams);
                muxer = connection;
                connection.open(settings.connectTimeoutMillis(), settings.ioOptions());
                opened = true;
                openedAtNanos = System.nanoTime();
                setState(OutputState.LIVE, StopReason.NONE, "");
                LOG.info("{}: live to {}", name, redactedTarget);
                pump(connection, newestKeyframeMicros);
                connection.finish(settings.writeTimeoutMillis());
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
                boolean closedAtOnce = opened && System.nanoTime() - openedAtNanos < REFUSAL_WINDOW_MILLIS * 1_000_000L;
                StopReason reason = classify(e.reason(), opened, closedAtOnce);
                everOpened |= opened;
                if (opened && !closedAtOnce) {
                    reconnectAttempt = 0;
                }
                refusalsInARow = reason == StopReason.REJECTED ? refusalsInARow + 1 : 0;
                // Once the server has accepted a connection, faults are retried; a refusal once more (the same close
                // can come from a network that flaps, or a server killed just then), the second in a row fails.
                boolean retry = settings.kind() == Kind.STREAM && everOpened
                        && (reason.isRetryable() || reason == StopReason.REJECTED && refusalsInARow < REFUSALS_BEFORE_FAILING);
                if (!retry) {
                    LOG.error("{}: {} ({}) — {}", name, reason.description(), reason.advice(), e.getMessage());
                    setState(OutputState.FAILED, reason, e.getMessage());
                    return;
                }
                reconnectAttempt++;
                // after a refusal, ask once more soon (so a refused key is reported within seconds), not on the
                // back-off an outage has grown to
                long delayMillis = settings.reconnectPolicy().delayMillis(reason == StopReason.REJECTED ? 1 : reconnectAttempt);
                nextRetryAtNanos = System.nanoTime() + delayMillis * 1_000_000L;
                LOG.warn("{}: {} — reconnecting in {} ms (attempt {}): {}", name, reason.description(), delayMillis, reconnectAttempt, e.getMessage());
                setState(OutputState.RECONNECTING, reason, e.getMessage());
                try {
                    if (awaitRetry(delayMillis, reason)) {
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
     * Waits for the next attempt; true when a stop was asked meanwhile. While the ingest's port is closed (its server
     * is down, the machine up) a plain TCP knock every {@value #KNOCK_INTERVAL_MILLIS} ms ends the wait as soon as it
     * listens again, so a stream returns within about a second of its server rather than on the back-off, which
     * after a 10 s outage is already 5 s between attempts. A knock costs the server nothing like an RTMP handshake,
     * and it is only made while the port refuses connections: a server that accepts and then fails keeps the back-off.
     */
    private boolean awaitRetry(long delayMillis, StopReason reason) throws InterruptedException {
        long retryAtNanos = System.nanoTime() + delayMillis * 1_000_000L;
        boolean knocking = server != null && reason == StopReason.CONNECTION_REFUSED;
        while (true) {
            long leftMillis = (retryAtNanos - System.nanoTime()) / 1_000_000L;
            if (leftMillis <= 0) {
                return false;
            }
            if (stopRequested.await(knocking ? Math.min(leftMillis, KNOCK_INTERVAL_MILLIS) : leftMillis, TimeUnit.MILLISECONDS)) {
                return true;
            }
            if (knocking && listens(server)) {
                LOG.info("{}: the server accepts connections again; reconnecting now", name);
                return false;
            }
        }
    }

    private static boolean listens(java.net.InetSocketAddress server) {
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress(server.getHostString(), server.getPort()), KNOCK_TIMEOUT_MILLIS);
            return true;
        } catch (java.io.IOException | IllegalArgumentException | SecurityException e) {
            return false;
        }
    }

    /**
     * A stream the server closed right after accepting it (within {@link #REFUSAL_WINDOW_MILLIS}) was refused:
     * servers close the connection on a bad key rather than answering an error FFmpeg reports.
     */
    static StopReason classify(StopReason muxerReason, boolean opened, boolean closedAtOnce) {
        if (opened && closedAtOnce && muxerReason == StopReason.CONNECTION_LOST) {
            return StopReason.REJECTED;
        }
        return muxerReason;
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
                (double) queue.size() / settings.queueCapacity(), droppedVideoPackets.get(),
                state == OutputState.RECONNECTING ? reconnectAttempt : 0, retryMillis,
                writtenBytes.get(), state == OutputState.LIVE ? warning : "");
    }

    private void setState(OutputState newState, StopReason reason, String newDetail) {
        state = newState;
        stopReason = reason;
        detail = SecretRedactor.redact(newDetail);
    }
}
