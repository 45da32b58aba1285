package live.studio.chat;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An author's name colour: what the platform says (Twitch's {@code color} tag) when it is a well-formed {@code #RRGGBB},
 * else one picked from the name so the same viewer always looks the same. {@link #readableOn} lightens a colour until
 * it reads on the studio's dark background (a viewer's pure blue or black would vanish there).
 */
public record AuthorColor(int red, int green, int blue) {
    /** The chat panel's background in the dark theme. */
    public static final AuthorColor DARK_BACKGROUND = new AuthorColor(0x1B, 0x1D, 0x23);
    /** WCAG AA for normal text. */
    public static final double MINIMUM_CONTRAST = 4.5;
    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");
    /** Distinct, saturated hues that all pass {@link #MINIMUM_CONTRAST} on {@link #DARK_BACKGROUND}. */
    private static final AuthorColor[] NAME_PALETTE = {
        new AuthorColor(0xFF, 0x7A, 0x7A), new AuthorColor(0x7A, 0xB8, 0xFF), new AuthorColor(0x6B, 0xE3, 0x8F),
        new AuthorColor(0xFF, 0xB3, 0x47), new AuthorColor(0xD9, 0x8C, 0xFF), new AuthorColor(0x4F, 0xE0, 0xD6),
        new AuthorColor(0xFF, 0x8A, 0xC8), new AuthorColor(0xE6, 0xE0, 0x5A), new AuthorColor(0x9F, 0xA8, 0xFF),
        new AuthorColor(0xA6, 0xE8, 0x5C),
    };

    public AuthorColor {
        if (red < 0 || red > 255 || green < 0 || green > 255 || blue < 0 || blue > 255) {
            throw new IllegalArgumentException("colour components must be 0-255: " + red + ", " + green + ", " + blue);
        }
    }

    /** {@code #RRGGBB} exactly; anything else (empty, named colours, CSS, garbage) is no colour. */
    public static Optional<AuthorColor> parse(String text) {
        if (text == null || !HEX.matcher(text).matches()) {
            return Optional.empty();
        }
        int rgb = Integer.parseInt(text.substring(1), 16);
        return Optional.of(new AuthorColor(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF));
    }

    /** A stable colour for a name that came without one. */
    public static AuthorColor forName(String name) {
        int hash = name == null ? 0 : name.toLowerCase(Locale.ROOT).hashCode();
        return NAME_PALETTE[Math.floorMod(hash, NAME_PALETTE.length)];
    }

    /** The platform's colour when well-formed, else the name's. */
    public static AuthorColor of(String platformColor, String name) {
        return parse(platformColor).orElseGet(() -> forName(name));
    }

    public String hex() {
        return String.format(Locale.ROOT, "#%02X%02X%02X", red, green, blue);
    }

    /** This colour, lightened towards white just enough to reach {@link #MINIMUM_CONTRAST} on {@code background}. */
    public AuthorColor readableOn(AuthorColor background) {
        AuthorColor color = this;
        for (int step = 1; color.contrastWith(background) < MINIMUM_CONTRAST && step <= 20; step++) {
            double towardsWhite = step / 20.0;
            color = new AuthorColor(mix(red, towardsWhite), mix(green, towardsWhite), mix(blue, towardsWhite));
        }
        return color;
    }

    /** WCAG contrast ratio, 1 (none) to 21 (black on white). */
    public double contrastWith(AuthorColor other) {
        double a = relativeLuminance();
        double b = other.relativeLuminance();
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    double relativeLuminance() {
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
    }

    private static double linear(int component) {
        double c = component / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static int mix(int component, double towardsWhite) {
        return (int) Math.round(component + (255 - component) * towardsWhite);
    }
}
