package live.studio.encode;

import static org.bytedeco.ffmpeg.global.avcodec.*;
import static org.bytedeco.ffmpeg.global.avutil.*;

import java.util.function.Consumer;
import live.studio.media.EncodedPacket;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avutil.AVFrame;

/** Moves what an encoder has finished into immutable {@link EncodedPacket}s. */
final class Packets {
    private Packets() {
    }

    /** Sends a frame (null to flush) and passes on every packet the encoder finishes. */
    static void encode(AVCodecContext context, AVFrame frame, AVPacket packet, EncodedPacket.StreamKind stream,
                       int timeBaseDenominator, Consumer<EncodedPacket> output) throws EncoderException {
        int result = avcodec_send_frame(context, frame);
        if (result < 0 && result != AVERROR_EOF()) {
            throw new EncoderException(stream.name().toLowerCase(java.util.Locale.ROOT) + " encode: " + FfmpegErrors.describe(result));
        }
        drain(context, packet, stream, timeBaseDenominator, output);
    }

    private static void drain(AVCodecContext context, AVPacket packet, EncodedPacket.StreamKind stream, int timeBaseDenominator,
                      Consumer<EncodedPacket> output) throws EncoderException {
        while (true) {
            int result = avcodec_receive_packet(context, packet);
            if (result == AVERROR_EAGAIN() || result == AVERROR_EOF()) {
                return;
            }
            if (result < 0) {
                throw new EncoderException(stream.name().toLowerCase(java.util.Locale.ROOT) + " encode: " + FfmpegErrors.describe(result));
            }
            byte[] data = new byte[packet.size()];
            packet.data().position(0).get(data);
            boolean keyFrame = (packet.flags() & AV_PKT_FLAG_KEY) != 0;
            long duration = packet.duration() > 0 ? packet.duration() : stream == EncodedPacket.StreamKind.VIDEO ? 1 : 1024;
            EncodedPacket encoded = new EncodedPacket(stream, data, packet.pts(), packet.dts(), duration, keyFrame, timeBaseDenominator);
            av_packet_unref(packet);
            output.accept(encoded);
        }
    }
}
