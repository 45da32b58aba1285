package live.studio.encode;

import static org.bytedeco.ffmpeg.global.avcodec.avcodec_parameters_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_parameters_copy;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_parameters_free;

import java.lang.ref.Cleaner;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;

/**
 * What a muxer needs to write the encoder's packets: each stream's codec parameters (with the global headers) and
 * time base. The parameters are this object's own copies, freed when it is no longer reachable, so an output may use
 * them whatever happened to the encoder meanwhile.
 */
public record EncodedStreams(AVCodecParameters video, int videoTimeBaseDenominator,
                             AVCodecParameters audio, int audioTimeBaseDenominator) {
    private static final Cleaner CLEANER = Cleaner.create();

    /** Copies the encoders' parameters into memory owned by the returned object. */
    static EncodedStreams copyOf(AVCodecParameters video, int videoTimeBaseDenominator, AVCodecParameters audio,
                                 int audioTimeBaseDenominator) {
        AVCodecParameters videoCopy = avcodec_parameters_alloc();
        AVCodecParameters audioCopy = avcodec_parameters_alloc();
        avcodec_parameters_copy(videoCopy, video);
        avcodec_parameters_copy(audioCopy, audio);
        EncodedStreams streams = new EncodedStreams(videoCopy, videoTimeBaseDenominator, audioCopy,
                audioTimeBaseDenominator);
        CLEANER.register(streams, () -> {
            avcodec_parameters_free(videoCopy);
            avcodec_parameters_free(audioCopy);
        });
        return streams;
    }
}
