package live.studio.encode;

public enum H264Profile {
    MAIN("main"),
    HIGH("high");

    private final String ffmpegName;

    H264Profile(String ffmpegName) {
        this.ffmpegName = ffmpegName;
    }

    public String ffmpegName() {
        return ffmpegName;
    }
}
