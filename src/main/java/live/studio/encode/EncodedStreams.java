package live.studio.encode;

import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;

/**
 * What a muxer needs to write the encoder's packets: each stream's codec parameters (with the global headers) and
 * time base. Owned by the encoder; valid while it is open.
 */
public record EncodedStreams(AVCodecParameters video, int videoTimeBaseDenominator,
                             AVCodecParameters audio, int audioTimeBaseDenominator) {
}
