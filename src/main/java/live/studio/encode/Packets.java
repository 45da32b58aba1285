package live.studio.encode;

import static org.bytedeco.ffmpeg.global.avcodec.*;
import static org.bytedeco.ffmpeg.global.avutil.*;

import java.util.function.Consumer;
import live.studio.media.EncodedPacket;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;

/** Moves what an encoder has finished into immutable {@link EncodedPacket}s. */
final class Packets {
    private Packets() {
    }

    static void drain(AVCodecContext context, AVPacket packet, EncodedPacket.StreamKind stream, int timeBaseDenominator,
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
