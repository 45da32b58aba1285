package live.studio.app.settings;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the studio keeps its settings: the place each operating system's own applications use, never the install
 * directory (which a package manager owns and an ordinary user cannot write).
 * <ul>
 *   <li>Linux: {@code $XDG_CONFIG_HOME/live-studio}, or {@code ~/.config/live-studio} when the variable is unset,
 *       empty or relative (the XDG base directory specification says to ignore a relative one);</li>
 *   <li>macOS: {@code ~/Library/Application Support/Live Studio};</li>
 *   <li>Windows: {@code %APPDATA%\Live Studio} (the roaming profile), or {@code ~\AppData\Roaming\Live Studio} when
 *       APPDATA is unset.</li>
 * </ul>
 */
public final class SettingsLocation {
    public static final String SETTINGS_FILE_NAME = "settings.json";
    /** The folder's name on Linux, where configuration folders are lower case. */
    static final String LINUX_FOLDER = "live-studio";
    /** The folder's name on macOS and Windows, as the application is called there. */
    static final String APPLICATION_FOLDER = "Live Studio";

    private SettingsLocation() {
    }

    /**
     * The settings folder on {@code system}, worked out from the environment variables and the home folder only (no
     * file system access), so every system's answer can be checked on any machine. The result uses the separators
     * of {@code system}.
     */
    public static String directory(OperatingSystem system, Map<String, String> environment, String userHome) {
        String separator = system.separator();
        return switch (system) {
            case LINUX -> {
                String configHome = environment.getOrDefault("XDG_CONFIG_HOME", "");
                String base = configHome.startsWith("/") ? configHome : join(userHome, ".config", separator);
                yield join(base, LINUX_FOLDER, separator);
            }
            case MAC_OS -> join(join(join(userHome, "Library", separator), "Application Support", separator), APPLICATION_FOLDER, separator);
            case WINDOWS -> {
                String appData = environment.getOrDefault("APPDATA", "");
                String base = appData.isBlank() ? join(join(userHome, "AppData", separator), "Roaming", separator) : appData;
                yield join(base, APPLICATION_FOLDER, separator);
            }
        };
    }

    /** The settings folder of the user running the studio on this machine. */
    public static Path currentDirectory() {
        return Path.of(directory(OperatingSystem.current(), System.getenv(), System.getProperty("user.home")));
    }

    private static String join(String parent, String child, String separator) {
        return parent.endsWith(separator) ? parent + child : parent + separator + child;
    }
}
