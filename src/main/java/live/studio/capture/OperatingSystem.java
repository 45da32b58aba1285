package live.studio.capture;

import java.util.Locale;

/** The operating system families whose capture APIs differ (v4l2/pulse/x11grab, dshow/gdigrab, avfoundation). */
public enum OperatingSystem {
    LINUX, WINDOWS, MACOS;

    public static OperatingSystem current() {
        String name = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (name.startsWith("windows")) {
            return WINDOWS;
        }
        if (name.startsWith("mac") || name.startsWith("darwin")) {
            return MACOS;
        }
        return LINUX;
    }
}
