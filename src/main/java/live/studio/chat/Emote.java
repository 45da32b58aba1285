package live.studio.chat;

/**
 * Where an emote sits in a message's text (Twitch's {@code emotes} tag): code point indices, both inclusive, as
 * Twitch counts them.
 */
public record Emote(String id, int start, int end) {
    public Emote {
        if (id == null || id.isBlank() || start < 0 || end < start) {
            throw new IllegalArgumentException("bad emote range " + id + ":" + start + "-" + end);
        }
    }
}
