package live.studio.chat;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import live.studio.output.ReconnectPolicy;
import live.studio.output.SecretRedactor;

/**
 * How connectors reach and log in to each platform. Reading needs nothing; sending needs a Twitch login and OAuth
 * token, a YouTube OAuth bearer token, or an IRC nick chosen by the host. Tokens and keys are registered with
 * {@link SecretRedactor} the moment they exist, so no log line or message can show them.
 *
 * @param twitchLogin       the Twitch account that sends (with {@code twitchToken}); empty reads anonymously
 * @param twitchToken       its OAuth token ({@code oauth:} prefix optional)
 * @param twitchServer      where Twitch's IRC interface is (tests point it at a local server)
 * @param youtubeApiKey     a Data API v3 key (reading only)
 * @param youtubeOAuthToken an OAuth bearer token (reading, and sending as the channel)
 * @param youtubeApiBase    the Data API's base address, {@code https://www.googleapis.com/youtube/v3}
 * @param ircNick           the nick for plain IRC; when given, the host may send as it
 * @param tls               the TLS context for Twitch and ircs:// (the JDK's default trust store unless a test gives its own)
 * @param reconnect         back-off between attempts
 */
public record ChatSettings(String twitchLogin, String twitchToken, ServerAddress twitchServer, String youtubeApiKey,
                           String youtubeOAuthToken, URI youtubeApiBase, String ircNick, SSLContext tls,
                           ReconnectPolicy reconnect) {
    public static final ServerAddress TWITCH_IRC = new ServerAddress("irc.chat.twitch.tv", 6697, ChatSource.Transport.TLS);
    public static final URI YOUTUBE_API = URI.create("https://www.googleapis.com/youtube/v3");
    /** 1 s, doubling, ±20 % jitter, at most a minute between attempts: chat can wait, a platform should not be hammered. */
    public static final ReconnectPolicy CHAT_RECONNECT = new ReconnectPolicy(1000, 2.0, 60_000, 0.2);

    /** The environment variables {@link #fromEnvironment} reads. */
    public static final String TWITCH_LOGIN_VARIABLE = "STUDIO_TWITCH_LOGIN";
    public static final String TWITCH_TOKEN_VARIABLE = "STUDIO_TWITCH_OAUTH_TOKEN";
    public static final String YOUTUBE_KEY_VARIABLE = "STUDIO_YOUTUBE_API_KEY";
    public static final String YOUTUBE_OAUTH_VARIABLE = "STUDIO_YOUTUBE_OAUTH_TOKEN";
    public static final String YOUTUBE_API_VARIABLE = "STUDIO_YOUTUBE_API_URL";
    public static final String IRC_NICK_VARIABLE = "STUDIO_IRC_NICK";

    public ChatSettings {
        twitchLogin = blankToEmpty(twitchLogin);
        twitchToken = blankToEmpty(twitchToken);
        youtubeApiKey = blankToEmpty(youtubeApiKey);
        youtubeOAuthToken = blankToEmpty(youtubeOAuthToken);
        ircNick = blankToEmpty(ircNick);
        SecretRedactor.register(twitchToken);
        SecretRedactor.register(twitchToken.startsWith("oauth:") ? twitchToken.substring("oauth:".length()) : twitchToken);
        SecretRedactor.register(youtubeApiKey);
        SecretRedactor.register(youtubeOAuthToken);
        Objects.requireNonNull(twitchServer, "twitchServer");
        Objects.requireNonNull(youtubeApiBase, "youtubeApiBase");
        Objects.requireNonNull(reconnect, "reconnect");
    }

    /** Reading everything anonymously, sending nothing. */
    public static ChatSettings readOnly() {
        return new ChatSettings("", "", TWITCH_IRC, "", "", YOUTUBE_API, "", null, CHAT_RECONNECT);
    }

    /** From the environment variables named above (so tokens never sit on a command line or in shell history). */
    public static ChatSettings fromEnvironment(Map<String, String> environment) {
        URI youtubeApi = Optional.ofNullable(environment.get(YOUTUBE_API_VARIABLE)).filter(url -> !url.isBlank())
                .map(ChatSettings::apiAddress).orElse(YOUTUBE_API);
        return new ChatSettings(environment.get(TWITCH_LOGIN_VARIABLE), environment.get(TWITCH_TOKEN_VARIABLE), TWITCH_IRC,
                environment.get(YOUTUBE_KEY_VARIABLE), environment.get(YOUTUBE_OAUTH_VARIABLE), youtubeApi,
                environment.get(IRC_NICK_VARIABLE), null, CHAT_RECONNECT);
    }

    public ChatSettings withTwitch(String login, String token, ServerAddress server) {
        return new ChatSettings(login, token, server, youtubeApiKey, youtubeOAuthToken, youtubeApiBase, ircNick, tls, reconnect);
    }

    public ChatSettings withYouTube(String apiKey, String oauthToken, URI apiBase) {
        return new ChatSettings(twitchLogin, twitchToken, twitchServer, apiKey, oauthToken, apiBase, ircNick, tls, reconnect);
    }

    public ChatSettings withIrcNick(String nick) {
        return new ChatSettings(twitchLogin, twitchToken, twitchServer, youtubeApiKey, youtubeOAuthToken, youtubeApiBase, nick, tls, reconnect);
    }

    public ChatSettings withTls(SSLContext context) {
        return new ChatSettings(twitchLogin, twitchToken, twitchServer, youtubeApiKey, youtubeOAuthToken, youtubeApiBase, ircNick, context, reconnect);
    }

    public ChatSettings withReconnect(ReconnectPolicy policy) {
        return new ChatSettings(twitchLogin, twitchToken, twitchServer, youtubeApiKey, youtubeOAuthToken, youtubeApiBase, ircNick, tls, policy);
    }

    /** Sending on Twitch needs both the login and its token. */
    public boolean canSendOnTwitch() {
        return !twitchLogin.isEmpty() && !twitchToken.isEmpty();
    }

    /** The TLS context to use: the given one or the JDK's default. */
    public SSLContext tlsContext() {
        if (tls != null) {
            return tls;
        }
        try {
            return SSLContext.getDefault();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no TLS", e);
        }
    }

    @Override
    public String toString() {
        // Never the tokens themselves.
        return "ChatSettings[twitch " + (canSendOnTwitch() ? "as " + twitchLogin : "anonymous") + ", youtube "
                + (!youtubeOAuthToken.isEmpty() ? "oauth" : !youtubeApiKey.isEmpty() ? "api key" : "no credentials")
                + " at " + youtubeApiBase + ", irc nick " + (ircNick.isEmpty() ? "generated" : ircNick) + "]";
    }

    private static URI apiAddress(String url) {
        try {
            URI address = new URI(url.strip());
            if (!"https".equalsIgnoreCase(address.getScheme()) && !"http".equalsIgnoreCase(address.getScheme())
                    || address.getHost() == null) {
                throw new URISyntaxException(url, "not an http(s) address");
            }
            return address;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(YOUTUBE_API_VARIABLE + ": '" + url + "' is not an http(s) address"
                    + " (unset it to use " + YOUTUBE_API + ")");
        }
    }

    private static String blankToEmpty(String value) {
        return value == null || value.isBlank() ? "" : value.strip();
    }

    /** A server to connect to. */
    public record ServerAddress(String host, int port, ChatSource.Transport transport) {
        public ServerAddress {
            if (host == null || host.isBlank() || port < 1 || port > 65535 || transport == null) {
                throw new IllegalArgumentException("bad server address " + host + ":" + port);
            }
        }
    }
}
