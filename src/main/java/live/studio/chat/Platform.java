package live.studio.chat;

/** Where a chat message comes from; the feed shows {@link #badge()} next to each message. */
public enum Platform {
    TWITCH("Twitch", "TW"),
    YOUTUBE("YouTube", "YT"),
    IRC("IRC", "IRC");

    private final String label;
    private final String badge;

    Platform(String label, String badge) {
        this.label = label;
        this.badge = badge;
    }

    public String label() {
        return label;
    }

    /** Two or three letters for the feed's platform badge. */
    public String badge() {
        return badge;
    }
}
