package live.studio.app.settings;

import java.util.Locale;

/** The operating systems whose conventions decide where the studio keeps its settings. */
public enum OperatingSystem {
    /** Linux and the other Unix-like systems, which follow the XDG base directory specification. */
    LINUX,
    MAC_OS,
    WINDOWS;

    /** The system named by the {@code os.name} property ("Linux", "Mac OS X", "Windows 11", "FreeBSD", ...). */
    public static OperatingSystem fromOsName(String osName) {
        String name = osName.toLowerCase(Locale.ROOT);
        if (name.startsWith("windows")) {
            return WINDOWS;
        }
        if (name.startsWith("mac") || name.startsWith("darwin")) {
            return MAC_OS;
        }
        return LINUX;
    }

    public static OperatingSystem current() {
        return fromOsName(System.getProperty("os.name", ""));
    }

    /** The separator of paths on this system, for paths worked out for a system other than the one running. */
    String separator() {
        return this == WINDOWS ? "\\" : "/";
    }
}
