package live.studio.overlay;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the on-air graphics look and where they sit: colours, fonts, corner radius, shadow, brand logo, and for each
 * canvas shape a placement per slot. Loaded from a JSON file in {@code assets/themes/} (see {@code studio.json}).
 *
 * <p>Lengths ({@code cornerRadius}, the shadow) are design pixels: pixels of a graphic drawn for a 1080-line canvas,
 * scaled with the graphic. Placements are fractions of the canvas.
 */
public record Theme(String name, ThemeColours colours, ThemeFonts fonts, double cornerRadius, Shadow shadow,
        Optional<BrandLogo> logo, Map<CanvasShape, Map<OverlaySlot, SlotPlacement>> placements) {

    private static final Logger LOG = LoggerFactory.getLogger(Theme.class);

    public Theme {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(colours, "colours");
        Objects.requireNonNull(fonts, "fonts");
        Objects.requireNonNull(shadow, "shadow");
        Objects.requireNonNull(logo, "logo");
        Map<CanvasShape, Map<OverlaySlot, SlotPlacement>> copy = new EnumMap<>(CanvasShape.class);
        for (CanvasShape shape : CanvasShape.values()) {
            Map<OverlaySlot, SlotPlacement> slots = placements.get(shape);
            for (OverlaySlot slot : OverlaySlot.values()) {
                if (slots == null || slots.get(slot) == null) {
                    throw new IllegalArgumentException("theme " + name + " has no " + shape + " placement for " + slot);
                }
            }
            copy.put(shape, Collections.unmodifiableMap(new EnumMap<>(slots)));
        }
        placements = Collections.unmodifiableMap(copy);
    }

    public SlotPlacement placement(CanvasShape shape, OverlaySlot slot) {
        return placements.get(shape).get(slot);
    }

    /**
     * Reads a theme file; warnings (a logo that cannot be read, a placement inside a platform's UI) are logged.
     *
     * @throws ThemeException naming file, line, column and field of each problem
     */
    public static Theme load(Path file) throws ThemeException {
        return load(file, LOG::warn);
    }

    /** Reads a theme file, handing each warning (already prefixed with file, line and column) to {@code warnings}. */
    public static Theme load(Path file, Consumer<String> warnings) throws ThemeException {
        return ThemeReader.read(file, warnings);
    }
}
