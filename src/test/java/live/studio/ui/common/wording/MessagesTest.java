package live.studio.ui.common.wording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import live.studio.ui.common.Language;
import live.studio.ui.common.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MessagesTest {
    private static final Messages TEXT = Messages.of(MessagesTest.class);
    private final Language before = Messages.language();
    private final Locale systemBefore = Locale.getDefault();

    @AfterEach
    void restore() {
        Messages.use(before);
        Locale.setDefault(systemBefore);
    }

    @Test
    void theChosenLanguageIsReadEachTimeNotWhenTheClassWasLoaded() {
        Messages.use(Language.ENGLISH);
        assertThat(TEXT.text("greeting")).isEqualTo("Go live");
        Messages.use(Language.FRENCH);
        assertThat(TEXT.text("greeting")).isEqualTo("Passer en direct");
    }

    @Test
    void englishIsTheBaseEvenOnAFrenchSystem() {
        Locale.setDefault(Locale.FRANCE);
        Messages.use(Language.ENGLISH);
        assertThat(TEXT.text("greeting")).isEqualTo("Go live");
    }

    @Test
    void argumentsAreFilledInWithTheLanguagesNumbers() {
        Messages.use(Language.FRENCH);
        assertThat(TEXT.text("with-arguments", "YouTube", 12_000)).isEqualTo("YouTube est en direct sur 12\u202f000 destinations");
        Messages.use(Language.ENGLISH);
        assertThat(TEXT.text("with-arguments", "YouTube", 12_000)).isEqualTo("YouTube is live on 12,000 destinations");
    }

    @Test
    void anApostropheIsAlwaysAnApostrophe() {
        Messages.use(Language.FRENCH);
        assertThat(TEXT.text("apostrophe", "••••")).isEqualTo("La clé de l'animatrice : ••••");
    }

    @Test
    void aTextMissingInFrenchFallsBackToEnglish() {
        Messages.use(Language.FRENCH);
        assertThat(TEXT.text("only-english")).isEqualTo("Only in English");
    }

    @Test
    void aMissingKeyShowsItselfInsteadOfFailingTheWindow() {
        assertThat(TEXT.text("no-such-key")).isEqualTo("⟦no-such-key⟧");
        assertThat(TEXT.has("no-such-key")).isFalse();
        assertThat(TEXT.has("greeting")).isTrue();
    }

    @Test
    void languagesAreReadFromSettingsCodes() {
        assertThat(Language.forCode("fr")).isEqualTo(Language.FRENCH);
        assertThat(Language.forCode(" fr-CA ")).isEqualTo(Language.FRENCH);
        assertThat(Language.forCode("EN")).isEqualTo(Language.ENGLISH);
        assertThatThrownBy(() -> Language.forCode("de")).hasMessage("unknown language \"de\": use en or fr");
        assertThat(Language.forLocale(Locale.CANADA_FRENCH)).isEqualTo(Language.FRENCH);
        assertThat(Language.forLocale(Locale.GERMANY)).isEqualTo(Language.ENGLISH);
    }
}
