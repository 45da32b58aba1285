package live.studio.encode;

import static org.bytedeco.ffmpeg.global.avcodec.*;
import static org.bytedeco.ffmpeg.global.avutil.*;

import java.util.function.Consumer;
import live.studio.media.AudioChunk;
import live.studio.media.AudioFormat;
import live.studio.media.EncodedPacket;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.javacpp.FloatPointer;

/** AAC-LC, 48 kHz stereo, one 1024-sample mixer chunk per AAC frame, so no resampling or re-chunking is needed. */
final class AudioEncoder implements AutoCloseable {
    private final AVCodecContext context;
    private final AVCodecParameters parameters;
    private final AVFrame frame;
    private final AVPacket packet;
    private long lastPts = Long.MIN_VALUE;

    private AudioEncoder(AVCodecContext context) {
        this.context = context;
        this.parameters = avcodec_parameters_alloc();
        avcodec_parameters_from_context(parameters, context);
        this.frame = av_frame_alloc();
        frame.format(AV_SAMPLE_FMT_FLTP);
        frame.nb_samples(AudioFormat.SAMPLES_PER_CHUNK);
        av_channel_layout_default(frame.ch_layout(), AudioFormat.CHANNELS);
        frame.sample_rate(AudioFormat.SAMPLE_RATE_HZ);
        av_frame_get_buffer(frame, 0);
        this.packet = av_packet_alloc();
    }

    static AudioEncoder open(int bitrateKbps) throws EncoderException {
        AVCodec codec = avcodec_find_encoder_by_name("aac");
        if (codec == null || codec.isNull()) {
            throw new EncoderException("this FFmpeg build has no AAC encoder");
        }
        AVCodecContext context = avcodec_alloc_context3(codec);
        context.sample_fmt(AV_SAMPLE_FMT_FLTP);
        context.sample_rate(AudioFormat.SAMPLE_RATE_HZ);
        av_channel_layout_default(context.ch_layout(), AudioFormat.CHANNELS);
        context.bit_rate(bitrateKbps * 1000L);
        context.profile(AV_PROFILE_AAC_LOW);
        context.time_base(av_make_q(1, AudioFormat.SAMPLE_RATE_HZ));
        context.flags(context.flags() | AV_CODEC_FLAG_GLOBAL_HEADER);
        int result = avcodec_open2(context, codec, (org.bytedeco.ffmpeg.avutil.AVDictionary) null);
        if (result < 0) {
            avcodec_free_context(context);
            throw new EncoderException("AAC encoder could not open: " + FfmpegErrors.describe(result));
        }
        if (context.frame_size() != AudioFormat.SAMPLES_PER_CHUNK) {
            avcodec_free_context(context);
            throw new EncoderException("AAC encoder wants " + context.frame_size() + " samples a frame, not " + AudioFormat.SAMPLES_PER_CHUNK);
        }
        return new AudioEncoder(context);
    }

    AVCodecParameters parameters() {
        return parameters;
    }

    /** Encodes one chunk as sample position {@code pts} (strictly increasing). */
    void encode(AudioChunk chunk, long pts, Consumer<EncodedPacket> output) throws EncoderException {
        if (pts <= lastPts) {
            throw new IllegalArgumentException("audio timestamps must increase: " + pts + " after " + lastPts);
        }
        lastPts = pts;
        int writable = av_frame_make_writable(frame);
        if (writable < 0) {
            throw new EncoderException("audio frame buffer: " + FfmpegErrors.describe(writable));
        }
        new FloatPointer(frame.data(0)).capacity(AudioFormat.SAMPLES_PER_CHUNK).put(chunk.left());
        new FloatPointer(frame.data(1)).capacity(AudioFormat.SAMPLES_PER_CHUNK).put(chunk.right());
        frame.pts(pts);
        Packets.encode(context, frame, packet, EncodedPacket.StreamKind.AUDIO, AudioFormat.SAMPLE_RATE_HZ, output);
    }

    void flush(Consumer<EncodedPacket> output) throws EncoderException {
        Packets.encode(context, null, packet, EncodedPacket.StreamKind.AUDIO, AudioFormat.SAMPLE_RATE_HZ, output);
    }

    @Override
    public void close() {
        av_packet_free(packet);
        av_frame_free(frame);
        avcodec_parameters_free(parameters);
        avcodec_free_context(context);
    }
}
