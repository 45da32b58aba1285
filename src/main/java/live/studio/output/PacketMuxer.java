package live.studio.output;

import static org.bytedeco.ffmpeg.global.avcodec.*;
import static org.bytedeco.ffmpeg.global.avformat.*;
import static org.bytedeco.ffmpeg.global.avutil.*;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import live.studio.encode.EncodedStreams;
import live.studio.encode.FfmpegErrors;
import live.studio.media.EncodedPacket;
import live.studio.media.FfmpegLog;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVIOContext;
import org.bytedeco.ffmpeg.avformat.AVIOInterruptCB;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.javacpp.Pointer;

/**
 * Writes already-encoded packets into one container (FLV over RTMP(S), Matroska or MP4 to a file) with FFmpeg's
 * muxers. Every blocking call runs under a deadline enforced through FFmpeg's interrupt callback, so a frozen server
 * costs at most that long and never hangs the output thread. Not thread-safe: its output thread owns it.
 */
final class PacketMuxer implements AutoCloseable {
    private final String formatName;
    private final String target;
    private final String redactedTarget;
    private final Deadline deadline = new Deadline();
    private final AVFormatContext context;
    private final AVPacket packet = av_packet_alloc();
    private final AVRational videoTimeBase;
    private final AVRational audioTimeBase;
    private final AVRational microseconds = av_make_q(1, 1_000_000);
    private AVStream videoStream;
    private AVStream audioStream;
    private boolean headerWritten;

    /** Checked by FFmpeg during blocking I/O: non-zero aborts the call. */
    private static final class Deadline extends AVIOInterruptCB.Callback_Pointer {
        volatile long deadlineNanos = Long.MAX_VALUE;
        volatile boolean aborted;

        @Override
        public int call(Pointer opaque) {
            return aborted || System.nanoTime() > deadlineNanos ? 1 : 0;
        }

        void expireIn(long timeoutMillis) {
            deadlineNanos = System.nanoTime() + timeoutMillis * 1_000_000L;
        }

        boolean expired() {
            return System.nanoTime() > deadlineNanos;
        }
    }

    /**
     * @param formatName     FFmpeg muxer: "flv", "matroska", "mp4"
     * @param target         URL or file path (may hold a stream key: never logged as is)
     * @param redactedTarget the same, safe to show
     */
    PacketMuxer(String formatName, String target, String redactedTarget, EncodedStreams streams) throws MuxerException {
        this.formatName = formatName;
        this.target = target;
        this.redactedTarget = redactedTarget;
        this.videoTimeBase = av_make_q(1, streams.videoTimeBaseDenominator());
        this.audioTimeBase = av_make_q(1, streams.audioTimeBaseDenominator());
        this.context = new AVFormatContext(null);
        int result = avformat_alloc_output_context2(context, null, formatName, target);
        if (result < 0 || context.isNull()) {
            throw new MuxerException(StopReason.UNKNOWN_ERROR, "no " + formatName + " muxer: " + FfmpegErrors.describe(result));
        }
        videoStream = avformat_new_stream(context, null);
        avcodec_parameters_copy(videoStream.codecpar(), streams.video());
        videoStream.time_base(videoTimeBase);
        audioStream = avformat_new_stream(context, null);
        avcodec_parameters_copy(audioStream.codecpar(), streams.audio());
        audioStream.time_base(audioTimeBase);
        context.interrupt_callback().callback(deadline);
    }

    /**
     * Connects or creates the file and writes the container header.
     *
     * @param timeoutMillis  the most the whole connect + handshake + header may take
     * @param ioOptions      protocol options (e.g. tls_verify)
     */
    void open(long timeoutMillis, Map<String, String> ioOptions) throws MuxerException {
        deadline.expireIn(timeoutMillis);
        FfmpegLog.Captured<Integer> opened = FfmpegLog.capture(() -> {
            AVDictionary options = new AVDictionary(null);
            ioOptions.forEach((key, value) -> av_dict_set(options, key, value, 0));
            AVIOContext io = new AVIOContext(null);
            int result = avio_open2(io, target, AVIO_FLAG_WRITE, context.interrupt_callback(), options);
            av_dict_free(options);
            if (result < 0) {
                return result;
            }
            context.pb(io);
            AVDictionary muxerOptions = new AVDictionary(null);
            if (formatName.equals("mp4")) {
                av_dict_set(muxerOptions, "movflags", "+faststart", 0);
            } else if (formatName.equals("matroska")) {
                crashSafeMatroska(muxerOptions);
            } else if (formatName.equals("flv")) {
                // a live stream cannot seek back to patch duration and size into the header
                av_dict_set(muxerOptions, "flvflags", "no_duration_filesize", 0);
            }
            result = avformat_write_header(context, muxerOptions);
            av_dict_free(muxerOptions);
            return result;
        });
        int result = opened.result();
        if (result < 0) {
            throw classify(result, opened.lines(), timeoutMillis);
        }
        headerWritten = true;
        deadline.deadlineNanos = Long.MAX_VALUE;
    }

    /**
     * What reaches the disk when the process dies (kill -9, a crash, a power cut) is what the muxer has handed to the
     * operating system: Matroska keeps the open cluster in memory and a file's AVIOContext holds 32 KB more. For a
     * seekable file FFmpeg closes a cluster every 5 s or 5 MiB (in practice at each keyframe, every 2 s) and flushes
     * only full buffers, so a kill lost 2.5–5 s. A cluster of at most {@value #CLUSTER_MILLIS} ms, flushed to the
     * file at once ({@code flush_packets}), bounds the loss to half a second plus what the encoder and the
     * interleaving still hold (ADR 0016). The page cache survives a killed process, so no fsync is needed for that;
     * a power cut may lose what the OS had not written yet.
     */
    private static void crashSafeMatroska(AVDictionary muxerOptions) {
        av_dict_set(muxerOptions, "cluster_time_limit", Long.toString(CLUSTER_MILLIS), 0);
        av_dict_set(muxerOptions, "flush_packets", "1", 0);
    }

    /** AVERROR(ENOSPC) and AVERROR(EDQUOT) on Linux (FFmpeg's errors are negated errno values). */
    private static final int NO_SPACE_LEFT = -28;
    private static final int QUOTA_EXCEEDED = -122;

    /** The longest Matroska cluster: about the most a killed recording loses (plus the encoder's frame or two). */
    static final long CLUSTER_MILLIS = 500;

    /**
     * Writes one packet with its timestamps shifted back by {@code originMicros} (so each connection starts at 0).
     *
     * @param timeoutMillis the most this write may block
     */
    void write(EncodedPacket encoded, long originMicros, long timeoutMillis) throws MuxerException {
        boolean video = encoded.stream() == EncodedPacket.StreamKind.VIDEO;
        AVRational sourceBase = video ? videoTimeBase : audioTimeBase;
        AVStream stream = video ? videoStream : audioStream;
        long origin = av_rescale_q(originMicros, microseconds, sourceBase);
        int result = av_new_packet(packet, encoded.data().length);
        if (result < 0) {
            throw new MuxerException(StopReason.UNKNOWN_ERROR, "out of memory for a packet");
        }
        packet.data().position(0).put(encoded.data());
        packet.pts(encoded.pts() - origin);
        packet.dts(encoded.dts() - origin);
        packet.duration(encoded.duration());
        packet.flags(encoded.keyFrame() ? AV_PKT_FLAG_KEY : 0);
        packet.stream_index(stream.index());
        av_packet_rescale_ts(packet, sourceBase, stream.time_base());
        deadline.expireIn(timeoutMillis);
        result = av_interleaved_write_frame(context, packet);
        deadline.deadlineNanos = Long.MAX_VALUE;
        if (result < 0) {
            av_packet_unref(packet);
            throw classify(result, List.of(), timeoutMillis);
        }
    }

    /** Makes a blocked call return as soon as possible (from another thread). */
    void abort() {
        deadline.aborted = true;
    }

    private MuxerException classify(int errorCode, List<String> ffmpegLines, long timeoutMillis) {
        String error = FfmpegErrors.describe(errorCode);
        String log = String.join(" / ", ffmpegLines);
        String all = (error + " " + log).toLowerCase(Locale.ROOT);
        StopReason reason;
        if (deadline.aborted) {
            reason = StopReason.REQUESTED;
        } else if (errorCode == AVERROR_EXIT() || deadline.expired() || all.contains("timed out")) {
            reason = StopReason.TIMED_OUT;
            error = "no answer within " + timeoutMillis / 1000.0 + " s";
        } else if (all.contains("resolve") || all.contains("name or service not known") || all.contains("no address associated")) {
            reason = StopReason.HOST_NOT_FOUND;
        } else if (all.contains("connection refused")) {
            reason = StopReason.CONNECTION_REFUSED;
        } else if (all.contains("tls") || all.contains("ssl") || all.contains("certificate")) {
            reason = StopReason.TLS_FAILED;
        } else if (errorCode == NO_SPACE_LEFT || errorCode == QUOTA_EXCEEDED || all.contains("no space left") || all.contains("quota exceeded")) {
            reason = StopReason.DISK_FULL;
        } else if (all.contains("permission denied") || all.contains("read-only")) {
            reason = StopReason.DISK_ERROR;
        } else if (all.contains("broken pipe") || all.contains("connection reset") || all.contains("end of file")) {
            reason = headerWritten ? StopReason.CONNECTION_LOST : StopReason.REJECTED;
        } else if (!headerWritten && (all.contains("server error") || all.contains("publish") || all.contains("input/output error")
                || all.contains("unauthorized") || all.contains("forbidden") || all.contains("rejected"))) {
            reason = StopReason.REJECTED;
        } else {
            reason = headerWritten ? StopReason.CONNECTION_LOST : StopReason.UNKNOWN_ERROR;
        }
        String detail = SecretRedactor.redact(redactedTarget + ": " + error + (log.isEmpty() ? "" : " [" + log + "]"));
        return new MuxerException(reason, detail);
    }

    /** Writes the trailer (finishing the file or ending the stream) within the deadline, then frees everything. */
    void finish(long timeoutMillis) throws MuxerException {
        int result = 0;
        if (headerWritten) {
            deadline.expireIn(timeoutMillis);
            result = av_interleaved_write_frame(context, null);
            if (result >= 0) {
                result = av_write_trailer(context);
            }
            headerWritten = false;
        }
        close();
        if (result < 0) {
            throw new MuxerException(StopReason.UNKNOWN_ERROR, redactedTarget + ": could not finish: " + FfmpegErrors.describe(result));
        }
    }

    @Override
    public void close() {
        if (context.isNull()) {
            return;
        }
        deadline.expireIn(1000);
        if (context.pb() != null && !context.pb().isNull() && (context.oformat().flags() & AVFMT_NOFILE) == 0) {
            avio_closep(context.pb());
        }
        avformat_free_context(context);
        context.setNull();
        av_packet_free(packet);
    }
}
