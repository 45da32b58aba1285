package live.studio.chat;

/** Makes the connector for a source. */
public final class ChatConnectors {
    private ChatConnectors() {
    }

    public static ChatConnector create(ChatSource source, ChatSettings settings) {
        return switch (source) {
            case ChatSource.TwitchChannel twitch -> IrcChatConnector.twitch(twitch, settings);
            case ChatSource.YouTubeVideo youtube -> YouTubeChatConnector.of(youtube, settings);
            case ChatSource.IrcChannel irc -> IrcChatConnector.irc(irc, settings);
        };
    }
}
