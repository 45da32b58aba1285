package live.studio.ui.main;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
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
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import live.studio.compose.Layout;
import live.studio.compose.MuteState;
import live.studio.show.CommandSource;
import live.studio.ui.commerce.CommerceViewModel;
import live.studio.ui.commerce.ShortcutAction;
import live.studio.ui.commerce.ShortcutMap;
import live.studio.ui.common.Icons;
import live.studio.ui.common.LevelMeter;
import live.studio.ui.common.Messages;
import live.studio.ui.common.NotificationArea;
import live.studio.ui.common.UiThread;
import live.studio.ui.destinations.DestinationsView;
import live.studio.ui.preview.ProgramPreview;
import live.studio.ui.runsheet.HostViewModel;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;

/**
 * The studio window in two modes over one set of parts. Host mode ({@code #host-mode}) is for the person on camera:
 * the preview large, the product shelf, the chat always open, the run-sheet's segment and script, the countdown and
 * promo codes, each destination's health and big Go Live / Record / Hide all / Mute buttons. Producer mode
 * ({@code #producer-mode}) has everything: sources, layouts, destinations, audio, remote control, the run-sheet editor
 * and the event log. The header (mode switch, badges, clock, settings) and the stats bar are the same in both.
 * <p>
 * The parts both modes show (preview, shelf, chat, the host's run-sheet view) are single nodes moved between the
 * modes' slots when the mode changes, so their state (scroll, selection, search) is the same in both. Only the
 * current mode's tree is in the scene, so every id is unique in it. Plain code over {@link MainViewModel}.
 */
public final class MainView {
    private static final Messages TEXT = Messages.of(MainView.class);
    private static final Duration METER_REFRESH = Duration.millis(50);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");
    /** Below this width of the centre, the producer's chat starts folded away (host mode always shows it). */
    private static final double SIDE_PANEL_OPEN_FROM_PIXELS = 1000;
    /** Where the divider above the host's view goes at most when it is opened (a fraction of the height). */
    private static final double HOST_DIVIDER_AT_MOST = 0.45;
    /** Host mode's chat: wide enough for a question and its author at 1280 × 720. */
    static final double HOST_CHAT_MIN_WIDTH = 280;
    private static final double HOST_CHAT_WIDTH = 320;
    private static final double HOST_SIDE_WIDTH = 380;

    private final MainViewModel viewModel;
    private final WindowShortcuts shortcuts;
    private final BorderPane root = new BorderPane();
    private final ProgramPreview preview;
    private final Node programArea;
    private final Timeline meterRefresh;
    private final Timeline clockRefresh;
    private final Label clock = new Label();
    private final ObjectProperty<StudioMode> mode = new SimpleObjectProperty<>(this, "mode");
    private ModeMemory modeMemory = ModeMemory.none();
    private Runnable openSettings = () -> { };

    // The shared parts, moved between the modes' slots.
    private Node chat;
    private Node shelf;
    private Node hostRunSheet;

    // Producer mode.
    private final BorderPane producerRoot = new BorderPane();
    private final StackPane producerChatSlot = slot();
    private final StackPane producerControlsSlot = slot();
    private final StackPane producerPreviewSlot = slot();
    private final StackPane producerShelfSlot = slot();
    private final StackPane producerHostSlot = slot();
    private final Tab runSheetTab;
    private final VBox sections = new VBox(18);
    private SplitPane previewAndShelf;

    // Host mode.
    private final BorderPane hostRoot = new BorderPane();
    private final StackPane hostChatSlot = slot();
    private final StackPane hostPreviewSlot = slot();
    private final StackPane hostShelfSlot = slot();
    private final StackPane hostRunSheetSlot = slot();
    private final VBox hostSide = new VBox(10);
    private final HBox hostButtons = new HBox(10);

    public MainView(MainViewModel viewModel, UiThread uiThread) {
        this(viewModel, uiThread, ShortcutMap.defaults());
    }

    public MainView(MainViewModel viewModel, UiThread uiThread, ShortcutMap keys) {
        this.viewModel = viewModel;
        this.shortcuts = new WindowShortcuts(keys);
        this.preview = new ProgramPreview(viewModel.format().width(), viewModel.format().height(), uiThread);
        root.getStyleClass().add("studio");
        root.setTop(header());
        programArea = programArea();
        root.setBottom(statusBar());

        runSheetTab = tab(TEXT.text("tab.run-sheet"), new StackPane(), "tab-run-sheet", MaterialDesignF.FORMAT_LIST_BULLETED);
        buildProducerMode();
        buildHostMode();

        shortcuts.onAction(ShortcutAction.GO_LIVE, () -> viewModel.toggleLive(CommandSource.SHORTCUT));
        shortcuts.onAction(ShortcutAction.RECORD, () -> viewModel.toggleRecording(CommandSource.SHORTCUT));
        shortcuts.onAction(ShortcutAction.MUTE, () -> viewModel.toggleMute(CommandSource.SHORTCUT));
        shortcuts.onAction(ShortcutAction.HOST_MODE, () -> setMode(StudioMode.HOST));
        shortcuts.onAction(ShortcutAction.PRODUCER_MODE, () -> setMode(StudioMode.PRODUCER));

        meterRefresh = new Timeline(new KeyFrame(METER_REFRESH, event -> viewModel.refreshAudioLevels()));
        meterRefresh.setCycleCount(Animation.INDEFINITE);
        meterRefresh.play();
        clockRefresh = new Timeline(new KeyFrame(Duration.seconds(1), event -> refreshClock()));
        clockRefresh.setCycleCount(Animation.INDEFINITE);
        clockRefresh.play();
        refreshClock();
        viewModel.attachPreview(preview.feed());
        setMode(StudioMode.HOST);
    }

    public Parent root() {
        return root;
    }

    public ProgramPreview preview() {
        return preview;
    }

    /** Every key of the window; set a new map on it to change them while the window is open. */
    public WindowShortcuts shortcuts() {
        return shortcuts;
    }

    // ---- modes ----

    public ObjectProperty<StudioMode> modeProperty() {
        return mode;
    }

    public StudioMode mode() {
        return mode.get();
    }

    /** Shows the mode's tree with the shared parts moved into it; the choice is remembered. */
    public void setMode(StudioMode next) {
        Objects.requireNonNull(next);
        if (next == StudioMode.HOST) {
            place(chat, hostChatSlot);
            place(programArea, hostPreviewSlot);
            place(shelf, hostShelfSlot);
            place(hostRunSheet, hostRunSheetSlot);
            root.setCenter(hostRoot);
        } else {
            place(chat, producerChatSlot);
            place(programArea, producerPreviewSlot);
            place(shelf, producerShelfSlot);
            place(hostRunSheet, producerHostSlot);
            root.setCenter(producerRoot);
        }
        if (mode.get() != next) {
            mode.set(next);
            modeMemory.save(next);
        }
    }

    /** Where the mode is kept between runs; opens in the remembered mode, host mode when none is. */
    public void rememberModeIn(ModeMemory memory) {
        Objects.requireNonNull(memory);
        setMode(memory.load().orElse(StudioMode.HOST));
        modeMemory = memory; // after: opening in the saved mode is not a change to save
    }

    /** What the header's settings button opens. */
    public void setOnOpenSettings(Runnable open) {
        openSettings = Objects.requireNonNull(open);
    }

    private static void place(Node part, StackPane slot) {
        if (part != null && part.getParent() != slot) {
            slot.getChildren().setAll(part);
        }
    }

    private static StackPane slot() {
        StackPane slot = new StackPane();
        slot.setMinSize(0, 0);
        return slot;
    }

    // ---- docking the features' parts ----

    /** The chat: on the left in both modes; in host mode it never folds away. */
    public void showSidePanel(Node panel) {
        chat = panel;
        if (panel instanceof Region region) {
            region.setMinWidth(0); // the producer's split can fold it away; host mode's slot keeps it wide
        }
        setMode(mode.get());
    }

    /**
     * The show's panels: the producer's full commerce {@code controls} left of the preview, the {@code shelf} under it
     * in both modes; host mode gets its compact countdown and promo controls over the same {@code commerce}, and a
     * Hide all button among its big ones.
     */
    public void dockShowPanels(Node controls, Node shelf, CommerceViewModel commerce) {
        this.shelf = shelf;
        producerControlsSlot.getChildren().setAll(controls);
        if (controls instanceof Region region) {
            producerControlsSlot.setPrefWidth(region.prefWidth(-1));
        }
        HostShowControls hostControls = new HostShowControls(commerce, shortcuts);
        // On a 720-pixel screen the script needs its room: the countdown and promo codes scroll instead.
        ScrollPane controlsScroll = new ScrollPane(hostControls.root());
        controlsScroll.setFitToWidth(true);
        controlsScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        controlsScroll.getStyleClass().add("sidebar-scroll");
        controlsScroll.setMinHeight(90);
        controlsScroll.setPrefViewportHeight(210);
        hostSide.getChildren().add(controlsScroll);
        Button hideAll = bigButton("hide-all", TEXT.text("hide-all"), MaterialDesignE.EYE_OFF);
        hideAll.getStyleClass().add("hide-all-button");
        shortcuts.tooltip(hideAll, () -> TEXT.text("hide-all.tooltip"), ShortcutAction.HIDE_ALL);
        hideAll.setOnAction(event -> commerce.hideAll(CommandSource.WINDOW));
        hostButtons.getChildren().add(2, hideAll);
        setMode(mode.get());
    }

    /**
     * The run-sheet: the producer's editor as a tab; the host's view under the preview in producer mode and on the
     * right in host mode, with a big "next segment" button.
     */
    public void dockRunSheet(Node producer, Node host, HostViewModel hostViewModel) {
        runSheetTab.setContent(producer);
        hostRunSheet = host;
        Button next = Icons.decorate(new Button(), MaterialDesignS.SKIP_NEXT_OUTLINE);
        next.setId("host-next-segment");
        next.getStyleClass().addAll("big-button", "next-segment-button");
        next.textProperty().bind(Bindings.createStringBinding(() -> hostViewModel.nextSegmentProperty().get().isBlank()
                ? TEXT.text("next-segment") : hostViewModel.nextSegmentProperty().get(), hostViewModel.nextSegmentProperty()));
        next.disableProperty().bind(hostViewModel.underWayProperty().not());
        shortcuts.tooltip(next, () -> TEXT.text("next-segment.tooltip"), ShortcutAction.NEXT_SEGMENT);
        next.setOnAction(event -> hostViewModel.send("segment.next", Map.of(), CommandSource.WINDOW));
        next.setMaxWidth(Double.MAX_VALUE);
        next.setFocusTraversable(false);
        hostSide.getChildren().add(1, next);
        shortcuts.onAction(ShortcutAction.NEXT_SEGMENT,
                () -> hostViewModel.send("segment.next", Map.of(), CommandSource.SHORTCUT));
        setMode(mode.get());
    }

    /** Adds a feature's panel to the producer's sidebar, below the others (remote control, ...). */
    public void addSidebarSection(String title, Node content) {
        sections.getChildren().add(section(title, null, content));
    }

    /** The keys: the window's own and, through {@link WindowShortcuts#onShowAction}, the show desk's. */
    public void installShortcuts(Scene scene) {
        shortcuts.install(scene);
    }

    /** Stops the timers and detaches the preview; the view-model closes the engine. */
    public void dispose() {
        meterRefresh.stop();
        clockRefresh.stop();
        shortcuts.uninstall();
        viewModel.attachPreview(null);
    }

    /** The producer's event log, for the clipboard's owner to set. */
    private Consumer<String> clipboard = text -> { };

    public void setClipboard(Consumer<String> clipboard) {
        this.clipboard = Objects.requireNonNull(clipboard);
    }

    // ---- header ----

    private Node header() {
        Label title = new Label(TEXT.text("app.title"));
        title.getStyleClass().add("app-title");
        Label canvas = new Label(TEXT.text("canvas", Integer.toString(viewModel.format().width()),
                Integer.toString(viewModel.format().height()), Integer.toString(viewModel.format().fps()), switch (viewModel.format().orientation()) {
                    case LANDSCAPE -> TEXT.text("orientation.landscape");
                    case PORTRAIT -> TEXT.text("orientation.portrait");
                }));
        canvas.getStyleClass().add("canvas-info");
        canvas.setMinWidth(0);

        ToggleGroup modes = new ToggleGroup();
        ToggleButton host = Icons.decorate(new ToggleButton(TEXT.text("mode.host")), MaterialDesignA.ACCOUNT_VOICE);
        host.setId("mode-host");
        host.setUserData(StudioMode.HOST);
        shortcuts.tooltip(host, () -> TEXT.text("mode.host.tooltip"), ShortcutAction.HOST_MODE);
        ToggleButton producer = Icons.decorate(new ToggleButton(TEXT.text("mode.producer")), MaterialDesignT.TUNE);
        producer.setId("mode-producer");
        producer.setUserData(StudioMode.PRODUCER);
        shortcuts.tooltip(producer, () -> TEXT.text("mode.producer.tooltip"), ShortcutAction.PRODUCER_MODE);
        for (ToggleButton button : new ToggleButton[] {host, producer}) {
            button.setToggleGroup(modes);
            button.setFocusTraversable(false);
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        modes.selectedToggleProperty().addListener((observable, before, after) -> {
            if (after == null) {
                modes.selectToggle(before); // a mode is always on
            } else {
                setMode((StudioMode) after.getUserData());
            }
        });
        mode.addListener((observable, before, after) -> modes.selectToggle(after == StudioMode.HOST ? host : producer));
        HBox modeSwitch = new HBox(host, producer);
        modeSwitch.getStyleClass().addAll("segmented", "mode-switch");

        Label onAir = new Label();
        onAir.setId("on-air-badge");
        onAir.getStyleClass().add("badge");
        onAir.textProperty().bind(Bindings.createStringBinding(() -> switch (viewModel.broadcastStateProperty().get()) {
            case OFF_AIR -> TEXT.text("badge.off-air");
            case STARTING -> TEXT.text("badge.connecting");
            case ON_AIR -> TEXT.text("badge.live", viewModel.onAirTimeProperty().get());
            case STOPPING -> TEXT.text("badge.stopping");
        }, viewModel.broadcastStateProperty(), viewModel.onAirTimeProperty()));
        toggleStyle(onAir, "badge-live", viewModel.broadcastStateProperty().isEqualTo(BroadcastState.ON_AIR));
        onAir.setMinWidth(Region.USE_PREF_SIZE);

        Label recording = new Label();
        recording.setId("rec-badge");
        recording.getStyleClass().addAll("badge", "badge-recording");
        recording.textProperty().bind(Bindings.createStringBinding(() -> TEXT.text("badge.rec",
                viewModel.recordingTimeProperty().get()), viewModel.recordingTimeProperty()));
        recording.visibleProperty().bind(viewModel.recordingStateProperty().isEqualTo(RecordingState.RECORDING));
        recording.managedProperty().bind(recording.visibleProperty());
        recording.setMinWidth(Region.USE_PREF_SIZE);

        clock.setId("clock");
        clock.getStyleClass().add("clock");
        clock.setMinWidth(Region.USE_PREF_SIZE);
        clock.setTooltip(new Tooltip(TEXT.text("clock.tooltip")));

        Button settings = Icons.decorate(new Button(TEXT.text("settings")), MaterialDesignC.COG);
        settings.setId("open-settings");
        settings.setTooltip(new Tooltip(TEXT.text("settings.tooltip")));
        settings.setOnAction(event -> openSettings.run());
        settings.setFocusTraversable(false);
        settings.setMinWidth(Region.USE_PREF_SIZE);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        title.setMinWidth(Region.USE_PREF_SIZE);
        HBox header = new HBox(14, title, modeSwitch, canvas, spacer, recording, onAir, clock, settings);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("header");
        return header;
    }

    private void refreshClock() {
        clock.setText(CLOCK.format(LocalTime.now(ZoneId.systemDefault())));
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

    // ---- producer mode ----

    private void buildProducerMode() {
        previewAndShelf = new SplitPane(producerPreviewSlot, underPreviewTabs());
        previewAndShelf.setOrientation(Orientation.VERTICAL);
        previewAndShelf.setDividerPositions(0.67);
        previewAndShelf.getStyleClass().add("center-split");
        SplitPane.setResizableWithParent(previewAndShelf.getItems().get(1), false);

        SplitPane center = new SplitPane(producerChatSlot, producerControlsSlot, previewAndShelf);
        SplitPane.setResizableWithParent(producerChatSlot, false);
        SplitPane.setResizableWithParent(producerControlsSlot, false);
        center.setMinWidth(0);
        center.getStyleClass().add("center-split");
        // The panels open at their preferred widths (at most half the window): a divider position is a fraction.
        center.widthProperty().addListener(new InvalidationListener() {
            @Override
            public void invalidated(Observable width) {
                double total = center.getWidth();
                if (total > 0) {
                    center.widthProperty().removeListener(this);
                    double controlsShare = producerControlsSlot.prefWidth(-1) / total;
                    // On a small screen the chat starts folded away (its divider at the edge): drag to open.
                    double sideShare = total < SIDE_PANEL_OPEN_FROM_PIXELS || chat == null ? 0
                            : Math.min(0.25, Math.max(HOST_CHAT_WIDTH, chat.prefWidth(-1)) / total);
                    center.setDividerPositions(sideShare, Math.min(0.55, sideShare + controlsShare));
                }
            }
        });

        Tab live = tab(TEXT.text("tab.live"), center, "tab-live", MaterialDesignV.VIDEO);
        EventLogView log = new EventLogView(viewModel.eventLog(), ZoneId.systemDefault(), text -> clipboard.accept(text));
        Tab events = tab(TEXT.text("tab.event-log"), log.root(), "tab-event-log", MaterialDesignH.HISTORY);
        TabPane tabs = new TabPane(live, runSheetTab, events);
        tabs.setId("main-tabs");
        tabs.setMinWidth(0);
        tabs.getStyleClass().add("studio-tabs");

        producerRoot.setId("producer-mode");
        producerRoot.setCenter(tabs);
        producerRoot.setRight(sidebar());
    }

    private Node underPreviewTabs() {
        TabPane under = new TabPane(tab(TEXT.text("tab.products"), producerShelfSlot, "tab-products", MaterialDesignS.SHOPPING),
                tab(TEXT.text("tab.host"), producerHostSlot, "tab-host", MaterialDesignA.ACCOUNT_VOICE));
        under.setId("under-preview-tabs");
        under.setMinSize(0, 0);
        under.getStyleClass().add("studio-tabs");
        // The host's script needs more room than the shelf's tiles: the host tab takes at least half the height.
        under.getSelectionModel().selectedIndexProperty().addListener((observable, before, index) -> {
            if (index.intValue() == 1 && previewAndShelf.getDividerPositions()[0] > HOST_DIVIDER_AT_MOST) {
                previewAndShelf.setDividerPositions(HOST_DIVIDER_AT_MOST);
            }
        });
        return under;
    }

    private static Tab tab(String title, Node content, String id, Ikon glyph) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        tab.setClosable(false);
        tab.setGraphic(Icons.icon(glyph));
        return tab;
    }

    private Node sidebar() {
        sections.getChildren().addAll(sceneSection(), audioSection(), destinationsSection());
        sections.getStyleClass().add("sections");
        ScrollPane scroll = new ScrollPane(sections);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("sidebar-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        HBox actions = new HBox(10, recordButton(), goLiveButton());
        actions.getChildren().forEach(button -> HBox.setHgrow(button, Priority.ALWAYS));
        actions.getStyleClass().add("actions");
        VBox sidebar = new VBox(scroll, actions);
        sidebar.getStyleClass().add("sidebar");
        sidebar.setPrefWidth(390);
        sidebar.setMinWidth(330);
        return sidebar;
    }

    private Node sceneSection() {
        ComboBox<SourceChoice<live.studio.capture.VideoSourceSpec>> main = picker(viewModel.mainVideo(), "main-video");
        ComboBox<SourceChoice<live.studio.capture.VideoSourceSpec>> second = picker(viewModel.secondVideo(), "second-video");
        Label secondHint = hint(TEXT.text("scene.second-hint"));
        Button refresh = new Button(TEXT.text("scene.refresh"));
        refresh.getStyleClass().add("link-button");
        refresh.setOnAction(event -> viewModel.refreshDevices());
        return section(TEXT.text("scene.title"), refresh, labelled(TEXT.text("scene.layout"), layoutPicker()),
                labelled(TEXT.text("scene.main"), main), labelled(TEXT.text("scene.second"), second), secondHint);
    }

    private Node layoutPicker() {
        ToggleGroup group = new ToggleGroup();
        HBox buttons = new HBox();
        buttons.getStyleClass().add("segmented");
        for (Layout layout : Layout.values()) {
            String key = layout.name().toLowerCase(Locale.ROOT).replace('_', '-');
            ToggleButton button = new ToggleButton(switch (layout) {
                case FULL_FRAME -> TEXT.text("layout.full-frame");
                case PICTURE_IN_PICTURE -> TEXT.text("layout.picture-in-picture");
                case SIDE_BY_SIDE -> TEXT.text("layout.side-by-side");
            });
            button.setUserData(layout);
            button.setToggleGroup(group);
            button.setId("layout-" + key);
            button.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(button, Priority.ALWAYS);
            buttons.getChildren().add(button);
        }
        selectToggle(group, viewModel.layoutProperty().get());
        viewModel.layoutProperty().addListener((observable, before, after) -> selectToggle(group, after));
        group.selectedToggleProperty().addListener((observable, before, after) -> {
            if (after == null) {
                group.selectToggle(before); // a layout is always on: clicking the selected one again keeps it
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
        ButtonBase mute = muteButton(false);
        Slider gain = gainSlider();
        HBox.setHgrow(gain, Priority.ALWAYS);
        Label gainText = gainText();
        HBox gainRow = new HBox(10, mute, gain, gainText);
        gainRow.setAlignment(Pos.CENTER_LEFT);
        LevelMeter meter = meter();
        Label levels = levelsText();
        return section(TEXT.text("audio.title"), null, labelled(TEXT.text("audio.source"), source), gainRow, meter, levels);
    }

    private Node destinationsSection() {
        DestinationsView destinations = new DestinationsView(viewModel.destinations());
        // The list is what Go Live streams to: it holds still while on air.
        destinations.lockedProperty().bind(viewModel.broadcastStateProperty().isNotEqualTo(BroadcastState.OFF_AIR));
        return section(TEXT.text("destinations.title"), null, destinations.root());
    }

    // ---- host mode ----

    private void buildHostMode() {
        hostChatSlot.setPrefWidth(HOST_CHAT_WIDTH);
        hostChatSlot.setMinWidth(HOST_CHAT_MIN_WIDTH);
        hostChatSlot.getStyleClass().add("host-chat");

        SplitPane previewAndShelf = new SplitPane(hostPreviewSlot, hostShelfSlot);
        previewAndShelf.setOrientation(Orientation.VERTICAL);
        previewAndShelf.setDividerPositions(0.64);
        previewAndShelf.getStyleClass().add("center-split");
        SplitPane.setResizableWithParent(hostShelfSlot, false);
        previewAndShelf.setMinWidth(0);

        VBox.setVgrow(hostRunSheetSlot, Priority.ALWAYS);
        hostRunSheetSlot.setMinHeight(270);
        hostSide.getChildren().add(hostRunSheetSlot);
        hostSide.getStyleClass().add("host-side");
        hostSide.setPrefWidth(HOST_SIDE_WIDTH);
        hostSide.setMinWidth(300);
        hostSide.setMaxWidth(HOST_SIDE_WIDTH + 80);

        hostRoot.setId("host-mode");
        hostRoot.getStyleClass().add("host-mode");
        hostRoot.setLeft(hostChatSlot);
        hostRoot.setCenter(previewAndShelf);
        hostRoot.setRight(hostSide);
        hostRoot.setBottom(hostControlStrip());
    }

    /** The big buttons, each destination's health and the compact audio meter, across the bottom. */
    private Node hostControlStrip() {
        Button goLive = goLiveButton();
        Button record = recordButton();
        ButtonBase mute = muteButton(true);
        hostButtons.getChildren().addAll(goLive, record, mute);
        for (Node button : hostButtons.getChildren()) {
            ((Region) button).getStyleClass().add("big-button");
        }
        hostButtons.setAlignment(Pos.CENTER_LEFT);
        hostButtons.setMinWidth(Region.USE_PREF_SIZE);

        FlowPane health = new FlowPane(6, 6);
        health.setId("destination-health");
        health.getStyleClass().add("destination-health");
        health.setMinWidth(0);
        health.setPrefWrapLength(300);
        Runnable fillHealth = () -> {
            health.getChildren().clear();
            for (DestinationHealth destination : viewModel.destinationHealth()) {
                health.getChildren().add(chip(destination));
            }
            if (viewModel.destinationHealth().isEmpty()) {
                Label none = new Label(TEXT.text("health.none"));
                none.getStyleClass().add("hint");
                health.getChildren().add(none);
            }
        };
        viewModel.destinationHealth().addListener((ListChangeListener<DestinationHealth>) change -> fillHealth.run());
        fillHealth.run();
        HBox.setHgrow(health, Priority.ALWAYS);

        LevelMeter meter = meter();
        meter.setPrefWidth(160);
        Slider gain = gainSlider();
        gain.setPrefWidth(110);
        Label levels = levelsText();
        VBox audio = new VBox(4, meter, new HBox(6, gain, gainText()), levels);
        audio.getStyleClass().add("host-audio");
        audio.setMinWidth(Region.USE_PREF_SIZE);

        HBox strip = new HBox(16, hostButtons, health, audio);
        strip.setAlignment(Pos.CENTER_LEFT);
        strip.getStyleClass().add("host-strip");
        return strip;
    }

    private static Node chip(DestinationHealth destination) {
        Label name = new Label(destination.name());
        name.getStyleClass().add("chip-name");
        Label state = new Label(destination.state());
        state.getStyleClass().add("chip-state");
        HBox chip = new HBox(6, name, state);
        chip.setAlignment(Pos.CENTER_LEFT);
        chip.getStyleClass().addAll("destination-chip", destination.level().styleClass());
        chip.setId("destination-chip-" + destination.name().replaceAll("[^A-Za-z0-9_-]", "_"));
        return chip;
    }

    // ---- the controls both modes have ----

    private Button goLiveButton() {
        Button goLive = Icons.decorate(new Button(), MaterialDesignB.BROADCAST);
        goLive.setId("go-live");
        goLive.getStyleClass().addAll("action-button", "go-live-button");
        goLive.textProperty().bind(Bindings.createStringBinding(() -> switch (viewModel.broadcastStateProperty().get()) {
            case OFF_AIR -> TEXT.text("go-live");
            case STARTING -> TEXT.text("go-live.connecting");
            case ON_AIR -> TEXT.text("go-live.stop");
            case STOPPING -> TEXT.text("go-live.stopping");
        }, viewModel.broadcastStateProperty()));
        goLive.disableProperty().bind(viewModel.broadcastStateProperty().isEqualTo(BroadcastState.STARTING)
                .or(viewModel.broadcastStateProperty().isEqualTo(BroadcastState.STOPPING)));
        toggleStyle(goLive, "live", viewModel.broadcastStateProperty().isEqualTo(BroadcastState.ON_AIR));
        shortcuts.tooltip(goLive, () -> TEXT.text("go-live.tooltip"), ShortcutAction.GO_LIVE);
        goLive.setOnAction(event -> viewModel.toggleLive(CommandSource.WINDOW));
        goLive.setMaxWidth(Double.MAX_VALUE);
        goLive.setMinWidth(Region.USE_PREF_SIZE);
        goLive.setFocusTraversable(false);
        return goLive;
    }

    private Button recordButton() {
        Button record = Icons.decorate(new Button(), MaterialDesignR.RECORD_CIRCLE);
        record.setId("record");
        record.getStyleClass().addAll("action-button", "record-button");
        record.textProperty().bind(Bindings.createStringBinding(() -> switch (viewModel.recordingStateProperty().get()) {
            case IDLE -> TEXT.text("record");
            case STARTING -> TEXT.text("record.starting");
            case RECORDING -> TEXT.text("record.stop");
            case STOPPING -> TEXT.text("record.saving");
        }, viewModel.recordingStateProperty()));
        record.disableProperty().bind(viewModel.recordingStateProperty().isEqualTo(RecordingState.STARTING)
                .or(viewModel.recordingStateProperty().isEqualTo(RecordingState.STOPPING)));
        toggleStyle(record, "recording", viewModel.recordingStateProperty().isEqualTo(RecordingState.RECORDING));
        shortcuts.tooltip(record, () -> TEXT.text("record.tooltip"), ShortcutAction.RECORD);
        record.setOnAction(event -> viewModel.toggleRecording(CommandSource.WINDOW));
        record.setMaxWidth(Double.MAX_VALUE);
        record.setMinWidth(Region.USE_PREF_SIZE);
        record.setFocusTraversable(false);
        return record;
    }

    /** A toggle that follows the mute state both ways; {@code big} for host mode. */
    private ButtonBase muteButton(boolean big) {
        ToggleButton mute = new ToggleButton();
        mute.setId("mute");
        mute.getStyleClass().add("mute-button");
        mute.setSelected(viewModel.muteStateProperty().get() == MuteState.MUTED);
        mute.selectedProperty().addListener((observable, before, muted) -> {
            if (muted != (viewModel.muteStateProperty().get() == MuteState.MUTED)) {
                viewModel.toggleMute(CommandSource.WINDOW);
            }
        });
        viewModel.muteStateProperty().addListener((observable, before, after) -> mute.setSelected(after == MuteState.MUTED));
        mute.textProperty().bind(Bindings.createStringBinding(
                () -> mute.isSelected() ? TEXT.text("mute.muted") : TEXT.text("mute"), mute.selectedProperty()));
        FontIconBinding.follow(mute, mute.selectedProperty(), MaterialDesignM.MICROPHONE_OFF, MaterialDesignM.MICROPHONE);
        shortcuts.tooltip(mute, () -> TEXT.text("mute.tooltip"), ShortcutAction.MUTE);
        mute.setMinWidth(Region.USE_PREF_SIZE);
        mute.setFocusTraversable(false);
        if (big) {
            mute.setMaxWidth(Double.MAX_VALUE);
        }
        return mute;
    }

    private Button bigButton(String id, String text, Ikon glyph) {
        Button button = Icons.decorate(new Button(text), glyph);
        button.setId(id);
        button.getStyleClass().addAll("action-button", "big-button");
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setFocusTraversable(false);
        return button;
    }

    private Slider gainSlider() {
        Slider gain = new Slider(MainViewModel.MIN_GAIN_DB, MainViewModel.MAX_GAIN_DB, viewModel.gainDbProperty().get());
        gain.setId("gain");
        gain.valueProperty().bindBidirectional(viewModel.gainDbProperty());
        gain.setTooltip(new Tooltip(TEXT.text("gain.tooltip")));
        gain.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                viewModel.gainDbProperty().set(0);
            }
        });
        gain.setFocusTraversable(false);
        return gain;
    }

    private Label gainText() {
        Label gainText = new Label();
        gainText.getStyleClass().add("gain-text");
        gainText.textProperty().bind(Bindings.createStringBinding(
                () -> String.format(Messages.locale(), "%+.1f dB", viewModel.gainDbProperty().get()), viewModel.gainDbProperty()));
        gainText.setMinWidth(64);
        return gainText;
    }

    private LevelMeter meter() {
        LevelMeter meter = new LevelMeter();
        meter.setId("level-meter");
        meter.peakDbfsProperty().bind(viewModel.audioPeakDbfsProperty());
        meter.rmsDbfsProperty().bind(viewModel.audioRmsDbfsProperty());
        return meter;
    }

    private Label levelsText() {
        Label levels = new Label();
        levels.setId("level-text");
        levels.getStyleClass().add("meter-text");
        levels.textProperty().bind(Bindings.createStringBinding(() -> TEXT.text("audio.levels",
                        dbfs(viewModel.audioPeakDbfsProperty().get()), dbfs(viewModel.audioRmsDbfsProperty().get())),
                viewModel.audioPeakDbfsProperty(), viewModel.audioRmsDbfsProperty()));
        return levels;
    }

    private static String dbfs(double level) {
        return level <= LevelMeter.FLOOR_DBFS ? "-∞" : String.format(Locale.ROOT, "%.0f dBFS", level);
    }

    // ---- stats bar ----

    private Node statusBar() {
        Label fps = stat("stats-fps", MaterialDesignF.FILM, TEXT.text("stats.fps.tooltip"));
        Label dropped = stat("stats-dropped", MaterialDesignA.ALERT_OCTAGON_OUTLINE, TEXT.text("stats.dropped.tooltip"));
        Label cpu = stat("stats-cpu", MaterialDesignC.CHIP, TEXT.text("stats.cpu.tooltip"));
        Label bitrate = stat("stats-bitrate", MaterialDesignU.UPLOAD_NETWORK_OUTLINE, TEXT.text("stats.bitrate.tooltip"));
        Label congestion = stat("stats-congestion", MaterialDesignS.SPEEDOMETER, TEXT.text("stats.congestion.tooltip"));
        Runnable fill = () -> {
            LiveStats stats = viewModel.liveStatsProperty().get();
            if (stats == null) {
                for (Label label : new Label[] {fps, dropped, cpu, bitrate, congestion}) {
                    label.setText("–");
                }
                return;
            }
            show(fps, TEXT.text("stats.fps", stats.framesText()), stats.framesLevel());
            show(dropped, TEXT.text("stats.dropped", Long.toString(stats.droppedFrames())), stats.droppedLevel());
            show(cpu, TEXT.text("stats.cpu", stats.cpuText()), stats.cpuLevel());
            show(bitrate, TEXT.text("stats.bitrate", stats.bitrateText()), StatLevel.OK);
            show(congestion, TEXT.text("stats.congestion", stats.congestionText()), stats.congestionLevel());
        };
        viewModel.liveStatsProperty().addListener((observable, before, after) -> fill.run());
        fill.run();
        HBox figures = new HBox(14, fps, dropped, cpu, bitrate, congestion);
        figures.setAlignment(Pos.CENTER_LEFT);
        figures.setMinWidth(Region.USE_PREF_SIZE);

        Label engine = new Label();
        engine.setId("status-engine");
        engine.getStyleClass().add("status-engine");
        engine.textProperty().bind(viewModel.engineStatusProperty());
        engine.setMinWidth(0);
        Label outputs = new Label();
        outputs.setId("status-outputs");
        outputs.getStyleClass().add("status-outputs");
        outputs.textProperty().bind(viewModel.outputsStatusProperty());
        outputs.setMinWidth(0);
        outputs.setMaxWidth(Double.MAX_VALUE);
        outputs.setAlignment(Pos.CENTER_RIGHT);
        Tooltip outputsTip = new Tooltip();
        outputsTip.textProperty().bind(viewModel.outputsStatusProperty());
        outputs.setTooltip(outputsTip);
        Tooltip engineTip = new Tooltip();
        engineTip.textProperty().bind(viewModel.engineStatusProperty());
        engine.setTooltip(engineTip);
        HBox.setHgrow(outputs, Priority.ALWAYS);
        HBox bar = new HBox(20, figures, engine, outputs);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private static Label stat(String id, Ikon glyph, String tooltip) {
        Label label = Icons.decorate(new Label("–"), glyph);
        label.setId(id);
        label.getStyleClass().addAll("stat", StatLevel.OK.styleClass());
        label.setTooltip(new Tooltip(tooltip));
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static void show(Label label, String text, StatLevel level) {
        label.setText(text);
        for (StatLevel each : StatLevel.values()) {
            label.getStyleClass().remove(each.styleClass());
        }
        label.getStyleClass().add(level.styleClass());
    }

    // ---- shared pieces ----

    private static <S> ComboBox<SourceChoice<S>> picker(SourcePicker<S> picker, String id) {
        ComboBox<SourceChoice<S>> box = new ComboBox<>(picker.choices());
        box.setId(id);
        box.valueProperty().bindBidirectional(picker.selectedProperty());
        box.setMaxWidth(Double.MAX_VALUE);
        box.setVisibleRowCount(12);
        box.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(SourceChoice<S> choice) {
                return SourceChoices.displayName(choice);
            }

            @Override
            public SourceChoice<S> fromString(String text) {
                return null;
            }
        });
        return box;
    }

    private static Node section(String title, Node headerExtra, Node... content) {
        Label heading = new Label(title.toUpperCase(Messages.locale()));
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

    /** An icon that changes with a state (the microphone crossed out while muted). */
    private static final class FontIconBinding {
        private FontIconBinding() {
        }

        static void follow(javafx.scene.control.Labeled control, javafx.beans.value.ObservableBooleanValue state,
                           Ikon whenTrue, Ikon whenFalse) {
            Runnable apply = () -> Icons.decorate(control, state.get() ? whenTrue : whenFalse);
            state.addListener((observable, before, after) -> apply.run());
            apply.run();
        }
    }
}
