package live.studio.ui.destinations;

/**
 * The platforms the destination editor knows, with the ingest server their live dashboards show. For those whose
 * server differs per stream (TikTok, Instagram) or that we do not know (custom) the operator pastes it.
 */
public enum PlatformPreset {
    YOUTUBE("YouTube", "rtmp://a.rtmp.youtube.com/live2", ""),
    YOUTUBE_RTMPS("YouTube (RTMPS)", "rtmps://a.rtmps.youtube.com:443/live2", ""),
    TWITCH("Twitch", "rtmp://live.twitch.tv/app", ""),
    FACEBOOK("Facebook", "rtmps://live-api-s.facebook.com:443/rtmp/", ""),
    TIKTOK("TikTok", "", "Paste the server URL from TikTok LIVE Studio (Stream key settings)"),
    INSTAGRAM("Instagram", "", "Paste the server URL from Instagram's Live Producer"),
    CUSTOM("Custom", "", "rtmp://HOST/APP or rtmps://HOST:443/APP");

    private final String label;
    private final String serverUrl;
    private final String serverHint;

    PlatformPreset(String label, String serverUrl, String serverHint) {
        this.label = label;
        this.serverUrl = serverUrl;
        this.serverHint = serverHint;
    }

    public String label() {
        return label;
    }

    /** The platform's ingest server; empty when the operator must paste it. */
    public String serverUrl() {
        return serverUrl;
    }

    /** What to put in the server field, for the presets that leave it empty. */
    public String serverHint() {
        return serverHint.isEmpty() ? serverUrl : serverHint;
    }

    /** The name a new destination gets when the operator gives none. */
    public String defaultName() {
        return this == CUSTOM ? "Custom" : label;
    }

    @Override
    public String toString() {
        return label;
    }
}
