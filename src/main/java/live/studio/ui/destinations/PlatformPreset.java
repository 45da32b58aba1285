package live.studio.ui.destinations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import live.studio.encode.EncoderSettings;
import live.studio.media.VideoFormat;
import live.studio.ui.common.Messages;

/**
 * The platforms the destination editor knows: the ingest server their live dashboards show (or where to find it, for
 * those whose server differs per stream), whether they accept only RTMPS, and what they publish as the encode to send
 * them. Sources and dates are in docs/adr/0020-settings-and-platform-presets.md. The studio encodes once for every
 * destination, so {@link #checkEncoder} says where one encode does not suit a platform.
 */
public enum PlatformPreset {
    // YouTube: 1080p30 is 3 to 8 Mbps for its ingest, keyframes every 2 s (4 at most); RTMP or RTMPS.
    YOUTUBE("youtube", "rtmp://a.rtmp.youtube.com/live2", Transport.RTMP_OR_RTMPS,
            new Recommendation(new VideoFormat(1920, 1080, 30), 6000, 8000, 2, 4)),
    YOUTUBE_RTMPS("youtube-rtmps", "rtmps://a.rtmps.youtube.com:443/live2", Transport.RTMP_OR_RTMPS,
            new Recommendation(new VideoFormat(1920, 1080, 30), 6000, 8000, 2, 4)),
    // Twitch: strict CBR, keyframes every 2 s, 6000 kbps at most (1080p60); 4500 kbps for 1080p30.
    TWITCH("twitch", "rtmp://live.twitch.tv/app", Transport.RTMP_OR_RTMPS,
            new Recommendation(new VideoFormat(1920, 1080, 30), 4500, 6000, 2, 2)),
    // Facebook Live API: RTMPS only; 1080p30 is 3000-6000 kbps; keyframes every 2 s, never over 4.
    FACEBOOK("facebook", "rtmps://live-api-s.facebook.com:443/rtmp/", Transport.RTMPS_ONLY,
            new Recommendation(new VideoFormat(1920, 1080, 30), 4500, 6000, 2, 4)),
    // TikTok: portrait; the server and key come with each LIVE (TikTok LIVE Studio, "stream key" settings).
    TIKTOK("tiktok", "", Transport.RTMP_OR_RTMPS,
            new Recommendation(new VideoFormat(1080, 1920, 30), 4000, 6000, 2, 2)),
    // Instagram Live Producer: RTMPS only; 9:16 720x1280 at 30 fps, 2250-6000 kbps.
    INSTAGRAM("instagram", "", Transport.RTMPS_ONLY,
            new Recommendation(new VideoFormat(720, 1280, 30), 3500, 6000, 2, 4)),
    // Kick ingests through Amazon IVS: RTMPS on 443, keyframes every 2 s, 8000 kbps at most.
    KICK("kick", "rtmps://fa723fc1b171.global-contribute.live-video.net:443/app/", Transport.RTMPS_ONLY,
            new Recommendation(new VideoFormat(1920, 1080, 30), 6000, 8000, 2, 2)),
    CUSTOM("custom", "", Transport.RTMP_OR_RTMPS, null);

    private static final Messages TEXT = Messages.of(PlatformPreset.class);

    /** Which protocols the platform's ingest accepts. */
    public enum Transport { RTMP_OR_RTMPS, RTMPS_ONLY }

    /**
     * What the platform asks the encoder for.
     *
     * @param format                        resolution and frame rate (its orientation is the platform's)
     * @param videoBitrateKbps              the video bitrate to use
     * @param maximumVideoBitrateKbps       above this the platform refuses or degrades the stream
     * @param keyframeIntervalSeconds       the keyframe interval to use
     * @param maximumKeyframeIntervalSeconds above this the platform refuses or degrades the stream
     */
    public record Recommendation(VideoFormat format, int videoBitrateKbps, int maximumVideoBitrateKbps,
                                 int keyframeIntervalSeconds, int maximumKeyframeIntervalSeconds) {
        public Recommendation {
            Objects.requireNonNull(format);
        }

        public VideoFormat.Orientation orientation() {
            return format.orientation();
        }

        /** {@code current} changed to this resolution, frame rate, bitrate and keyframe interval (the rest kept). */
        public EncoderSettings appliedTo(EncoderSettings current) {
            return new EncoderSettings(current.videoEncoder(), videoBitrateKbps, keyframeIntervalSeconds, current.x264Preset(),
                    current.profile(), current.audioBitrateKbps());
        }
    }

    /** Why one encode does not suit a platform. */
    public enum ProblemKind { BITRATE_ABOVE_MAXIMUM, ORIENTATION_DIFFERS, KEYFRAME_INTERVAL_TOO_LONG }

    /** One mismatch between the encoder and a platform, with the sentence that says what to do. */
    public record EncoderProblem(PlatformPreset preset, ProblemKind kind, String message) {
    }

    private final String key;
    private final String serverUrl;
    private final Transport transport;
    private final Recommendation recommendation;

    PlatformPreset(String key, String serverUrl, Transport transport, Recommendation recommendation) {
        this.key = key;
        this.serverUrl = serverUrl;
        this.transport = transport;
        this.recommendation = recommendation;
    }

    public String label() {
        return TEXT.text(bundleKey("label"));
    }

    /** The platform's ingest server; empty when the operator must paste it. */
    public String serverUrl() {
        return serverUrl;
    }

    /** What to put in the server field: where to find it, for the presets that leave it empty. */
    public String serverHint() {
        return serverUrl.isEmpty() ? TEXT.text(bundleKey("hint")) : serverUrl;
    }

    public Transport transport() {
        return transport;
    }

    /** What the platform publishes as the encode to send it; empty for a custom server. */
    public Optional<Recommendation> recommendation() {
        return Optional.ofNullable(recommendation);
    }

    /** "Recommended: 1920×1080 30 fps · 6000 kbps · keyframe every 2 s", or empty for a custom server. */
    public String recommendationText() {
        return recommendation().map(wanted -> TEXT.text("preset.recommended", String.valueOf(wanted.format().width()),
                String.valueOf(wanted.format().height()), String.valueOf(wanted.format().fps()),
                String.valueOf(wanted.videoBitrateKbps()), String.valueOf(wanted.keyframeIntervalSeconds()))).orElse("");
    }

    /** The name a new destination gets when the operator gives none. */
    public String defaultName() {
        return label();
    }

    /** Why {@code serverUrl} cannot be this platform's, or empty: an RTMPS-only platform refuses rtmp://. */
    public Optional<String> checkServer(String url) {
        if (transport == Transport.RTMPS_ONLY && url.strip().toLowerCase(Locale.ROOT).startsWith("rtmp://")) {
            return Optional.of(TEXT.text("preset.rtmps-only", label()));
        }
        return Optional.empty();
    }

    /**
     * Where the one encode every destination shares does not suit this platform: a bitrate above its maximum, a
     * picture of the other orientation, keyframes too far apart. Empty when it suits (and for a custom server). For
     * the settings window and the pre-flight check.
     */
    public List<EncoderProblem> checkEncoder(EncoderSettings encoder, VideoFormat format) {
        List<EncoderProblem> problems = new ArrayList<>();
        if (recommendation == null) {
            return problems;
        }
        if (encoder.videoBitrateKbps() > recommendation.maximumVideoBitrateKbps()) {
            problems.add(new EncoderProblem(this, ProblemKind.BITRATE_ABOVE_MAXIMUM, TEXT.text("preset.problem.bitrate",
                    String.valueOf(encoder.videoBitrateKbps()), label(), String.valueOf(recommendation.maximumVideoBitrateKbps()))));
        }
        if (format.orientation() != recommendation.orientation()) {
            problems.add(new EncoderProblem(this, ProblemKind.ORIENTATION_DIFFERS, TEXT.text("preset.problem.orientation",
                    label(), orientationText(recommendation.orientation()), String.valueOf(recommendation.format().width()),
                    String.valueOf(recommendation.format().height()), String.valueOf(format.width()),
                    String.valueOf(format.height()))));
        }
        if (encoder.keyframeIntervalSeconds() > recommendation.maximumKeyframeIntervalSeconds()) {
            problems.add(new EncoderProblem(this, ProblemKind.KEYFRAME_INTERVAL_TOO_LONG, TEXT.text("preset.problem.keyframe",
                    label(), String.valueOf(recommendation.maximumKeyframeIntervalSeconds()),
                    String.valueOf(encoder.keyframeIntervalSeconds()))));
        }
        return problems;
    }

    /** The preset a saved destination names (its enum name), custom when unknown. */
    public static PlatformPreset fromSavedName(String name) {
        for (PlatformPreset preset : values()) {
            if (preset.name().equals(name)) {
                return preset;
            }
        }
        return CUSTOM;
    }

    /** This platform's text in the bundle: preset.youtube.label, preset.tiktok.hint ... */
    private String bundleKey(String what) {
        return "preset." + key + "." + what;
    }

    private static String orientationText(VideoFormat.Orientation orientation) {
        return TEXT.text(orientation == VideoFormat.Orientation.PORTRAIT ? "orientation.portrait" : "orientation.landscape");
    }

    @Override
    public String toString() {
        return label();
    }
}
