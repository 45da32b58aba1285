package live.studio.show.file;

import java.nio.file.Path;
import java.util.Locale;

/** The two ways a show file is written: JSON (what the studio saves) and YAML (what people write by hand). */
public enum ShowFormat {
    JSON, YAML;

    /** YAML for a name ending in {@code .yaml} or {@code .yml}, JSON for any other. */
    public static ShowFormat of(Path file) {
        Path name = file.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml") ? YAML : JSON;
    }
}
