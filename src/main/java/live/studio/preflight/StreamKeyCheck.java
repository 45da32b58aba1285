package live.studio.preflight;

import java.util.List;
import live.studio.output.Destination;

/**
 * Every ticked destination has its stream key: typed in the key field, or carried at the end of the server URL
 * ({@code rtmp://host/app/KEY}). The result names destinations, never a key: keys show as {@code ****}.
 */
public final class StreamKeyCheck {
    public static final String ID = "stream-key";

    /**
     * @param name        the destination's name
     * @param hasKeyField whether its key field holds a key
     * @param serverUrl   its server URL (may carry the key)
     */
    public record KeySource(String name, boolean hasKeyField, String serverUrl) {
    }

    private StreamKeyCheck() {
    }

    public static PreflightCheck check(List<KeySource> destinations) {
        List<KeySource> copy = List.copyOf(destinations);
        return PreflightCheck.of(ID, CheckResult.warning(ID, "check-timeout"), () -> evaluate(copy));
    }

    public static CheckResult evaluate(List<KeySource> destinations) {
        if (destinations.isEmpty()) {
            return CheckResult.failed(ID, "stream-key.no-destination");
        }
        List<String> missing = destinations.stream().filter(source -> !hasKey(source)).map(KeySource::name).toList();
        if (missing.isEmpty()) {
            return CheckResult.ok(ID, "stream-key.ok", destinations.size());
        }
        return CheckResult.failed(ID, "stream-key.missing", String.join(", ", missing), missing.size());
    }

    /** Whether the destination's key is there, in its field or in its URL; never says what it is. */
    public static boolean hasKey(KeySource source) {
        return source.hasKeyField() || urlCarriesKey(source.serverUrl());
    }

    private static boolean urlCarriesKey(String serverUrl) {
        if (serverUrl == null || serverUrl.isBlank()) {
            return false;
        }
        try {
            // parse() demands rtmp(s)://HOST/APP/KEY: a server URL that parses ends with a key
            Destination.parse("", serverUrl);
            return true;
        } catch (IllegalArgumentException noKeyInIt) {
            return false;
        }
    }
}
