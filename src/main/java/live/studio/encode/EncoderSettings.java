package live.studio.encode;

/**
 * The one encode every destination and the recording share.
 *
 * @param videoEncoder          H.264 encoder; x264 unless a hardware one is chosen
 * @param videoBitrateKbps      constant bitrate (CBR with nal-hrd=cbr for x264)
 * @param keyframeIntervalSeconds a keyframe exactly every N seconds (platforms ask for 2)
 * @param x264Preset            speed/quality trade-off for x264
 * @param profile               H.264 profile
 * @param audioBitrateKbps      AAC-LC bitrate
 */
public record EncoderSettings(VideoEncoderChoice videoEncoder, int videoBitrateKbps, int keyframeIntervalSeconds,
                              String x264Preset, H264Profile profile, int audioBitrateKbps) {

    public static final int MIN_VIDEO_BITRATE_KBPS = 200;
    public static final int MAX_VIDEO_BITRATE_KBPS = 50_000;

    public EncoderSettings {
        if (videoBitrateKbps < MIN_VIDEO_BITRATE_KBPS || videoBitrateKbps > MAX_VIDEO_BITRATE_KBPS) {
            throw new IllegalArgumentException("video bitrate " + videoBitrateKbps + " kbps is out of range: use "
                    + MIN_VIDEO_BITRATE_KBPS + " to " + MAX_VIDEO_BITRATE_KBPS + " (platforms suggest 4500 for 1080p30, 2500-4000 for 720p30)");
        }
        if (keyframeIntervalSeconds < 1 || keyframeIntervalSeconds > 10) {
            throw new IllegalArgumentException("keyframe interval " + keyframeIntervalSeconds + " s is out of range: use 1 to 10 (platforms ask for 2)");
        }
        if (audioBitrateKbps < 32 || audioBitrateKbps > 320) {
            throw new IllegalArgumentException("audio bitrate " + audioBitrateKbps + " kbps is out of range: use 32 to 320");
        }
    }

    public static EncoderSettings defaults(int videoBitrateKbps) {
        return new EncoderSettings(VideoEncoderChoice.X264, videoBitrateKbps, 2, "veryfast", H264Profile.HIGH, 160);
    }

    public EncoderSettings withVideoEncoder(VideoEncoderChoice choice) {
        return new EncoderSettings(choice, videoBitrateKbps, keyframeIntervalSeconds, x264Preset, profile, audioBitrateKbps);
    }
}
