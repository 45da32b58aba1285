package live.studio.overlay;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundled font files, each read once for the whole process (a font file is parsed in tens of milliseconds; a
 * derived size costs nothing). Fallbacks for characters a theme's font lacks: DejaVu Sans (Arabic, Hebrew, Greek,
 * Cyrillic, many symbols), Symbola (emoji and symbols, in outline), then the system's "Dialog" font (CJK where the
 * system has such fonts).
 */
final class BundledFonts {

    private static final Logger LOG = LoggerFactory.getLogger(BundledFonts.class);
    private static final String FOLDER = "fonts/";
    private static final String SYMBOLS_FILE = "Symbola.ttf";
    private static final Map<String, Font> LOADED = new ConcurrentHashMap<>();

    private BundledFonts() {
    }

    static Font font(FontFace face, float size) {
        return load(face.family().file(face.weight())).deriveFont(size);
    }

    /** The fonts tried, in order, for a character the face cannot draw. */
    static Font[] fallbacks(FontFace face, float size) {
        boolean bold = face.weight().compareTo(FontWeight.SEMI_BOLD) >= 0;
        FontFace dejaVu = new FontFace(FontFamily.DEJAVU_SANS, bold ? FontWeight.BOLD : FontWeight.REGULAR);
        return new Font[] {
            font(dejaVu, size),
            load(SYMBOLS_FILE).deriveFont(size),
            new Font(Font.DIALOG, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont(size)
        };
    }

    private static Font load(String file) {
        return LOADED.computeIfAbsent(file, BundledFonts::read);
    }

    private static Font read(String file) {
        try (InputStream in = BundledFonts.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IOException("resource " + FOLDER + file + " is missing");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            // A broken build, not bad input: say so once and draw with the system's font rather than fail on air.
            LOG.error("Bundled font {} cannot be read ({}); graphics use the system font instead", file, e.toString());
            return new Font(Font.DIALOG, Font.PLAIN, 1);
        }
    }
}
