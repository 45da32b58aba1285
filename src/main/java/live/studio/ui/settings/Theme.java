package live.studio.ui.settings;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javafx.scene.Scene;

/**
 * The window's colours. Dark is the studio's own stylesheet ({@code studio.css}); the others are small stylesheets
 * added after it that only give its colour variables other values, so every view follows without knowing themes.
 */
public enum Theme {
    DARK(null),
    /** Black and white with a yellow accent, for bright rooms and weaker eyes. */
    HIGH_CONTRAST("theme-high-contrast.css");

    public static final Theme DEFAULT = DARK;

    private final String stylesheet;

    Theme(String stylesheet) {
        this.stylesheet = stylesheet;
    }

    /** As the settings file writes it: "dark", "high-contrast". */
    public String settingsValue() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Theme> fromSettingsValue(String value) {
        return Arrays.stream(values()).filter(theme -> theme.settingsValue().equals(value)).findFirst();
    }

    /** The overriding stylesheet's address, empty for the dark theme (studio.css alone). */
    public Optional<String> stylesheetUrl() {
        return Optional.ofNullable(stylesheet)
                .map(name -> Objects.requireNonNull(Theme.class.getResource(name), name).toExternalForm());
    }

    /** Puts this theme on {@code scene}, replacing any other theme's stylesheet and keeping the rest. */
    public void applyTo(Scene scene) {
        for (Theme theme : values()) {
            theme.stylesheetUrl().ifPresent(scene.getStylesheets()::remove);
        }
        stylesheetUrl().ifPresent(scene.getStylesheets()::add);
    }
}
