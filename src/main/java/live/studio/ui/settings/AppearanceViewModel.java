package live.studio.ui.settings;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import live.studio.ui.common.Language;
import live.studio.ui.common.Messages;

/**
 * The appearance page: the language (saved, used by the words asked for from now on; the views built at start change
 * at the next start) and the theme (saved and put on every open window at once). UI thread only.
 */
public final class AppearanceViewModel {
    private static final Messages TEXT = Messages.of(AppearanceViewModel.class);

    private final PreferencesKeeper keeper;
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(this, "language");
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    /** @param themeChanged puts a theme on the open windows */
    public AppearanceViewModel(PreferencesKeeper keeper, Consumer<Theme> themeChanged) {
        this.keeper = keeper;
        language.set(keeper.preferences().language().orElse(Messages.language()));
        theme.set(keeper.preferences().theme());
        language.addListener((observable, before, after) -> {
            if (after != null && after != before) {
                keeper.update(preferences -> preferences.withLanguage(after));
                Messages.use(after);
                message.set(TEXT.text("appearance.language.next-start"));
            }
        });
        theme.addListener((observable, before, after) -> {
            if (after != null && after != before) {
                keeper.update(preferences -> preferences.withTheme(after));
                themeChanged.accept(after);
                message.set("");
            }
        });
    }

    public List<Language> languages() {
        return List.of(Language.values());
    }

    public List<Theme> themes() {
        return List.of(Theme.values());
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** A language by its own name, so anyone can find theirs: "English", "Français". */
    public static String languageName(Language language) {
        return language == Language.FRENCH ? "Français" : "English";
    }

    public static String themeName(Theme theme) {
        return theme == Theme.HIGH_CONTRAST ? TEXT.text("appearance.theme.high-contrast") : TEXT.text("appearance.theme.dark");
    }
}
