package live.studio.output;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a stream goes: an rtmp:// or rtmps:// ingest URL whose last part is the stream key. The key is registered
 * with {@link SecretRedactor} as soon as the destination exists, and {@link #toString()} never shows it.
 *
 * <p>So that keys need not sit on a command line other processes can read, {@code ${NAME}} in a URL is replaced by
 * the environment variable NAME, e.g. {@code rtmp://a.rtmp.youtube.com/live2/${YOUTUBE_KEY}}.
 */
public final class Destination {
    private static final Pattern ENVIRONMENT_REFERENCE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");
    private static final int DEFAULT_RTMP_PORT = 1935;
    private static final int DEFAULT_RTMPS_PORT = 443;

    private final String name;
    private final String url;
    private final Protocol protocol;
    private final String host;
    private final int port;
    private final String application;

    public enum Protocol { RTMP, RTMPS }

    private Destination(String name, String url, Protocol protocol, String host, int port, String application) {
        this.name = name;
        this.url = url;
        this.protocol = protocol;
        this.host = host;
        this.port = port;
        this.application = application;
    }

    /** Parses {@code rtmp[s]://HOST[:PORT]/APP/KEY}; the message of the exception says what is wrong and how to fix it. */
    public static Destination parse(String name, String text) {
        return parse(name, text, System.getenv());
    }

    static Destination parse(String name, String text, Map<String, String> environment) {
        Objects.requireNonNull(text, "url");
        String expanded = expandEnvironment(text.strip(), environment);
        URI uri;
        try {
            uri = new URI(expanded);
        } catch (URISyntaxException e) {
            // the text may hold the key where the redactor cannot find it: say where, not what
            throw new IllegalArgumentException("destination URL is malformed (" + e.getReason() + " at character " + (e.getIndex() + 1)
                    + "): use the form rtmp(s)://server/application/stream-key, with no spaces");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        Protocol protocol = switch (scheme) {
            case "rtmp" -> Protocol.RTMP;
            case "rtmps" -> Protocol.RTMPS;
            case "" -> throw new IllegalArgumentException("destination URL '" + SecretRedactor.redact(expanded)
                    + "' has no scheme: start it with rtmp:// or rtmps://");
            default -> throw new IllegalArgumentException("destination URL scheme '" + scheme
                    + "' is not supported: use rtmp:// or rtmps:// (the server URL your platform's live dashboard shows)");
        };
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("destination URL '" + SecretRedactor.redact(expanded)
                    + "' has no host name: use rtmp://HOST/APP/KEY");
        }
        if (uri.getPort() > 65_535 || uri.getPort() == 0) {
            throw new IllegalArgumentException("destination URL '" + SecretRedactor.redact(expanded) + "' has port " + uri.getPort()
                    + ", which cannot exist: use 1 to 65535, or leave it out (1935 for rtmp://, 443 for rtmps://)");
        }
        int port = uri.getPort() > 0 ? uri.getPort() : protocol == Protocol.RTMP ? DEFAULT_RTMP_PORT : DEFAULT_RTMPS_PORT;
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String[] segments = path.replaceFirst("^/+", "").split("/", 2);
        if (segments.length < 2 || segments[0].isBlank() || segments[1].isBlank()) {
            throw new IllegalArgumentException("destination URL '" + SecretRedactor.redact(expanded)
                    + "' has no application and stream key: use " + scheme + "://" + host + "/APP/KEY "
                    + "(the server URL, a slash, then the stream key)");
        }
        SecretRedactor.register(segments[1]);
        String displayName = name == null || name.isBlank() ? host : name;
        return new Destination(displayName, expanded, protocol, host, port, segments[0]);
    }

    /** Joins a platform's server URL and a stream key the way the settings dialog holds them. */
    public static Destination of(String name, String serverUrl, String streamKey) {
        SecretRedactor.register(streamKey);
        String server = serverUrl.strip();
        String key = streamKey.strip();
        if (key.isEmpty()) {
            throw new IllegalArgumentException("the stream key for '" + name + "' is empty: copy it from the platform's live dashboard");
        }
        return parse(name, server.endsWith("/") ? server + key : server + "/" + key);
    }

    private static String expandEnvironment(String text, Map<String, String> environment) {
        Matcher matcher = ENVIRONMENT_REFERENCE.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String value = environment.get(matcher.group(1));
            if (value == null || value.isEmpty()) {
                throw new IllegalArgumentException("destination URL refers to environment variable " + matcher.group(1)
                        + ", which is not set: export it before starting the studio");
            }
            SecretRedactor.register(value);
            matcher.appendReplacement(result, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    public String name() {
        return name;
    }

    /** The full URL with the key, for the muxer only: never log it, never show it. */
    String secretUrl() {
        return url;
    }

    public Protocol protocol() {
        return protocol;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String application() {
        return application;
    }

    /** The URL with the key masked, safe to show and log. */
    public String redactedUrl() {
        return SecretRedactor.redact(url);
    }

    @Override
    public String toString() {
        return name + " (" + redactedUrl() + ")";
    }
}
