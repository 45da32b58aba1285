package live.studio.output;

import static org.bytedeco.ffmpeg.global.avcodec.*;
import static org.bytedeco.ffmpeg.global.avformat.*;

import java.io.IOException;
import java.nio.file.Path;
import live.studio.encode.FfmpegErrors;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVIOContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;

/** Copies the packets of a finished recording into another container (MKV to MP4) without re-encoding. */
public final class Remux {
    private Remux() {
    }

    public static void copy(Path source, Path target, String formatName) throws IOException {
        AVFormatContext input = new AVFormatContext(null);
        AVFormatContext output = new AVFormatContext(null);
        AVPacket packet = av_packet_alloc();
        try {
            check(avformat_open_input(input, source.toString(), null, null), "open " + source);
            check(avformat_find_stream_info(input, (AVDictionary) null), "read " + source);
            check(avformat_alloc_output_context2(output, null, formatName, target.toString()), "create " + target);
            for (int i = 0; i < input.nb_streams(); i++) {
                AVStream stream = avformat_new_stream(output, null);
                check(avcodec_parameters_copy(stream.codecpar(), input.streams(i).codecpar()), "copy stream");
                stream.codecpar().codec_tag(0);
                stream.time_base(input.streams(i).time_base());
            }
            AVIOContext io = new AVIOContext(null);
            check(avio_open(io, target.toString(), AVIO_FLAG_WRITE), "create " + target);
            output.pb(io);
            AVDictionary options = new AVDictionary(null);
            org.bytedeco.ffmpeg.global.avutil.av_dict_set(options, "movflags", "+faststart", 0);
            check(avformat_write_header(output, options), "write header of " + target);
            org.bytedeco.ffmpeg.global.avutil.av_dict_free(options);
            while (av_read_frame(input, packet) >= 0) {
                AVStream in = input.streams(packet.stream_index());
                AVStream out = output.streams(packet.stream_index());
                av_packet_rescale_ts(packet, in.time_base(), out.time_base());
                packet.pos(-1);
                check(av_interleaved_write_frame(output, packet), "write " + target);
            }
            check(av_write_trailer(output), "finish " + target);
        } finally {
            av_packet_free(packet);
            if (!input.isNull()) {
                avformat_close_input(input);
            }
            if (!output.isNull()) {
                if (output.pb() != null && !output.pb().isNull()) {
                    avio_closep(output.pb());
                }
                avformat_free_context(output);
            }
        }
    }

    private static void check(int result, String what) throws IOException {
        if (result < 0) {
            throw new IOException("could not " + what + ": " + FfmpegErrors.describe(result));
        }
    }
}
