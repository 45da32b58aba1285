package live.studio.encode;

import static org.bytedeco.ffmpeg.global.avcodec.*;
import static org.bytedeco.ffmpeg.global.avutil.*;
import static org.bytedeco.ffmpeg.global.swscale.*;

import java.util.function.Consumer;
import live.studio.media.EncodedPacket;
import live.studio.media.VideoFormat;
import live.studio.media.ProgramFrame;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.swscale.SwsContext;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerPointer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * H.264 through FFmpeg's encoder API: the program's BGRA frame is converted to YUV 4:2:0 once (swscale), then
 * encoded. x264 runs CBR (bitrate = maxrate, a one-second buffer, nal-hrd=cbr), tune zerolatency, scene-cut off and
 * a keyframe forced exactly every N seconds of media time, so every platform's ingest accepts it. Not thread-safe:
 * the encoder thread owns it.
 */
final class VideoEncoder implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(VideoEncoder.class);

    private final VideoFormat format;
    private final VideoEncoderChoice choice;
    private final AVCodecContext context;
    private final AVCodecParameters parameters;
    private final AVFrame yuvFrame;
    private final PointerPointer<Pointer> bgraPlanes = new PointerPointer<>(4);
    private final IntPointer bgraStrides;
    private final SwsContext converter;
    private final AVPacket packet;
    private final long keyframeIntervalFrames;
    private long lastKeyframePts = Long.MIN_VALUE;
    private long lastPts = Long.MIN_VALUE;

    private VideoEncoder(VideoFormat format, VideoEncoderChoice choice, AVCodecContext context, long keyframeIntervalFrames) {
        this.format = format;
        this.choice = choice;
        this.context = context;
        this.keyframeIntervalFrames = keyframeIntervalFrames;
        this.parameters = avcodec_parameters_alloc();
        avcodec_parameters_from_context(parameters, context);
        this.yuvFrame = av_frame_alloc();
        yuvFrame.format(context.pix_fmt());
        yuvFrame.width(format.width());
        yuvFrame.height(format.height());
        av_frame_get_buffer(yuvFrame, 0);
        this.bgraStrides = new IntPointer(format.width() * 4, 0, 0, 0);
        this.converter = sws_getContext(format.width(), format.height(), AV_PIX_FMT_BGRA,
                format.width(), format.height(), context.pix_fmt(), SWS_POINT, null, null, (DoublePointer) null);
        this.packet = av_packet_alloc();
    }

    /** Opens the chosen encoder; a hardware encoder that fails to open falls back to x264 with a warning. */
    static VideoEncoder open(VideoFormat format, EncoderSettings settings) throws EncoderException {
        if (settings.videoEncoder() != VideoEncoderChoice.X264) {
            try {
                return openExactly(format, settings, settings.videoEncoder());
            } catch (EncoderException e) {
                LOG.warn("{} is not available ({}); encoding with x264 instead", settings.videoEncoder().label(), e.getMessage());
            }
        }
        return openExactly(format, settings, VideoEncoderChoice.X264);
    }

    private static VideoEncoder openExactly(VideoFormat format, EncoderSettings settings, VideoEncoderChoice choice) throws EncoderException {
        AVCodec codec = avcodec_find_encoder_by_name(choice.ffmpegName());
        if (codec == null || codec.isNull()) {
            throw new EncoderException("this FFmpeg build has no " + choice.ffmpegName() + " encoder");
        }
        AVCodecContext context = avcodec_alloc_context3(codec);
        long keyframeIntervalFrames = (long) settings.keyframeIntervalSeconds() * format.fps();
        long bitsPerSecond = settings.videoBitrateKbps() * 1000L;
        context.width(format.width());
        context.height(format.height());
        context.pix_fmt(choice == VideoEncoderChoice.X264 ? AV_PIX_FMT_YUV420P : AV_PIX_FMT_NV12);
        context.time_base(av_make_q(1, format.fps()));
        context.framerate(av_make_q(format.fps(), 1));
        context.gop_size((int) keyframeIntervalFrames);
        context.max_b_frames(0);
        context.bit_rate(bitsPerSecond);
        context.rc_min_rate(choice == VideoEncoderChoice.X264 ? 0 : bitsPerSecond);
        context.rc_max_rate(bitsPerSecond);
        context.rc_buffer_size((int) bitsPerSecond);
        context.flags(context.flags() | AV_CODEC_FLAG_GLOBAL_HEADER);
        context.color_range(AVCOL_RANGE_MPEG);
        context.colorspace(format.height() >= 720 ? AVCOL_SPC_BT709 : AVCOL_SPC_SMPTE170M);

        AVDictionary options = new AVDictionary(null);
        av_dict_set(options, "profile", settings.profile().ffmpegName(), 0);
        switch (choice) {
            case X264 -> {
                av_dict_set(options, "preset", settings.x264Preset(), 0);
                av_dict_set(options, "tune", "zerolatency", 0);
                av_dict_set(options, "x264-params", "nal-hrd=cbr:scenecut=0:keyint=" + keyframeIntervalFrames
                        + ":min-keyint=" + keyframeIntervalFrames + ":force-cfr=1", 0);
            }
            case NVENC -> {
                av_dict_set(options, "preset", "p4", 0);
                av_dict_set(options, "tune", "ll", 0);
                av_dict_set(options, "rc", "cbr", 0);
                av_dict_set(options, "forced-idr", "1", 0);
            }
            case QUICK_SYNC -> av_dict_set(options, "preset", "veryfast", 0);
            case VIDEOTOOLBOX -> av_dict_set(options, "realtime", "1", 0);
            case MEDIA_FOUNDATION -> {
                av_dict_set(options, "rate_control", "cbr", 0);
                av_dict_set(options, "scenario", "live_streaming", 0);
            }
            case VAAPI -> av_dict_set(options, "rc_mode", "CBR", 0);
        }
        int result = avcodec_open2(context, codec, options);
        av_dict_free(options);
        if (result < 0) {
            avcodec_free_context(context);
            throw new EncoderException(choice.ffmpegName() + " could not open: " + FfmpegErrors.describe(result));
        }
        LOG.info("video encoder {} {} {} kbps CBR, keyframe every {} s", choice.ffmpegName(), format,
                settings.videoBitrateKbps(), settings.keyframeIntervalSeconds());
        return new VideoEncoder(format, choice, context, keyframeIntervalFrames);
    }

    VideoEncoderChoice choice() {
        return choice;
    }

    AVCodecParameters parameters() {
        return parameters;
    }

    /**
     * Encodes one program frame as frame number {@code pts} (strictly increasing; gaps are allowed and stay gaps)
     * and passes every packet that comes out to {@code output}.
     */
    void encode(ProgramFrame frame, long pts, Consumer<EncodedPacket> output) throws EncoderException {
        if (pts <= lastPts) {
            throw new IllegalArgumentException("video timestamps must increase: " + pts + " after " + lastPts);
        }
        lastPts = pts;
        bgraPlanes.put(0, frame.memory());
        int writable = av_frame_make_writable(yuvFrame);
        if (writable < 0) {
            throw new EncoderException("video frame buffer: " + FfmpegErrors.describe(writable));
        }
        sws_scale(converter, bgraPlanes, bgraStrides, 0, format.height(), yuvFrame.data(), yuvFrame.linesize());
        yuvFrame.pts(pts);
        // A keyframe exactly every interval of media time, on the same grid even after dropped frames left gaps.
        if (lastKeyframePts == Long.MIN_VALUE) {
            yuvFrame.pict_type(AV_PICTURE_TYPE_I);
            lastKeyframePts = pts;
        } else if (pts - lastKeyframePts >= keyframeIntervalFrames) {
            yuvFrame.pict_type(AV_PICTURE_TYPE_I);
            lastKeyframePts += (pts - lastKeyframePts) / keyframeIntervalFrames * keyframeIntervalFrames;
        } else {
            yuvFrame.pict_type(AV_PICTURE_TYPE_NONE);
        }
        Packets.encode(context, yuvFrame, packet, EncodedPacket.StreamKind.VIDEO, format.fps(), output);
    }

    void flush(Consumer<EncodedPacket> output) throws EncoderException {
        Packets.encode(context, null, packet, EncodedPacket.StreamKind.VIDEO, format.fps(), output);
    }

    @Override
    public void close() {
        av_packet_free(packet);
        av_frame_free(yuvFrame);
        avcodec_parameters_free(parameters);
        sws_freeContext(converter);
        avcodec_free_context(context);
    }
}
