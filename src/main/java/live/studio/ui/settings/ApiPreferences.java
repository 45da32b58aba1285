package live.studio.ui.settings;

import java.util.Objects;
import live.studio.control.NetworkScope;

/**
 * The remote-control API as the operator left it: on or off, its port, and whether the local network may reach it.
 *
 * @param port 0 to 65535 (0 = any free port)
 */
public record ApiPreferences(ApiState state, int port, NetworkScope scope) {
    public static final int DEFAULT_PORT = 8765;
    public static final ApiPreferences DEFAULT = new ApiPreferences(ApiState.OFF, DEFAULT_PORT, NetworkScope.LOOPBACK);

    /** Whether the API starts with the window. */
    public enum ApiState { OFF, ON }

    public ApiPreferences {
        Objects.requireNonNull(state);
        Objects.requireNonNull(scope);
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port " + port + " is out of range: use 0 to 65535");
        }
    }
}
