package live.studio.overlay;

/** Landscape (16:9, YouTube, Twitch, Facebook) or portrait (9:16, TikTok, Instagram, YouTube Shorts). */
public enum CanvasShape {
    LANDSCAPE,
    PORTRAIT;

    public static CanvasShape of(int width, int height) {
        return height > width ? PORTRAIT : LANDSCAPE;
    }
}
