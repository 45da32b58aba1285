package live.studio.chat;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chat to read, as written after {@code --chat} (or in the window's chat panel):
 * {@code twitch:CHANNEL}, {@code youtube:VIDEO_ID}, {@code irc://HOST:PORT/#CHANNEL} or {@code ircs://HOST:PORT/#CHANNEL}.
 */
public sealed interface ChatSource permits ChatSource.TwitchChannel, ChatSource.YouTubeVideo, ChatSource.IrcChannel {

    /** What the message of a malformed source lists. */
    String ACCEPTED_FORMS = "twitch:CHANNEL, youtube:VIDEO_ID, irc://HOST:PORT/#CHANNEL or ircs://HOST:PORT/#CHANNEL";

    Platform platform();

    /** The source written back in its canonical form; connectors and messages are named by it. */
    String label();

    /** Reads one source; the exception's message names the value and the accepted forms. */
    static ChatSource parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty chat source; accepted forms: " + ACCEPTED_FORMS);
        }
        String value = text.strip();
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.startsWith("twitch:")) {
            return TwitchChannel.parse(value.substring("twitch:".length()), value);
        }
        if (lower.startsWith("youtube:")) {
            return YouTubeVideo.parse(value.substring("youtube:".length()), value);
        }
        if (lower.startsWith("irc://") || lower.startsWith("ircs://")) {
            return IrcChannel.parse(value);
        }
        throw malformed(value, "unknown kind of chat");
    }

    private static IllegalArgumentException malformed(String value, String why) {
        return new IllegalArgumentException("chat source '" + value + "': " + why + "; accepted forms: " + ACCEPTED_FORMS);
    }

    /** A Twitch channel, read over Twitch's IRC interface. */
    record TwitchChannel(String channel) implements ChatSource {
        private static final Pattern NAME = Pattern.compile("[a-z0-9_]{2,25}");

        public TwitchChannel {
            if (channel == null || !NAME.matcher(channel).matches()) {
                throw new IllegalArgumentException("bad Twitch channel name: " + channel);
            }
        }

        static TwitchChannel parse(String name, String whole) {
            String channel = name.startsWith("#") ? name.substring(1) : name;
            channel = channel.toLowerCase(Locale.ROOT);
            if (!NAME.matcher(channel).matches()) {
                throw malformed(whole, "a Twitch channel name is 2 to 25 letters, digits or underscores");
            }
            return new TwitchChannel(channel);
        }

        @Override
        public Platform platform() {
            return Platform.TWITCH;
        }

        @Override
        public String label() {
            return "twitch:" + channel;
        }
    }

    /** A YouTube live video, whose live chat is found from the video id. */
    record YouTubeVideo(String videoId) implements ChatSource {
        private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{11}");

        public YouTubeVideo {
            if (videoId == null || !ID.matcher(videoId).matches()) {
                throw new IllegalArgumentException("bad YouTube video id: " + videoId);
            }
        }

        static YouTubeVideo parse(String id, String whole) {
            if (!ID.matcher(id).matches()) {
                throw malformed(whole, "a YouTube video id is the 11 characters after v= in the video's address");
            }
            return new YouTubeVideo(id);
        }

        @Override
        public Platform platform() {
            return Platform.YOUTUBE;
        }

        @Override
        public String label() {
            return "youtube:" + videoId;
        }
    }

    /** A channel on any IRC server; {@code ircs} is IRC over TLS. */
    record IrcChannel(String host, int port, String channel, Transport transport) implements ChatSource {
        public static final int DEFAULT_PORT = 6667;
        public static final int DEFAULT_TLS_PORT = 6697;
        // host: a name, an IPv4 address or [IPv6]; channel: '#' or '&' then no space, comma, BEL or control.
        private static final Pattern URL = Pattern.compile(
                "(?i)(ircs?)://([A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+])(?::(\\d{1,5}))?/([#&]?[^\\s,\\x00-\\x1F\\x7F]{1,49})");

        public IrcChannel {
            if (host == null || host.isBlank() || port < 1 || port > 65535 || channel == null
                    || !(channel.startsWith("#") || channel.startsWith("&")) || transport == null) {
                throw new IllegalArgumentException("bad IRC channel " + host + ":" + port + "/" + channel);
            }
        }

        static IrcChannel parse(String value) {
            Matcher matcher = URL.matcher(value);
            if (!matcher.matches()) {
                throw malformed(value, "an IRC chat is written irc://HOST:PORT/#CHANNEL (quote it in a shell)");
            }
            Transport transport = matcher.group(1).equalsIgnoreCase("ircs") ? Transport.TLS : Transport.PLAIN;
            int port = transport == Transport.TLS ? DEFAULT_TLS_PORT : DEFAULT_PORT;
            if (matcher.group(3) != null) {
                port = Integer.parseInt(matcher.group(3));
                if (port < 1 || port > 65535) {
                    throw malformed(value, "the port must be 1 to 65535");
                }
            }
            String channel = matcher.group(4);
            if (!channel.startsWith("#") && !channel.startsWith("&")) {
                channel = "#" + channel;
            }
            return new IrcChannel(matcher.group(2), port, channel, transport);
        }

        @Override
        public Platform platform() {
            return Platform.IRC;
        }

        @Override
        public String label() {
            return (transport == Transport.TLS ? "ircs" : "irc") + "://" + host + ":" + port + "/" + channel;
        }
    }

    /** Plain TCP or TLS. */
    enum Transport {
        PLAIN, TLS
    }
}
