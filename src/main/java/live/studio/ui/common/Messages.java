package live.studio.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's words in the operator's language: each {@code ui} package keeps its own bundle,
 * {@code <package>/messages.properties} (English) beside {@code messages_fr.properties} (French), read as UTF-8.
 * A view holds {@code private static final Messages TEXT = Messages.of(MyView.class);} and asks
 * {@code TEXT.text("key")} or {@code TEXT.text("key", arguments...)} each time it needs a string, so that the language
 * chosen at start (or by a test) is the one used, whenever the class was loaded.
 *
 * <p>Patterns with arguments follow {@link MessageFormat} ({@code {0}}, {@code {1,number,integer}}), except that an
 * apostrophe is always an apostrophe: French is full of them and MessageFormat's quoting is never needed here.
 */
public final class Messages {
    private static final Logger LOG = LoggerFactory.getLogger(Messages.class);
    private static volatile Language language = Language.fromSystem();
    private static final Set<String> REPORTED_MISSING = ConcurrentHashMap.newKeySet();

    /** English comes from the base bundle even on a French system: no fallback to the system's locale. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String bundleName;
    private final ClassLoader loader;

    private Messages(String bundleName, ClassLoader loader) {
        this.bundleName = bundleName;
        this.loader = loader;
    }

    /** The bundle of {@code owner}'s package. */
    public static Messages of(Class<?> owner) {
        return new Messages(owner.getPackageName() + ".messages", owner.getClassLoader());
    }

    /** Chooses the window's language (at start, from the settings or the system; tests switch it between walkthroughs). */
    public static void use(Language chosen) {
        language = Objects.requireNonNull(chosen);
    }

    public static Language language() {
        return language;
    }

    /** The locale the words and their numbers are written in. */
    public static Locale locale() {
        return language.locale();
    }

    /** The text of {@code key}; a key missing from the bundle shows as {@code ⟦key⟧} (and is logged once). */
    public String text(String key) {
        try {
            return bundle().getString(key);
        } catch (MissingResourceException missing) {
            if (REPORTED_MISSING.add(bundleName + "#" + key)) {
                LOG.error("no text for {} in {} ({})", key, bundleName, language);
            }
            return "⟦" + key + "⟧";
        }
    }

    /** The text of {@code key} with its {@code {0}}, {@code {1}}... filled in. */
    public String text(String key, Object... arguments) {
        String pattern = text(key);
        return new MessageFormat(pattern.replace("'", "''"), locale()).format(arguments);
    }

    /** Whether the bundle has {@code key} in the current language (or in English, which every language falls back to). */
    public boolean has(String key) {
        return bundle().containsKey(key);
    }

    private ResourceBundle bundle() {
        return ResourceBundle.getBundle(bundleName, locale(), loader, NO_FALLBACK);
    }
}
