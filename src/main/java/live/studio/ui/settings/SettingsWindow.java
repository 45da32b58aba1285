package live.studio.ui.settings;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.StringConverter;
import live.studio.encode.EncoderSettings;
import live.studio.encode.VideoEncoderChoice;
import live.studio.media.VideoFormat;
import live.studio.ui.commerce.ShortcutAction;
import live.studio.ui.commerce.ShortcutMap;
import live.studio.ui.common.Icons;
import live.studio.ui.common.Language;
import live.studio.ui.common.Messages;
import live.studio.ui.control.ApiPanel;
import live.studio.ui.control.ApiPanelViewModel;
import live.studio.ui.destinations.DestinationsView;
import live.studio.ui.destinations.DestinationsViewModel;
import live.studio.ui.destinations.PlatformPreset;
import live.studio.ui.main.SourceChoice;
import live.studio.ui.main.SourcePicker;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignK;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/**
 * The settings window (root {@code #settings}): destinations from platform presets, devices, encoder, shortcuts,
 * remote-control API and appearance, one tab each. It is a second view over the main window's own view-models
 * (destinations, source pickers, API), so both always show the same thing. Opened with {@link #open()}; FX thread only.
 */
public final class SettingsWindow {
    private static final Messages TEXT = Messages.of(SettingsWindow.class);
    private static final String STYLESHEET = "settings.css";

    /**
     * What the settings work on.
     *
     * @param preferences    the saved preferences
     * @param destinations   the main window's destinations
     * @param sources        the main window's source pickers (main video, second video, audio)
     * @param api            the main window's remote-control settings
     * @param clipboard      copies the API token
     * @param shortcuts      the keys in use
     * @param settingsFolder where {@code shortcuts.json} is; empty: nothing saved
     * @param runningFormat  what the engine encodes now
     * @param runningEncoder idem
     */
    public record Parts(PreferencesKeeper preferences, DestinationsViewModel destinations, List<SourcePicker<?>> sources,
                        ApiPanelViewModel api, Consumer<String> clipboard, ShortcutMap shortcuts, Optional<Path> settingsFolder,
                        VideoFormat runningFormat, EncoderSettings runningEncoder) {
        public Parts {
            sources = List.copyOf(sources);
        }
    }

    private final Stage owner;
    private final Parts parts;
    private final ExecutorService files = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("settings-files").daemon().factory());
    private final EncoderViewModel encoder;
    private final ShortcutsViewModel shortcuts;
    private final AppearanceViewModel appearance;
    private Stage stage;

    public SettingsWindow(Stage owner, Parts parts) {
        this.owner = Objects.requireNonNull(owner);
        this.parts = Objects.requireNonNull(parts);
        encoder = new EncoderViewModel(parts.preferences(), parts.runningFormat(), parts.runningEncoder());
        shortcuts = new ShortcutsViewModel(parts.shortcuts(), parts.settingsFolder(), files, Platform::runLater);
        appearance = new AppearanceViewModel(parts.preferences(), this::applyTheme);
        // The destination form checks the platforms against the encode the next start uses, and applies theirs to it.
        parts.destinations().encoderFormatProperty().bind(encoder.savedFormatProperty());
        parts.destinations().encoderSettingsProperty().bind(encoder.savedEncoderProperty());
        parts.destinations().setRecommendationTarget(encoder::apply);
        // Words are asked for when a view is built: a new language rebuilds this window at once.
        appearance.languageProperty().addListener((observable, before, after) -> Platform.runLater(this::rebuild));
    }

    /** Opens the window (or brings it to the front), on the Destinations tab the first time. */
    public void open() {
        if (stage == null) {
            stage = new Stage();
            stage.initOwner(owner);
            Scene scene = new Scene(content(), 760, 640);
            scene.getStylesheets().addAll(owner.getScene() == null ? List.of() : owner.getScene().getStylesheets());
            scene.getStylesheets().add(Objects.requireNonNull(SettingsWindow.class.getResource(STYLESHEET)).toExternalForm());
            parts.preferences().preferences().theme().applyTo(scene);
            // while an action waits for its key, the key pressed is that key, not a click or a tab change
            scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
                if (shortcuts.keyPressed(event)) {
                    event.consume();
                }
            });
            stage.setScene(scene);
            stage.setTitle(TEXT.text("title"));
            stage.getIcons().setAll(owner.getIcons());
        }
        stage.show();
        stage.toFront();
    }

    /** The window's stage once opened, for tests. */
    public Optional<Stage> stage() {
        return Optional.ofNullable(stage);
    }

    public EncoderViewModel encoder() {
        return encoder;
    }

    public ShortcutsViewModel shortcuts() {
        return shortcuts;
    }

    public AppearanceViewModel appearance() {
        return appearance;
    }

    /** Closes the window and lets a shortcuts file being written finish. */
    public void dispose() {
        if (stage != null) {
            stage.close();
        }
        files.shutdown();
    }

    private void rebuild() {
        if (stage != null) {
            int selected = stage.getScene().getRoot().lookup("#settings-tabs") instanceof TabPane tabs
                    ? tabs.getSelectionModel().getSelectedIndex() : 0;
            stage.getScene().setRoot(content());
            stage.setTitle(TEXT.text("title"));
            if (stage.getScene().getRoot().lookup("#settings-tabs") instanceof TabPane tabs) {
                tabs.getSelectionModel().select(selected);
            }
        }
    }

    private void applyTheme(Theme theme) {
        if (owner.getScene() != null) {
            theme.applyTo(owner.getScene());
        }
        if (stage != null) {
            theme.applyTo(stage.getScene());
        }
    }

    private Parent content() {
        TabPane tabs = new TabPane(
                tab("settings-destinations", TEXT.text("tab.destinations"), destinationsPage()),
                tab("settings-devices", TEXT.text("tab.devices"), devicesPage()),
                tab("settings-encoder", TEXT.text("tab.encoder"), encoderPage()),
                tab("settings-shortcuts", TEXT.text("tab.shortcuts"), shortcutsPage()),
                tab("settings-api", TEXT.text("tab.api"), apiPage()),
                tab("settings-appearance", TEXT.text("tab.appearance"), appearancePage()));
        tabs.setId("settings-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);

        Label problems = hint(String.join("\n", parts.preferences().problems()));
        problems.setId("settings-problems");
        problems.getStyleClass().setAll("validation-message");
        problems.setVisible(!parts.preferences().problems().isEmpty());
        problems.setManaged(problems.isVisible());

        Button close = Icons.decorate(new Button(TEXT.text("close")), MaterialDesignC.CHECK);
        close.setId("settings-close");
        close.setCancelButton(true);
        close.setOnAction(event -> stage.close());
        HBox buttons = new HBox(close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setPadding(new Insets(8, 12, 12, 12));

        VBox root = new VBox(problems, tabs, buttons);
        root.setId("settings");
        root.getStyleClass().addAll("studio", "settings");
        return root;
    }

    private static Tab tab(String id, String title, Node page) {
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("settings-page-scroll");
        Tab tab = new Tab(title, scroll);
        // TabPane's header for this tab takes the tab's id: #settings-encoder clicks the Encoder tab
        tab.setId(id);
        return tab;
    }

    private static VBox page(Node... children) {
        VBox page = new VBox(10, children);
        page.getStyleClass().add("settings-page");
        page.setPadding(new Insets(16));
        return page;
    }

    private static Label hint(String text) {
        Label hint = new Label(text);
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        return hint;
    }

    private static Label fieldLabel(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private Node destinationsPage() {
        DestinationsView view = new DestinationsView(parts.destinations());
        return page(hint(TEXT.text("destinations.intro")), view.root());
    }

    private Node devicesPage() {
        GridPane grid = new GridPane(10, 8);
        int row = 0;
        for (SourcePicker<?> picker : parts.sources()) {
            ComboBox<?> box = picker(picker);
            box.setId("settings-source-" + row);
            GridPane.setHgrow(box, Priority.ALWAYS);
            grid.addRow(row++, fieldLabel(picker.label()), box);
        }
        return page(hint(TEXT.text("devices.intro")), grid);
    }

    private static <S> ComboBox<SourceChoice<S>> picker(SourcePicker<S> picker) {
        ComboBox<SourceChoice<S>> box = new ComboBox<>(picker.choices());
        box.valueProperty().bindBidirectional(picker.selectedProperty());
        box.setMaxWidth(Double.MAX_VALUE);
        box.setVisibleRowCount(12);
        return box;
    }

    private Node encoderPage() {
        ComboBox<String> size = new ComboBox<>();
        size.getItems().setAll(EncoderViewModel.SIZES);
        size.setEditable(true);
        size.setId("encoder-size");
        size.valueProperty().bindBidirectional(encoder.sizeProperty());
        size.setTooltip(new Tooltip(TEXT.text("encoder.size.tooltip")));

        ComboBox<Integer> fps = new ComboBox<>();
        fps.getItems().setAll(VideoFormat.SUPPORTED_FPS);
        fps.setId("encoder-fps");
        fps.valueProperty().bindBidirectional(encoder.fpsProperty());

        TextField bitrate = new TextField();
        bitrate.setId("encoder-bitrate");
        bitrate.textProperty().bindBidirectional(encoder.bitrateKbpsProperty());
        bitrate.setTooltip(new Tooltip(TEXT.text("encoder.bitrate.tooltip")));

        TextField keyframe = new TextField();
        keyframe.setId("encoder-keyframe");
        keyframe.textProperty().bindBidirectional(encoder.keyframeSecondsProperty());
        keyframe.setTooltip(new Tooltip(TEXT.text("encoder.keyframe.tooltip")));

        ComboBox<String> preset = new ComboBox<>();
        preset.getItems().setAll(Preferences.X264_PRESETS);
        preset.setId("encoder-x264-preset");
        preset.valueProperty().bindBidirectional(encoder.x264PresetProperty());
        preset.setTooltip(new Tooltip(TEXT.text("encoder.preset.tooltip")));

        ComboBox<VideoEncoderChoice> videoEncoder = new ComboBox<>();
        videoEncoder.getItems().setAll(VideoEncoderChoice.values());
        videoEncoder.setId("encoder-video-encoder");
        videoEncoder.valueProperty().bindBidirectional(encoder.videoEncoderProperty());
        videoEncoder.setConverter(new StringConverter<>() {
            @Override
            public String toString(VideoEncoderChoice choice) {
                return choice == null ? "" : choice.label();
            }

            @Override
            public VideoEncoderChoice fromString(String text) {
                return null;
            }
        });

        GridPane grid = new GridPane(10, 8);
        grid.addRow(0, fieldLabel(TEXT.text("encoder.size")), size);
        grid.addRow(1, fieldLabel(TEXT.text("encoder.fps")), fps);
        grid.addRow(2, fieldLabel(TEXT.text("encoder.bitrate")), bitrate);
        grid.addRow(3, fieldLabel(TEXT.text("encoder.keyframe")), keyframe);
        grid.addRow(4, fieldLabel(TEXT.text("encoder.preset")), preset);
        grid.addRow(5, fieldLabel(TEXT.text("encoder.video-encoder")), videoEncoder);

        Label message = new Label();
        message.setId("encoder-message");
        message.getStyleClass().add("validation-message");
        message.setWrapText(true);
        message.textProperty().bind(encoder.messageProperty());
        message.visibleProperty().bind(encoder.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        Button save = Icons.decorate(new Button(TEXT.text("encoder.save")), MaterialDesignC.CONTENT_SAVE);
        save.setId("encoder-save");
        save.setDefaultButton(false);
        save.setOnAction(event -> encoder.save());

        Label status = hint("");
        status.setId("encoder-status");
        status.textProperty().bind(encoder.statusProperty());

        Label destinations = new Label();
        destinations.setId("encoder-destination-problems");
        destinations.getStyleClass().add("validation-message");
        destinations.setWrapText(true);
        Runnable refresh = () -> {
            String problems = String.join("\n", parts.destinations()
                    .encoderProblems(encoder.savedEncoderProperty().get(), encoder.savedFormatProperty().get()).stream()
                    .map(PlatformPreset.EncoderProblem::message).toList());
            destinations.setText(problems);
            destinations.setVisible(!problems.isEmpty());
            destinations.setManaged(!problems.isEmpty());
        };
        refresh.run();
        encoder.savedEncoderProperty().addListener((observable, before, after) -> refresh.run());
        encoder.savedFormatProperty().addListener((observable, before, after) -> refresh.run());
        parts.destinations().entries().addListener((ListChangeListener<Object>) change -> refresh.run());

        return page(hint(TEXT.text("encoder.intro")), grid, message, save, status, destinations);
    }

    private Node shortcutsPage() {
        GridPane grid = new GridPane(12, 4);
        int row = 0;
        for (ShortcutAction action : ShortcutAction.values()) {
            Label description = new Label(ShortcutsViewModel.description(action));
            description.setWrapText(true);
            Button key = new Button();
            key.setId("shortcut-" + action.id());
            key.getStyleClass().add("shortcut-key");
            key.setMinWidth(110);
            Runnable show = () -> key.setText(shortcuts.waitingForKeyProperty().get() == action ? TEXT.text("shortcut.waiting")
                    : Optional.ofNullable(shortcuts.keyProperty(action).get()).map(KeyCombination::getDisplayText)
                            .orElse(TEXT.text("shortcut.none")));
            show.run();
            shortcuts.keyProperty(action).addListener((observable, before, after) -> show.run());
            shortcuts.waitingForKeyProperty().addListener((observable, before, after) -> show.run());
            key.setTooltip(new Tooltip(TEXT.text("shortcut.change.tooltip")));
            key.setOnAction(event -> shortcuts.waitForKey(action));
            GridPane.setHgrow(description, Priority.ALWAYS);
            grid.addRow(row++, description, key);
        }
        Label message = new Label();
        message.setId("shortcuts-message");
        message.setWrapText(true);
        message.getStyleClass().add("hint");
        message.textProperty().bind(shortcuts.messageProperty());
        Button defaults = Icons.decorate(new Button(TEXT.text("shortcut.defaults")), MaterialDesignR.RESTORE);
        defaults.setId("shortcuts-defaults");
        defaults.setOnAction(event -> shortcuts.restoreDefaults());
        Label intro = hint(TEXT.text("shortcuts.intro"));
        intro.setGraphic(Icons.icon(MaterialDesignK.KEYBOARD_OUTLINE));
        return page(intro, message, grid, defaults);
    }

    private Node apiPage() {
        return page(hint(TEXT.text("api.intro")), new ApiPanel(parts.api(), parts.clipboard()));
    }

    private Node appearancePage() {
        ComboBox<Language> language = new ComboBox<>();
        language.getItems().setAll(appearance.languages());
        language.setId("settings-language");
        language.setConverter(converter(AppearanceViewModel::languageName));
        language.setButtonCell(new NamedCell<>(AppearanceViewModel::languageName));
        language.valueProperty().bindBidirectional(appearance.languageProperty());

        ComboBox<Theme> theme = new ComboBox<>();
        theme.getItems().setAll(appearance.themes());
        theme.setId("settings-theme");
        theme.setConverter(converter(AppearanceViewModel::themeName));
        theme.setButtonCell(new NamedCell<>(AppearanceViewModel::themeName));
        theme.valueProperty().bindBidirectional(appearance.themeProperty());

        GridPane grid = new GridPane(10, 8);
        grid.addRow(0, fieldLabel(TEXT.text("appearance.language")), language);
        grid.addRow(1, fieldLabel(TEXT.text("appearance.theme")), theme);
        Label message = hint("");
        message.setId("appearance-message");
        message.textProperty().bind(appearance.messageProperty());
        return page(grid, message);
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }

    /** A combo box's button showing the value's name rather than its enum constant. */
    private static final class NamedCell<T> extends ListCell<T> {
        private final java.util.function.Function<T, String> name;

        NamedCell(java.util.function.Function<T, String> name) {
            this.name = name;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? "" : name.apply(item));
        }
    }
}
