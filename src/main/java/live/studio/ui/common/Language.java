package live.studio.ui.common;

import java.util.Locale;

/** The languages the window speaks. English is the bundles' base, which a missing French text falls back to. */
public enum Language {
    ENGLISH(Locale.ENGLISH),
    FRENCH(Locale.FRENCH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** The language's code as settings and the command line write it: "en", "fr". */
    public String code() {
        return locale.getLanguage();
    }

    /** French on a French system, English everywhere else. */
    public static Language fromSystem() {
        return forLocale(Locale.getDefault(Locale.Category.DISPLAY));
    }

    public static Language forLocale(Locale locale) {
        return FRENCH.code().equals(locale.getLanguage()) ? FRENCH : ENGLISH;
    }

    /** The language of a code ("fr", "fr-CA", "EN"); unknown codes are refused with the codes that work. */
    public static Language forCode(String code) {
        String language = Locale.forLanguageTag(code.strip().replace('_', '-')).getLanguage();
        for (Language candidate : values()) {
            if (candidate.code().equals(language)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("unknown language \"" + code + "\": use en or fr");
    }
}
