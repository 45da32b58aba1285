package live.studio.ui.main;

import java.util.Locale;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import live.studio.compose.Layout;
import live.studio.compose.MuteState;
import live.studio.ui.common.LevelMeter;
import live.studio.ui.common.Messages;
import live.studio.ui.common.NotificationArea;
import live.studio.ui.common.UiThread;
import live.studio.ui.destinations.DestinationsView;
import live.studio.ui.preview.ProgramPreview;

/**
 * The studio window: the program preview in the middle, the controls grouped on the right with Record and Go Live
 * at the bottom, the status bar below. Plain code over {@link MainViewModel}: it binds, it does not decide.
 */
public final class MainView {
    private static final Duration METER_REFRESH = Duration.millis(50);

    /** Below this width of the centre, the side panel (the chat) starts folded away. */
    private static final double SIDE_PANEL_OPEN_FROM_PIXELS = 1000;
    private Node sidePanel;
    private SplitPane previewAndShelf;
    /** Where the divider above the host's view goes at most when it is opened (a fraction of the height). */
    private static final double HOST_DIVIDER_AT_MOST = 0.45;
    private SplitPane showSplit;

    private static final Messages TEXT = Messages.of(MainView.class);
    private final MainViewModel viewModel;
    private final BorderPane root = new BorderPane();
    private final ProgramPreview preview;
    private final Node programArea;
    private final Timeline meterRefresh;

    public MainView(MainViewModel viewModel, UiThread uiThread) {
        this.viewModel = viewModel;
        this.preview = new ProgramPreview(viewModel.format().width(), viewModel.format().height(), uiThread);
        root.getStyleClass().add("studio");
        root.setTop(header());
        programArea = programArea();
        root.setCenter(programArea);
        root.setRight(sidebar());
        root.setBottom(statusBar());
        meterRefresh = new Timeline(new KeyFrame(METER_REFRESH, event -> viewModel.refreshAudioLevels()));
        meterRefresh.setCycleCount(Animation.INDEFINITE);
        meterRefresh.play();
        viewModel.attachPreview(preview.feed());
    }

    public Parent root() {
        return root;
    }

    public ProgramPreview preview() {
        return preview;
    }

    /**
     * Docks the show's panels: {@code controls} left of the preview, {@code shelf} under it, and the side panel (the
     * chat), if one was given, on their left in the same split, so that on a small screen every panel gives up room
     * instead of pushing the sidebar (and Go Live) out of the window. Every divider can be dragged; a resized window
     * gives and takes its room from the preview first.
     */
    public void dockShowPanels(Node controls, Node shelf) {
        previewAndShelf = new SplitPane(programArea, shelf);
        previewAndShelf.setOrientation(Orientation.VERTICAL);
        previewAndShelf.setDividerPositions(0.67);
        SplitPane.setResizableWithParent(shelf, false);
        SplitPane center = new SplitPane(controls, previewAndShelf);
        showSplit = center;
        SplitPane.setResizableWithParent(controls, false);
        Node side = sidePanel;
        if (side != null) {
            root.setLeft(null);
            center.getItems().addFirst(side);
            SplitPane.setResizableWithParent(side, false);
            if (side instanceof javafx.scene.layout.Region region) {
                region.setMinWidth(0); // so that it can fold away entirely
            }
        }
        // The panels open at their preferred widths (at most half the window), whatever its size: a divider
        // position is a fraction.
        center.widthProperty().addListener(new InvalidationListener() {
            @Override
            public void invalidated(Observable width) {
                double total = center.getWidth();
                if (total > 0) {
                    center.widthProperty().removeListener(this);
                    double controlsShare = controls.prefWidth(-1) / total;
                    if (side == null) {
                        center.setDividerPositions(Math.min(0.5, controlsShare));
                    } else {
                        // On a small screen the side panel starts folded away (its divider at the edge): drag to open.
                        double sideShare = total < SIDE_PANEL_OPEN_FROM_PIXELS ? 0
                                : Math.min(0.25, side.prefWidth(-1) / total);
                        center.setDividerPositions(sideShare, Math.min(0.55, sideShare + controlsShare));
                    }
                }
            }
        });
        // The sidebar (sources, destinations, Go Live) keeps its width on a small screen: the split gives way.
        center.setMinWidth(0);
        center.getStyleClass().add("center-split");
        previewAndShelf.getStyleClass().add("center-split");
        root.setCenter(center);
    }

    /**
     * Docks the run-sheet (after {@link #dockShowPanels}): the producer's view as a "Run-sheet" tab beside the live
     * view, which keeps the preview, the controls and the sidebar; the host's view as a tab beside the product shelf
     * under the preview, so the operator sees the segment, its time left and the next cue while the show runs. The
     * sidebar (Go Live) stays outside the tabs, always in reach.
     */
    public void dockRunSheet(Node producer, Node host) {
        Node shelf = previewAndShelf.getItems().get(1);
        double[] dividers = previewAndShelf.getDividerPositions();
        TabPane under = new TabPane(tab(TEXT.text("tab.products"), shelf, "tab-products"), tab(TEXT.text("tab.host"), host, "tab-host"));
        under.setId("under-preview-tabs");
        under.setMinSize(0, 0);
        under.getStyleClass().add("studio-tabs");
        previewAndShelf.getItems().set(1, under);
        SplitPane.setResizableWithParent(under, false);
        previewAndShelf.setDividerPositions(dividers);
        // The host's script needs more room than the shelf's tiles: the host tab takes at least half the height.
        under.getSelectionModel().selectedIndexProperty().addListener((observable, before, index) -> {
            if (index.intValue() == 1 && previewAndShelf.getDividerPositions()[0] > HOST_DIVIDER_AT_MOST) {
                previewAndShelf.setDividerPositions(HOST_DIVIDER_AT_MOST);
            }
        });
        TabPane tabs = new TabPane(tab(TEXT.text("tab.live"), showSplit, "tab-live"), tab(TEXT.text("tab.run-sheet"), producer, "tab-run-sheet"));
        tabs.setId("main-tabs");
        tabs.setMinWidth(0);
        tabs.getStyleClass().add("studio-tabs");
        root.setCenter(tabs);
    }

    private static Tab tab(String title, Node content, String id) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        tab.setClosable(false);
        return tab;
    }

    /** A feature's panel on the window's left (the chat feed); docked into the show's split once that exists. */
    public void showSidePanel(Node panel) {
        sidePanel = panel;
        root.setLeft(panel);
    }

    /** Ctrl+L (Cmd+L on macOS) goes live or stops; Ctrl+R records or stops recording. */
    public void installShortcuts(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN), viewModel::toggleLive);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN), viewModel::toggleRecording);
    }

    /** Stops the meter's timer and detaches the preview; the view-model closes the engine. */
    public void dispose() {
        meterRefresh.stop();
        viewModel.attachPreview(null);
    }

    private Node header() {
        Label title = new Label("Live Studio");
        title.getStyleClass().add("app-title");
        Label canvas = new Label(viewModel.format().width() + " × " + viewModel.format().height() + " · "
                + viewModel.format().fps() + " fps · " + viewModel.format().orientation().name().toLowerCase(Locale.ROOT));
        canvas.getStyleClass().add("canvas-info");

        Label onAir = new Label();
        onAir.setId("on-air-badge");
        onAir.getStyleClass().add("badge");
        onAir.textProperty().bind(Bindings.createStringBinding(() -> switch (viewModel.broadcastStateProperty().get()) {
            case OFF_AIR -> "OFF AIR";
            case STARTING -> "CONNECTING…";
            case ON_AIR -> "● LIVE  " + viewModel.onAirTimeProperty().get();
            case STOPPING -> "STOPPING…";
        }, viewModel.broadcastStateProperty(), viewModel.onAirTimeProperty()));
        toggleStyle(onAir, "badge-live", viewModel.broadcastStateProperty().isEqualTo(BroadcastState.ON_AIR));

        Label recording = new Label();
        recording.getStyleClass().addAll("badge", "badge-recording");
        recording.textProperty().bind(Bindings.concat("● REC  ", viewModel.recordingTimeProperty()));
        recording.visibleProperty().bind(viewModel.recordingStateProperty().isEqualTo(RecordingState.RECORDING));
        recording.managedProperty().bind(recording.visibleProperty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(14, title, canvas, spacer, recording, onAir);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("header");
        return header;
    }

    private Node programArea() {
        NotificationArea notices = new NotificationArea(viewModel.notifications());
        StackPane.setAlignment(notices, Pos.TOP_CENTER);
        StackPane.setMargin(notices, new Insets(12));
        StackPane area = new StackPane(preview, notices);
        area.getStyleClass().add("program-area");
        area.setMinSize(0, 0);
        return area;
    }

    /** Adds a feature's panel to the sidebar, below the others (remote control, chat, ...). */
    public void addSidebarSection(String title, Node content) {
        sections.getChildren().add(section(title, null, content));
    }

    private final VBox sections = new VBox(18);

    private Node sidebar() {
        sections.getChildren().addAll(sceneSection(), audioSection(), destinationsSection());
        sections.getStyleClass().add("sections");
        ScrollPane scroll = new ScrollPane(sections);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("sidebar-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox sidebar = new VBox(scroll, actions());
        sidebar.getStyleClass().add("sidebar");
        sidebar.setPrefWidth(390);
        sidebar.setMinWidth(330);
        return sidebar;
    }

    private Node sceneSection() {
        ComboBox<SourceChoice<live.studio.capture.VideoSourceSpec>> main = picker(viewModel.mainVideo(), "main-video");
        ComboBox<SourceChoice<live.studio.capture.VideoSourceSpec>> second = picker(viewModel.secondVideo(), "second-video");
        Label secondHint = hint("Shown in picture in picture and side by side.");

        Button refresh = new Button("Refresh devices");
        refresh.getStyleClass().add("link-button");
        refresh.setOnAction(event -> viewModel.refreshDevices());

        return section("Scene", refresh, labelled("Layout", layoutPicker()), labelled("Main source", main),
                labelled("Second source", second), secondHint);
    }

    private Node layoutPicker() {
        ToggleGroup group = new ToggleGroup();
        HBox buttons = new HBox();
        buttons.getStyleClass().add("segmented");
        for (Layout layout : Layout.values()) {
            ToggleButton button = new ToggleButton(layout.label());
            button.setUserData(layout);
            button.setToggleGroup(group);
            button.setId("layout-" + layout.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            button.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(button, Priority.ALWAYS);
            buttons.getChildren().add(button);
        }
        selectToggle(group, viewModel.layoutProperty().get());
        viewModel.layoutProperty().addListener((observable, before, after) -> selectToggle(group, after));
        group.selectedToggleProperty().addListener((observable, before, after) -> {
            if (after == null) {
                // A layout is always on: clicking the selected one again keeps it.
                group.selectToggle(before);
            } else {
                viewModel.layoutProperty().set((Layout) after.getUserData());
            }
        });
        return buttons;
    }

    private static void selectToggle(ToggleGroup group, Layout layout) {
        for (Toggle toggle : group.getToggles()) {
            if (toggle.getUserData() == layout) {
                group.selectToggle(toggle);
            }
        }
    }

    private Node audioSection() {
        ComboBox<SourceChoice<live.studio.capture.AudioSourceSpec>> source = picker(viewModel.audio(), "audio-source");

        ToggleButton mute = new ToggleButton();
        mute.setId("mute");
        mute.getStyleClass().add("mute-button");
        mute.setSelected(viewModel.muteStateProperty().get() == MuteState.MUTED);
        mute.selectedProperty().addListener((observable, before, muted) ->
                viewModel.muteStateProperty().set(muted ? MuteState.MUTED : MuteState.LIVE));
        viewModel.muteStateProperty().addListener((observable, before, after) -> mute.setSelected(after == MuteState.MUTED));
        mute.textProperty().bind(Bindings.when(mute.selectedProperty()).then("Muted").otherwise("Mute"));
        mute.setMinWidth(Region.USE_PREF_SIZE);

        Slider gain = new Slider(MainViewModel.MIN_GAIN_DB, MainViewModel.MAX_GAIN_DB, viewModel.gainDbProperty().get());
        gain.setId("gain");
        gain.valueProperty().bindBidirectional(viewModel.gainDbProperty());
        gain.setTooltip(new Tooltip("Gain (double-click for 0 dB)"));
        gain.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                viewModel.gainDbProperty().set(0);
            }
        });
        HBox.setHgrow(gain, Priority.ALWAYS);
        Label gainText = new Label();
        gainText.getStyleClass().add("gain-text");
        gainText.textProperty().bind(Bindings.createStringBinding(
                () -> String.format(Locale.ROOT, "%+.1f dB", viewModel.gainDbProperty().get()), viewModel.gainDbProperty()));
        gainText.setMinWidth(64);
        HBox gainRow = new HBox(10, mute, gain, gainText);
        gainRow.setAlignment(Pos.CENTER_LEFT);

        LevelMeter meter = new LevelMeter();
        meter.setId("level-meter");
        meter.peakDbfsProperty().bind(viewModel.audioPeakDbfsProperty());
        meter.rmsDbfsProperty().bind(viewModel.audioRmsDbfsProperty());
        Label levels = new Label();
        levels.getStyleClass().add("meter-text");
        levels.textProperty().bind(Bindings.createStringBinding(() -> String.format(Locale.ROOT, "peak %s · rms %s",
                        dbfs(viewModel.audioPeakDbfsProperty().get()), dbfs(viewModel.audioRmsDbfsProperty().get())),
                viewModel.audioPeakDbfsProperty(), viewModel.audioRmsDbfsProperty()));
        return section("Audio", null, labelled("Source", source), gainRow, meter, levels);
    }

    private static String dbfs(double level) {
        return level <= LevelMeter.FLOOR_DBFS ? "-∞" : String.format(Locale.ROOT, "%.0f dBFS", level);
    }

    private Node destinationsSection() {
        DestinationsView destinations = new DestinationsView(viewModel.destinations());
        // The list is what Go Live streams to: it holds still while on air.
        destinations.lockedProperty().bind(viewModel.broadcastStateProperty().isNotEqualTo(BroadcastState.OFF_AIR));
        return section("Destinations", null, destinations.root());
    }

    private Node actions() {
        Button record = new Button();
        record.setId("record");
        record.getStyleClass().addAll("action-button", "record-button");
        record.textProperty().bind(Bindings.createStringBinding(() -> switch (viewModel.recordingStateProperty().get()) {
            case IDLE -> "● Record";
            case STARTING -> "Starting…";
            case RECORDING -> "■ Stop recording";
            case STOPPING -> "Saving…";
        }, viewModel.recordingStateProperty()));
        record.disableProperty().bind(viewModel.recordingStateProperty().isEqualTo(RecordingState.STARTING)
                .or(viewModel.recordingStateProperty().isEqualTo(RecordingState.STOPPING)));
        toggleStyle(record, "recording", viewModel.recordingStateProperty().isEqualTo(RecordingState.RECORDING));
        record.setTooltip(new Tooltip("Record the program to a file (Ctrl+R)"));
        record.setOnAction(event -> viewModel.toggleRecording());

        Button goLive = new Button();
        goLive.setId("go-live");
        goLive.getStyleClass().addAll("action-button", "go-live-button");
        goLive.textProperty().bind(Bindings.createStringBinding(() -> switch (viewModel.broadcastStateProperty().get()) {
            case OFF_AIR -> "Go Live";
            case STARTING -> "Connecting…";
            case ON_AIR -> "■ Stop";
            case STOPPING -> "Stopping…";
        }, viewModel.broadcastStateProperty()));
        goLive.disableProperty().bind(viewModel.broadcastStateProperty().isEqualTo(BroadcastState.STARTING)
                .or(viewModel.broadcastStateProperty().isEqualTo(BroadcastState.STOPPING)));
        toggleStyle(goLive, "live", viewModel.broadcastStateProperty().isEqualTo(BroadcastState.ON_AIR));
        goLive.setTooltip(new Tooltip("Stream to every ticked destination (Ctrl+L)"));
        goLive.setOnAction(event -> viewModel.toggleLive());

        for (Button button : new Button[] {record, goLive}) {
            button.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(button, Priority.ALWAYS);
        }
        HBox actions = new HBox(10, record, goLive);
        actions.getStyleClass().add("actions");
        return actions;
    }

    private Node statusBar() {
        Label engine = new Label();
        engine.setId("status-engine");
        engine.textProperty().bind(viewModel.engineStatusProperty());
        engine.setMinWidth(Region.USE_PREF_SIZE);
        Label outputs = new Label();
        outputs.setId("status-outputs");
        outputs.getStyleClass().add("status-outputs");
        outputs.textProperty().bind(viewModel.outputsStatusProperty());
        outputs.setMaxWidth(Double.MAX_VALUE);
        outputs.setAlignment(Pos.CENTER_RIGHT);
        HBox.setHgrow(outputs, Priority.ALWAYS);
        HBox bar = new HBox(24, engine, outputs);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private static <S> ComboBox<SourceChoice<S>> picker(SourcePicker<S> picker, String id) {
        ComboBox<SourceChoice<S>> box = new ComboBox<>(picker.choices());
        box.setId(id);
        box.valueProperty().bindBidirectional(picker.selectedProperty());
        box.setMaxWidth(Double.MAX_VALUE);
        box.setVisibleRowCount(12);
        return box;
    }

    private static Node section(String title, Node headerExtra, Node... content) {
        Label heading = new Label(title.toUpperCase(Locale.ROOT));
        heading.getStyleClass().add("section-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = headerExtra == null ? new HBox(heading) : new HBox(heading, spacer, headerExtra);
        header.setAlignment(Pos.CENTER_LEFT);
        VBox section = new VBox(10, header);
        section.getChildren().addAll(content);
        section.getStyleClass().add("section");
        return section;
    }

    private static Node labelled(String text, Node control) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        label.setLabelFor(control);
        VBox box = new VBox(4, label, control);
        box.setFillWidth(true);
        return box;
    }

    private static Label hint(String text) {
        Label hint = new Label(text);
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        return hint;
    }

    private static void toggleStyle(Node node, String styleClass, javafx.beans.value.ObservableBooleanValue condition) {
        Runnable apply = () -> {
            if (condition.get()) {
                if (!node.getStyleClass().contains(styleClass)) {
                    node.getStyleClass().add(styleClass);
                }
            } else {
                node.getStyleClass().remove(styleClass);
            }
        };
        condition.addListener((observable, before, after) -> apply.run());
        // A binding is only weakly held by what it observes: the node keeps it alive for as long as it needs it.
        node.getProperties().put("style-condition-" + styleClass, condition);
        apply.run();
    }
}
