package live.studio.ui.common;

import javafx.scene.control.Labeled;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The window's icons: Material Design Icons glyphs (through Ikonli), coloured by the control's text colour and sized by
 * CSS ({@code .icon}, {@code .icon-large}), so a theme changes them with the text. See docs/adr/0019-icons-from-ikonli.md.
 */
public final class Icons {
    /** The size of an icon beside a control's text, in pixels (CSS may override it per control). */
    public static final int TEXT_SIZE_PIXELS = 16;

    private Icons() {
    }

    /** An icon at text size. */
    public static FontIcon icon(Ikon glyph) {
        FontIcon icon = new FontIcon(glyph);
        icon.setIconSize(TEXT_SIZE_PIXELS);
        icon.getStyleClass().add("icon");
        return icon;
    }

    /** Puts {@code glyph} before the control's text; returns the control for chaining. */
    public static <T extends Labeled> T decorate(T control, Ikon glyph) {
        FontIcon icon = icon(glyph);
        // the icon follows the text's colour (a red button's icon is white like its label, a disabled one is grey)
        icon.iconColorProperty().bind(control.textFillProperty());
        control.setGraphic(icon);
        return control;
    }
}
