package live.studio.control;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How the API listens.
 *
 * @param scope          loopback only (the default) or the local network
 * @param port           TCP port, 0 for any free one
 * @param lanHostName    with {@link NetworkScope#LAN}, the name clients use for this computer (e.g.
 *                       {@code studio.local}); its IP addresses are always accepted, names only when given here
 * @param allowedOrigins browser origins allowed to call the API (e.g. {@code http://127.0.0.1:8080} for a producer page
 *                       served there); requests from any other page are refused. Empty by default.
 */
public record ApiSettings(NetworkScope scope, int port, Optional<String> lanHostName, List<String> allowedOrigins) {
    private static final Pattern HOST_NAME = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?");
    private static final Pattern ORIGIN = Pattern.compile("https?://[A-Za-z0-9.\\-\\[\\]:]+");

    public ApiSettings {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("API port must be 0 (any free port) to 65535, got " + port);
        }
        lanHostName = lanHostName.map(name -> name.strip().toLowerCase(Locale.ROOT)).filter(name -> !name.isEmpty());
        if (lanHostName.isPresent() && !HOST_NAME.matcher(lanHostName.get()).matches()) {
            throw new IllegalArgumentException("LAN host name " + lanHostName.get()
                    + " is not a host name (letters, digits, dots and dashes, e.g. studio.local)");
        }
        for (String origin : allowedOrigins) {
            if (!ORIGIN.matcher(origin).matches()) {
                throw new IllegalArgumentException("allowed origin " + origin
                        + " must be a scheme and host like http://127.0.0.1:8080, without a path; \"*\" is never allowed");
            }
        }
        allowedOrigins = allowedOrigins.stream().map(origin -> origin.toLowerCase(Locale.ROOT)).toList();
    }

    /** Loopback only, on {@code port}. */
    public static ApiSettings loopback(int port) {
        return new ApiSettings(NetworkScope.LOOPBACK, port, Optional.empty(), List.of());
    }

    public ApiSettings withScope(NetworkScope newScope) {
        return new ApiSettings(newScope, port, lanHostName, allowedOrigins);
    }

    public ApiSettings withPort(int newPort) {
        return new ApiSettings(scope, newPort, lanHostName, allowedOrigins);
    }

    public ApiSettings withAllowedOrigins(List<String> origins) {
        return new ApiSettings(scope, port, lanHostName, origins);
    }
}
