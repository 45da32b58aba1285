package live.studio.overlay;

import java.util.Locale;
import live.studio.text.SafeText;
import live.studio.text.TextLimits;

/** The words the graphics add themselves, and the cleaning of every text that comes from outside. */
final class Captions {

    static final String DEAL_OVER = "Deal over";
    static final String SOLD_OUT = "Sold out";
    static final String USE_CODE = "Use code";
    static final String LIVE = "Live";
    static final String TYPE_IN_CHAT = "Type %s in chat";
    static final String ONLY_LEFT = "Only %d left";
    static final String LEFT = "%d left";
    static final String EXPIRES_IN = "expires in %s";

    private Captions() {
    }

    /** Outside text on one line, cleaned (controls, bidi overrides, zalgo removed) and bounded. */
    static String line(String raw, int maxGraphemes) {
        return SafeText.singleLine(raw == null ? "" : raw, maxGraphemes);
    }

    /** Outside text over a few lines. */
    static String paragraph(String raw, int maxGraphemes, int maxLines) {
        return SafeText.clean(raw == null ? "" : raw, TextLimits.paragraph(maxGraphemes, maxLines));
    }

    /** "#12" for a short code given as "12" or "#12". */
    static String shortCode(String raw) {
        String code = line(raw, 12);
        if (code.isEmpty()) {
            return "";
        }
        return code.startsWith("#") ? code : "#" + code;
    }

    /** 4:05, 12:00 or 1:02:03. */
    static String clock(long seconds) {
        long clamped = Math.max(0, seconds);
        long hours = clamped / 3600;
        long minutes = clamped / 60 % 60;
        long rest = clamped % 60;
        return hours > 0
                ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, rest)
                : String.format(Locale.ROOT, "%02d:%02d", minutes, rest);
    }

    /** m:ss without a leading zero, for a promo's expiry. */
    static String shortClock(long seconds) {
        long clamped = Math.max(0, seconds);
        return clamped >= 3600 ? clock(clamped) : String.format(Locale.ROOT, "%d:%02d", clamped / 60, clamped % 60);
    }

    static String upper(String text) {
        return text.toUpperCase(Locale.ROOT);
    }
}
