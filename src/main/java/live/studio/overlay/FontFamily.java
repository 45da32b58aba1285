package live.studio.overlay;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The font families bundled with the studio (resources {@code live/studio/overlay/fonts/}), so graphics render the
 * same on every machine. A theme may only name these; each has the weights listed.
 */
public enum FontFamily {
    INTER("Inter", Map.of(
            FontWeight.REGULAR, "Inter-Regular.otf",
            FontWeight.SEMI_BOLD, "Inter-SemiBold.otf",
            FontWeight.BOLD, "Inter-Bold.otf",
            FontWeight.EXTRA_BOLD, "Inter-ExtraBold.otf")),
    LATO("Lato", Map.of(
            FontWeight.REGULAR, "Lato-Regular.ttf",
            FontWeight.BOLD, "Lato-Bold.ttf",
            FontWeight.BLACK, "Lato-Black.ttf")),
    BEBAS_NEUE("Bebas Neue", Map.of(FontWeight.BOLD, "BebasNeue-Bold.otf")),
    DEJAVU_SANS("DejaVu Sans", Map.of(
            FontWeight.REGULAR, "DejaVuSans.ttf",
            FontWeight.BOLD, "DejaVuSans-Bold.ttf"));

    private final String displayName;
    private final Map<FontWeight, String> files;

    FontFamily(String displayName, Map<FontWeight, String> files) {
        this.displayName = displayName;
        this.files = files;
    }

    /** The name a theme file uses, as in "Bebas Neue". */
    public String displayName() {
        return displayName;
    }

    public Set<FontWeight> weights() {
        return files.keySet();
    }

    String file(FontWeight weight) {
        String file = files.get(weight);
        if (file == null) {
            throw new IllegalArgumentException(displayName + " has no " + weight + " weight");
        }
        return file;
    }

    /** The family a theme names, ignoring case and spaces ("Bebas Neue", "bebasneue", "BEBAS_NEUE"). */
    public static Optional<FontFamily> named(String name) {
        String wanted = comparable(name);
        for (FontFamily family : values()) {
            if (comparable(family.displayName).equals(wanted) || comparable(family.name()).equals(wanted)) {
                return Optional.of(family);
            }
        }
        return Optional.empty();
    }

    private static String comparable(String name) {
        return name.replaceAll("[\\s_-]", "").toLowerCase(java.util.Locale.ROOT);
    }
}
