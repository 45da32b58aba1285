package live.studio.ui.settings;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Which face the window shows: the host's few big controls, or the producer's everything. Saved between runs. */
public enum WindowMode {
    HOST,
    PRODUCER;

    /** Today's window shows everything: a file without the field opens as before. */
    public static final WindowMode DEFAULT = PRODUCER;

    /** As the settings file writes it: "host", "producer". */
    public String settingsValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<WindowMode> fromSettingsValue(String value) {
        return Arrays.stream(values()).filter(mode -> mode.settingsValue().equals(value)).findFirst();
    }
}
