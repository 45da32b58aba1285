package live.studio.ui.commerce;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShortcutFileTest {
    @TempDir
    Path settings;

    private static KeyEvent pressed(KeyCode code, boolean shift) {
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, shift, false, false, false);
    }

    @Test
    void withoutASettingsFolderTheDefaultsApply() {
        ShortcutFile.Loaded loaded = ShortcutFile.load(Optional.empty());
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.shortcuts()).isEqualTo(ShortcutMap.defaults());
        assertThat(loaded.shortcuts().actionFor(pressed(KeyCode.DIGIT2, false))).contains(ShortcutAction.PRODUCT_2);
        assertThat(loaded.shortcuts().actionFor(pressed(KeyCode.NUMPAD2, false))).as("the keypad's 2").contains(ShortcutAction.PRODUCT_2);
        assertThat(loaded.shortcuts().actionFor(pressed(KeyCode.C, false))).contains(ShortcutAction.START_COUNTDOWN);
        assertThat(loaded.shortcuts().actionFor(pressed(KeyCode.C, true))).contains(ShortcutAction.STOP_COUNTDOWN);
        assertThat(loaded.shortcuts().actionFor(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.L, false, true, false, false)))
                .as("Ctrl+L goes live; it is not the lower third").contains(ShortcutAction.GO_LIVE);
    }

    @Test
    void theFirstRunWritesTheDefaultsSoThereIsAFileToEditAndItReadsBackTheSame() throws Exception {
        ShortcutFile.Loaded loaded = ShortcutFile.load(Optional.of(settings));

        Path file = settings.resolve(ShortcutFile.FILE_NAME);
        assertThat(file).exists();
        assertThat(Files.readString(file)).contains("\"hideAll\" : \"H\"", "\"stopCountdown\" : \"Shift+C\"", "\"product1\" : \"1\"");
        assertThat(loaded.problems()).isEmpty();
        assertThat(ShortcutFile.read(file)).isEqualTo(new ShortcutFile.Loaded(ShortcutMap.defaults(), java.util.List.of()));
    }

    @Test
    void aFileMovesKeysRemovesOneAndKeepsTheDefaultsOfTheRest() throws Exception {
        Path file = settings.resolve(ShortcutFile.FILE_NAME);
        Files.writeString(file, """
                {"shortcuts": {"hideAll": "F12", "toggleBanner": "", "togglePromo": "Shift+P", "hideProduct": "Numpad 0"}}
                """);

        ShortcutFile.Loaded loaded = ShortcutFile.read(file);

        assertThat(loaded.problems()).isEmpty();
        ShortcutMap keys = loaded.shortcuts();
        assertThat(keys.key(ShortcutAction.HIDE_ALL)).contains(KeyCombination.valueOf("F12"));
        assertThat(keys.key(ShortcutAction.TOGGLE_BANNER)).isEmpty();
        assertThat(keys.displayText(ShortcutAction.TOGGLE_BANNER)).isEmpty();
        assertThat(keys.actionFor(pressed(KeyCode.P, true))).contains(ShortcutAction.TOGGLE_PROMO);
        assertThat(keys.actionFor(pressed(KeyCode.H, false))).isEmpty();
        assertThat(keys.key(ShortcutAction.PRODUCT_9)).contains(KeyCombination.valueOf("9"));
        assertThat(keys.actionFor(pressed(KeyCode.NUMPAD0, false))).as("bound as the keypad key").contains(ShortcutAction.HIDE_PRODUCT);
        assertThat(keys.actionFor(pressed(KeyCode.DIGIT0, false))).isEmpty();

        ShortcutFile.save(file, keys);
        assertThat(ShortcutFile.read(file).shortcuts()).as("saved and read again").isEqualTo(keys);
    }

    @Test
    void mistakesNameFileLineColumnAndFieldAndKeepTheDefaults() throws Exception {
        Path file = settings.resolve(ShortcutFile.FILE_NAME);
        Files.writeString(file, """
                {"shortcuts": {
                  "hideAll": "Ctrl+Banana",
                  "hideAl": "H",
                  "toggleBanner": 5,
                  "togglePromo": "1"
                }}
                """);

        ShortcutFile.Loaded loaded = ShortcutFile.read(file);

        assertThat(loaded.problems()).containsExactly(
                file + ":2:14: shortcuts.hideAll: \"Ctrl+Banana\" is not a key: write it like \"H\", \"Shift+C\", \"F5\" or \"\" for none; hideAll keeps H",
                file + ":3:3: shortcuts.hideAl: unknown field (did you mean \"hideAll\"?)",
                file + ":4:19: shortcuts.toggleBanner: expected a key as a string like \"B\", found the number 5",
                file + ":5:18: shortcuts.product1: has no key: its default 1 is the key of togglePromo in this file");
        ShortcutMap keys = loaded.shortcuts();
        assertThat(keys.key(ShortcutAction.HIDE_ALL)).contains(KeyCombination.valueOf("H"));
        assertThat(keys.key(ShortcutAction.TOGGLE_BANNER)).contains(KeyCombination.valueOf("B"));
        assertThat(keys.actionFor(pressed(KeyCode.DIGIT1, false))).contains(ShortcutAction.TOGGLE_PROMO);
        assertThat(keys.key(ShortcutAction.PRODUCT_1)).isEmpty();
    }

    @Test
    void twoActionsOnOneKeyKeepTheFirstAndSayWhy() throws Exception {
        Path file = settings.resolve(ShortcutFile.FILE_NAME);
        Files.writeString(file, "{\"shortcuts\": {\"hideAll\": \"X\", \"toggleBanner\": \"X\"}}");

        ShortcutFile.Loaded loaded = ShortcutFile.read(file);

        assertThat(loaded.problems()).containsExactly(
                file + ":1:48: shortcuts.toggleBanner: X is already the key of hideAll: give each action its own key");
        assertThat(loaded.shortcuts().keys()).containsEntry(ShortcutAction.HIDE_ALL, KeyCombination.valueOf("X"))
                .containsEntry(ShortcutAction.TOGGLE_BANNER, KeyCombination.valueOf("B"));
    }

    @Test
    void aBrokenFileGivesTheDefaultsAndItsSyntaxError() throws Exception {
        Path file = settings.resolve(ShortcutFile.FILE_NAME);
        Files.writeString(file, "{\"shortcuts\": {\"hideAll\": \"H\",");

        ShortcutFile.Loaded loaded = ShortcutFile.load(Optional.of(settings));

        assertThat(loaded.shortcuts()).isEqualTo(ShortcutMap.defaults());
        assertThat(loaded.problems()).singleElement().asString().startsWith(file + ":1:");
    }

    @Test
    void tooltipsCarryTheKey() {
        ShortcutMap keys = ShortcutMap.of(Map.of(ShortcutAction.HIDE_ALL, KeyCombination.valueOf("H")));
        assertThat(keys.withKey("Hide every graphic", ShortcutAction.HIDE_ALL)).isEqualTo("Hide every graphic (H)");
        assertThat(keys.withKey("Show the banner", ShortcutAction.TOGGLE_BANNER)).isEqualTo("Show the banner");
    }
}
