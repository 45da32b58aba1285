package live.studio.ui;

import static live.studio.ui.FxWait.onFx;
import static live.studio.ui.FxWait.pollFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import live.studio.app.Sources;
import live.studio.encode.EncoderSettings;
import live.studio.media.VideoFormat;
import live.studio.show.RunMode;
import live.studio.show.runsheet.RunPhase;
import live.studio.show.runsheet.RunState;
import live.studio.show.runsheet.RunStateFile;
import live.studio.ui.common.Language;
import live.studio.ui.common.Messages;
import live.studio.ui.control.ApiPanel;
import live.studio.ui.shelf.ShowFixtures.BoxRenderer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The window's panels speak French when French is chosen: the studio window opens on the demo show once in English
 * and once in French, every text of the panels of the shelf, the chat, the show controls, the run-sheet (producer and
 * host), the remote control, the notification area and the offer to resume an interrupted show is read (labels and buttons, tooltips, prompt texts, tabs,
 * table headers, menu items, loose texts, hidden ones too), and each French text is compared with the English text
 * of the same node. A text the same in both languages is a string that skipped the bundles, unless it is:
 * <ul>
 *   <li>data: the node, or a node around it, has the style class {@code data} (product names and prices, segment
 *       titles, what viewers wrote, the API's command names: the show's own words, in the show's language);</li>
 *   <li>language-neutral: no word of two letters or more once the unit symbols (s, min, h) are set aside, like
 *       {@code 5:00}, {@code #12}, {@code A+}, {@code 3 min};</li>
 *   <li>one of the few words French shares with English, listed in {@link #SAME_IN_FRENCH}.</li>
 * </ul>
 * No text in either language may be a missing key ({@code ⟦key⟧}). The panels of other packages (the header, the
 * destinations, the settings) are theirs to check.
 */
class WindowWordingTest extends FxRobot {
    private static final VideoFormat CANVAS = new VideoFormat(640, 360, 30);
    /** The panels this test reads, by id; the remote control panel has none and is found by its class. */
    private static final List<String> PANEL_IDS =
            List.of("shelf", "chat-panel", "show-controls", "producer-view", "host-view", "notifications");
    /** Words a French operator reads the same as an English one, each on purpose. */
    private static final List<Pattern> SAME_IN_FRENCH = List.of(
            Pattern.compile("CHAT"),                      // « chat » is the word French live-shopping tools use
            Pattern.compile("Questions \\(\\d+\\)"),      // the same word
            Pattern.compile("auto"),                      // a segment's advance: « auto » is French too
            Pattern.compile("API"));                      // a name
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    private static final Pattern UNIT = Pattern.compile("(?<=\\d)\\s?(min|s|h)\\b");
    private static final String DATA = "data";

    static {
        System.setProperty("testfx.headless", "false");
    }

    @TempDir
    Path folder;

    private StudioApplication application;

    @AfterEach
    void closeWindowAndSpeakEnglishAgain() throws Exception {
        closeWindow();
        Messages.use(Language.ENGLISH);
    }

    @Test
    void everyTextOfThePanelsIsFrenchInFrenchExceptData() throws Exception {
        Map<String, Shown> english = textsOfTheWindowIn(Language.ENGLISH);
        Map<String, Shown> french = textsOfTheWindowIn(Language.FRENCH);

        assertThat(english.size()).as("texts read in English").isGreaterThan(150);
        for (String panel : List.of("host-mode/", "shelf/", "chat-panel/", "show-controls/", "producer-view/", "host-view/", "remote-control/",
                "resume-offer/")) {
            assertThat(english.keySet()).as("texts read in English under " + panel).anyMatch(key -> key.startsWith(panel));
            assertThat(french.keySet()).as("texts read in French under " + panel).anyMatch(key -> key.startsWith(panel));
        }
        List<String> missingKeys = new ArrayList<>();
        english.forEach((where, shown) -> {
            if (shown.text().contains("⟦")) {
                missingKeys.add("English " + where + ": " + shown.text());
            }
        });
        french.forEach((where, shown) -> {
            if (shown.text().contains("⟦")) {
                missingKeys.add("French " + where + ": " + shown.text());
            }
        });
        assertThat(missingKeys).as("texts whose key is missing from their bundle").isEmpty();

        List<String> untranslated = new ArrayList<>();
        int compared = 0;
        for (Map.Entry<String, Shown> entry : french.entrySet()) {
            Shown inEnglish = english.get(entry.getKey());
            if (inEnglish == null) {
                continue; // a node only one window had (a notice, a tile still loading): nothing to compare
            }
            compared++;
            Shown inFrench = entry.getValue();
            if (inFrench.text().equals(inEnglish.text()) && !inFrench.data() && !languageNeutral(inFrench.text())
                    && SAME_IN_FRENCH.stream().noneMatch(same -> same.matcher(inFrench.text()).matches())) {
                untranslated.add(entry.getKey() + ": \"" + inFrench.text() + "\"");
            }
        }
        assertThat(compared).as("texts compared").isGreaterThan(150);
        assertThat(untranslated).as("texts still in English in the French window").isEmpty();
    }

    @Test
    void theRuleTellsWordsFromDataAndNumbers() {
        // the exclusion rule itself: a word is caught, numbers, times, codes and unit symbols are not
        assertThat(languageNeutral("Hide card")).isFalse();
        assertThat(languageNeutral("● ON AIR")).isFalse();
        assertThat(languageNeutral("5:00")).isTrue();
        assertThat(languageNeutral("−30s")).isTrue();
        assertThat(languageNeutral("3 min")).isTrue();
        assertThat(languageNeutral("#12")).isTrue();
        assertThat(languageNeutral("A+")).isTrue();
        assertThat(languageNeutral("1 h 30 min")).isTrue();
    }

    static boolean languageNeutral(String text) {
        return !WORD.matcher(UNIT.matcher(text).replaceAll("")).find();
    }

    /** One text of the window: what it says, and whether it is the show's data rather than the window's words. */
    record Shown(String text, boolean data) {
    }

    private Map<String, Shown> textsOfTheWindowIn(Language language) throws Exception {
        Messages.use(language);
        // a home of its own per language: each window finds a show interrupted in its second segment
        Path home = java.nio.file.Files.createDirectories(folder.resolve(language.code()));
        leaveAnInterruptedRun(home.resolve("settings"));
        openWindowOnTheDemoShow(home);
        pollFor(() -> lookup("#resume-run").tryQuery().isPresent(), shown -> shown, "the offer to resume the show");
        // host mode first (a first start's mode): its own parts, the big buttons, the chips and the stats bar
        Map<String, Shown> hostMode = onFx(() -> {
            Map<String, Shown> found = new LinkedHashMap<>();
            read(FxToolkit.toolkitContext().getRegisteredStage().getScene().getRoot().lookup("#host-mode"), "host-mode/",
                    false, found);
            return found;
        });
        // then producer mode, which holds every panel
        interact(() -> application.mainView().setMode(live.studio.ui.main.StudioMode.PRODUCER));
        pollFor(() -> lookup("#segment-row-ouverture").tryQuery().isPresent(), shown -> shown, "the run-sheet's rows");
        Map<String, Shown> texts = onFx(() -> {
            Map<String, Shown> found = new LinkedHashMap<>(hostMode);
            Parent root = FxToolkit.toolkitContext().getRegisteredStage().getScene().getRoot();
            for (String id : PANEL_IDS) {
                Node panel = root.lookup("#" + id);
                assertThat(panel).as("#" + id + " in the window").isNotNull();
                read(panel, id + "/", false, found);
            }
            List<Node> remote = new ArrayList<>();
            findAll(root, ApiPanel.class, remote);
            assertThat(remote).as("the remote control panel").hasSize(1);
            read(remote.getFirst(), "remote-control/", false, found);
            for (Window window : Window.getWindows()) {
                if (window.getScene() != null && window.getScene().getRoot() instanceof DialogPane offer) {
                    put(found, "resume-offer/#title", ((Stage) window).getTitle(), false);
                    read(offer, "resume-offer/", false, found);
                }
            }
            return found;
        });
        closeWindow();
        return texts;
    }

    /** A run of the demo show saved in its second segment, as a studio killed there leaves it. */
    private static void leaveAnInterruptedRun(Path settings) {
        Instant now = Instant.now();
        RunState saved = new RunState(StudioEnvironment.defaultShowFile().toString(), RunMode.LIVE, RunPhase.RUNNING,
                now.minusSeconds(200), Optional.of("baskets"), now.minusSeconds(20), Duration.ZERO, Optional.empty(),
                Duration.ZERO, List.of("ouverture-nom"), List.of(), now.minusSeconds(2));
        try (RunStateFile file = RunStateFile.open(settings.resolve(RunStateFile.FILE_NAME))) {
            file.save(saved);
        }
    }

    private void openWindowOnTheDemoShow(Path home) throws Exception {
        FxToolkit.registerPrimaryStage();
        StudioEnvironment environment = new StudioEnvironment(CANVAS, EncoderSettings.defaults(800), Sources.factory(CANVAS),
                StudioEnvironment.NO_DEVICES, home)
                .withOverlayRenderers(BoxRenderer::new)
                .withSettingsFolder(home.resolve("settings"));
        application = (StudioApplication) FxToolkit.setupApplication(() -> new StudioApplication(environment));
        pollFor(() -> application.cueEngine().runSheet().size(), size -> size == 6, "the demo show's six segments");
        pollFor(() -> lookup(".product-tile").queryAll().size(), tiles -> tiles > 0, "the demo catalog's tiles");
    }

    private void closeWindow() throws Exception {
        if (application != null) {
            FxToolkit.cleanupApplication(application);
            application = null;
        }
        FxToolkit.cleanupStages();
    }

    private static void findAll(Node node, Class<?> kind, List<Node> found) {
        if (kind.isInstance(node)) {
            found.add(node);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> findAll(child, kind, found));
        }
    }

    /** Every text of {@code node} and what it holds, keyed by where it is (the same place in both windows). */
    private static void read(Node node, String where, boolean insideData, Map<String, Shown> found) {
        boolean data = insideData || node.getStyleClass().contains(DATA);
        String at = where + node.getClass().getSimpleName();
        if (node instanceof Labeled labeled) {
            put(found, at + "#text", labeled.getText(), data);
        }
        if (node instanceof TextInputControl input) {
            put(found, at + "#prompt", input.getPromptText(), data);
        }
        if (node instanceof Text text && !insideLabeledOrInput(text)) {
            put(found, at + "#text", text.getText(), data);
        }
        if (node instanceof javafx.scene.control.ComboBoxBase<?> box) {
            put(found, at + "#prompt", box.getPromptText(), data);
        }
        Object installed = node.getProperties().get("javafx.scene.control.Tooltip");
        Tooltip tooltip = node instanceof Control control && control.getTooltip() != null ? control.getTooltip()
                : installed instanceof Tooltip tip ? tip : null;
        if (tooltip != null) {
            put(found, at + "#tooltip", tooltip.getText(), data);
        }
        if (node instanceof Control control && control.getContextMenu() != null) {
            readMenu(control.getContextMenu().getItems(), at + "#menu", data, found);
        }
        if (node instanceof TableView<?> table) {
            readColumns(table.getColumns(), at + "#column", data, found);
            if (table.getPlaceholder() != null) {
                read(table.getPlaceholder(), at + "#placeholder/", data, found);
            }
        }
        if (node instanceof javafx.scene.control.ListView<?> list && list.getPlaceholder() != null) {
            read(list.getPlaceholder(), at + "#placeholder/", data, found);
        }
        if (node instanceof TabPane tabs) {
            // every tab's content, shown or not: a tab not selected is not always among the children
            for (int index = 0; index < tabs.getTabs().size(); index++) {
                Tab tab = tabs.getTabs().get(index);
                put(found, at + "#tab" + index, tab.getText(), data);
                if (tab.getContent() != null) {
                    read(tab.getContent(), at + "#tab" + index + "/", data, found);
                }
            }
            return;
        }
        if (node instanceof Parent parent) {
            List<Node> children = parent.getChildrenUnmodifiable();
            for (int index = 0; index < children.size(); index++) {
                read(children.get(index), at + "/" + index + "/", data, found);
            }
        }
    }

    private static void readColumns(List<? extends TableColumnBase<?, ?>> columns, String where, boolean data,
                                    Map<String, Shown> found) {
        for (int index = 0; index < columns.size(); index++) {
            TableColumnBase<?, ?> column = columns.get(index);
            put(found, where + index, column.getText(), data);
            if (column.getGraphic() != null) {
                read(column.getGraphic(), where + index + "/", data, found);
            }
            readColumns(column.getColumns(), where + index + "/", data, found);
        }
    }

    private static void readMenu(List<MenuItem> items, String where, boolean data, Map<String, Shown> found) {
        for (int index = 0; index < items.size(); index++) {
            put(found, where + index, items.get(index).getText(), data);
        }
    }

    private static boolean insideLabeledOrInput(Node node) {
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up instanceof Labeled || up instanceof TextInputControl || up instanceof javafx.scene.control.ComboBoxBase<?>) {
                return true;
            }
        }
        return false;
    }

    private static void put(Map<String, Shown> found, String where, String text, boolean data) {
        if (text != null && !text.isBlank()) {
            found.put(where, new Shown(text.strip(), data));
        }
    }
}
