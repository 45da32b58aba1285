package live.studio.output;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks stream keys in any text before it is logged or shown: every registered secret, and whatever follows the
 * application name in an rtmp:// or rtmps:// URL (where ingest servers put the key), so even FFmpeg's own messages
 * and URLs we never registered come out clean.
 */
public final class SecretRedactor {
    public static final String MASK = "****";
    private static final int MIN_SECRET_LENGTH = 4;
    private static final Pattern RTMP_KEY = Pattern.compile("(?i)(rtmps?://[^/\\s'\"]+/[^/\\s'\"?]+/)([^\\s'\"]*[^\\s'\":,;.)\\]])");
    private static final Set<String> SECRETS = ConcurrentHashMap.newKeySet();

    private SecretRedactor() {
    }

    /** Remembers a secret for the life of the process so that it is masked wherever it shows up. */
    public static void register(String secret) {
        if (secret != null && secret.length() >= MIN_SECRET_LENGTH) {
            SECRETS.add(secret);
        }
    }

    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = text;
        for (String secret : SECRETS) {
            if (result.contains(secret)) {
                result = result.replace(secret, MASK);
            }
        }
        if (result.indexOf("rtmp") >= 0 || result.indexOf("RTMP") >= 0) {
            Matcher matcher = RTMP_KEY.matcher(result);
            result = matcher.replaceAll(match -> Matcher.quoteReplacement(match.group(1) + MASK));
        }
        return result;
    }
}
