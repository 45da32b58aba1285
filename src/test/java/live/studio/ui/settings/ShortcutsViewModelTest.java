package live.studio.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import live.studio.ui.commerce.ShortcutAction;
import live.studio.ui.commerce.ShortcutFile;
import live.studio.ui.commerce.ShortcutMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A key changed by pressing it, a key another action has refused, both read back from shortcuts.json. */
class ShortcutsViewModelTest {
    @TempDir
    Path folder;

    private ShortcutsViewModel shortcuts() {
        return new ShortcutsViewModel(ShortcutMap.defaults(), Optional.of(folder), Runnable::run, Runnable::run, Optional.empty());
    }

    private static KeyEvent press(KeyCode code, boolean shift) {
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, shift, false, false, false);
    }

    @Test
    void pressingAKeyChangesTheActionsKeyAndSavesIt() {
        ShortcutsViewModel shortcuts = shortcuts();
        shortcuts.waitForKey(ShortcutAction.HIDE_ALL);
        assertThat(shortcuts.messageProperty().get()).isEqualTo("Press the new key for \"Hide every graphic\" (Escape cancels).");

        assertThat(shortcuts.keyPressed(press(KeyCode.F5, false))).isTrue();

        assertThat(shortcuts.keyProperty(ShortcutAction.HIDE_ALL).get()).isEqualTo(KeyCombination.valueOf("F5"));
        assertThat(shortcuts.waitingForKeyProperty().get()).isNull();
        assertThat(shortcuts.messageProperty().get()).isEqualTo("\"Hide every graphic\" is now F5. Saved: the new keys work at the next start.");
        ShortcutFile.Loaded saved = ShortcutFile.read(folder.resolve(ShortcutFile.FILE_NAME));
        assertThat(saved.problems()).isEmpty();
        assertThat(saved.shortcuts().key(ShortcutAction.HIDE_ALL)).contains(KeyCombination.valueOf("F5"));
        assertThat(saved.shortcuts().key(ShortcutAction.PRODUCT_1)).as("the others kept").contains(KeyCombination.valueOf("1"));
    }

    @Test
    void aKeyAnotherActionHasIsRefusedWithItsName() {
        ShortcutsViewModel shortcuts = shortcuts();
        shortcuts.waitForKey(ShortcutAction.HIDE_ALL);

        shortcuts.keyPressed(press(KeyCode.C, true));

        assertThat(shortcuts.keyProperty(ShortcutAction.HIDE_ALL).get()).isEqualTo(KeyCombination.valueOf("H"));
        assertThat(shortcuts.messageProperty().get()).isEqualTo(
                "Shift+C is already the key of \"Stop the countdown\": choose another key for \"Hide every graphic\", or change that one first.");
        assertThat(shortcuts.waitingForKeyProperty().get()).as("still waiting for another key").isEqualTo(ShortcutAction.HIDE_ALL);
        assertThat(Files.exists(folder.resolve(ShortcutFile.FILE_NAME))).as("nothing saved").isFalse();
    }

    @Test
    void escapeCancelsAndBackspaceLeavesNoKey() {
        ShortcutsViewModel shortcuts = shortcuts();
        shortcuts.waitForKey(ShortcutAction.TOGGLE_BANNER);
        shortcuts.keyPressed(press(KeyCode.ESCAPE, false));
        assertThat(shortcuts.keyProperty(ShortcutAction.TOGGLE_BANNER).get()).isEqualTo(KeyCombination.valueOf("B"));

        shortcuts.waitForKey(ShortcutAction.TOGGLE_BANNER);
        shortcuts.keyPressed(press(KeyCode.BACK_SPACE, false));

        assertThat(shortcuts.keyProperty(ShortcutAction.TOGGLE_BANNER).get()).isNull();
        assertThat(ShortcutFile.read(folder.resolve(ShortcutFile.FILE_NAME)).shortcuts().key(ShortcutAction.TOGGLE_BANNER)).isEmpty();
        assertThat(shortcuts.keyPressed(press(KeyCode.B, false))).as("no action waits: the key is the show's").isFalse();
    }

    @Test
    void aWindowThatTakesNewKeysLiveGetsThemAtOnce() {
        java.util.List<ShortcutMap> installed = new java.util.ArrayList<>();
        ShortcutsViewModel shortcuts = new ShortcutsViewModel(ShortcutMap.defaults(), Optional.of(folder), Runnable::run,
                Runnable::run, Optional.of(installed::add));
        shortcuts.waitForKey(ShortcutAction.NEXT_PRODUCT);

        shortcuts.keyPressed(press(KeyCode.RIGHT, false));

        assertThat(installed).hasSize(1);
        assertThat(installed.getFirst().key(ShortcutAction.NEXT_PRODUCT)).contains(KeyCombination.valueOf("Right"));
        assertThat(shortcuts.messageProperty().get()).endsWith("Saved: the new key works now.");
    }
}
