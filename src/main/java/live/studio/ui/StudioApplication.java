package live.studio.ui;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import live.studio.catalog.Catalog;
import live.studio.control.ProgramMonitor;
import live.studio.engine.LiveEngine;
import live.studio.overlay.Canvas;
import live.studio.show.ShowRuntime;
import live.studio.show.ShowTime;
import live.studio.ui.commerce.ShortcutFile;
import live.studio.ui.control.ApiPanel;
import live.studio.ui.control.ApiPanelViewModel;
import live.studio.ui.control.WindowProgramActions;
import live.studio.chat.ChatService;
import live.studio.chat.ChatSettings;
import live.studio.control.ChatLinks;
import live.studio.ui.chat.ChatFeedViewModel;
import live.studio.ui.chat.ChatView;
import live.studio.ui.common.FileKind;
import live.studio.ui.common.Notice;
import live.studio.ui.common.UiThread;
import live.studio.ui.commerce.ShortcutAction;
import live.studio.ui.common.Messages;
import live.studio.ui.main.ChatQuestions;
import live.studio.ui.main.MainView;
import live.studio.ui.main.ShowEventText;
import live.studio.ui.main.MainViewModel;
import live.studio.show.file.ShowFileWriter;
import live.studio.show.runsheet.CueEngine;
import live.studio.show.runsheet.RunSheet;
import live.studio.show.runsheet.RunState;
import live.studio.show.runsheet.RunStateFile;
import live.studio.show.runsheet.RunStateStore;
import live.studio.show.runsheet.Staffing;
import live.studio.ui.commerce.ShowActions;
import live.studio.ui.runsheet.CueEngineRunSheet;
import live.studio.ui.runsheet.ProducerView;
import live.studio.ui.runsheet.ProducerViewModel;
import live.studio.ui.runsheet.RunSheetDesk;
import live.studio.ui.runsheet.ResumeOffer;
import live.studio.ui.runsheet.ShowOpening;
import live.studio.ui.settings.SettingsWindow;
import live.studio.ui.shelf.CatalogOpening;
import live.studio.ui.shelf.ShowDesk;
import live.studio.ui.shelf.ShowDeskView;
import live.studio.ui.shelf.ThumbnailLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The studio window's application: builds the engine and the show beside it (controller and graphics), the
 * view-models and the views, and on close stops the show and every output (the recording finished) before JavaFX exits.
 */
public final class StudioApplication extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(StudioApplication.class);
    private static final Messages TEXT = Messages.of(StudioApplication.class);
    private static final AtomicReference<StudioEnvironment> LAUNCH_ENVIRONMENT = new AtomicReference<>();
    private static final long ENGINE_CALLS_DRAIN_SECONDS = 20;

    private final StudioEnvironment environment;
    private ExecutorService engineCalls;
    private ExecutorService destinationKeeperCalls;
    private LiveEngine engine;
    private MainViewModel viewModel;
    private MainView view;
    private ApiPanelViewModel apiPanel;
    private ShowRuntime show;
    private ThumbnailLoader thumbnails;
    private ShowDesk showDesk;
    private ShowDeskView showDeskView;
    private CueEngine cueEngine;
    private RunStateFile runState;
    private RunSheetDesk runSheet;
    private ChatService chatService;
    private ChatFeedViewModel chat;
    private ChatView chatView;
    private Stage stage;
    private SettingsWindow settingsWindow;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();
    private final Thread shutdownHook = Thread.ofPlatform().name("shutdown").unstarted(this::closeEngine);

    /** For {@link Application#launch}, which needs a no-argument constructor: takes what {@link #launch} was given. */
    public StudioApplication() {
        this(Objects.requireNonNull(LAUNCH_ENVIRONMENT.get(), "start the window with StudioApplication.launch(environment)"));
    }

    public StudioApplication(StudioEnvironment environment) {
        this.environment = Objects.requireNonNull(environment);
    }

    /** Opens the window and returns when it has been closed and everything has stopped. */
    public static void launch(StudioEnvironment environment) {
        LAUNCH_ENVIRONMENT.set(environment);
        Application.launch(StudioApplication.class);
    }

    @Override
    public void start(Stage primaryStage) {
        stage = primaryStage;
        live.studio.preflight.VideoSignalProbe videoSignals = new live.studio.preflight.VideoSignalProbe(); // pre-flight: camera signal
        LiveEngine engine = new LiveEngine(environment.format(), environment.encoderSettings(), videoSignals.watch(environment.sourceFactory()));
        this.engine = engine;
        engineCalls = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("engine-calls").daemon().factory());
        UiThread uiThread = UiThread.javafx();
        viewModel = new MainViewModel(engine, uiThread, engineCalls, environment.devices(), this::chooseFile,
                environment.recordingsFolder(), Clock.systemDefaultZone());
        ShortcutFile.Loaded shortcuts = ShortcutFile.load(environment.settingsFolder());
        view = new MainView(viewModel, uiThread, shortcuts.shortcuts());
        view.setClipboard(text -> Clipboard.getSystemClipboard().setContent(java.util.Map.of(DataFormat.PLAIN_TEXT, text)));
        // Saved destinations come back with their keys from the keychain, read on their own thread (D-Bus may be slow).
        destinationKeeperCalls = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("destination-keeper").daemon().factory());
        viewModel.destinations().connect(environment.destinationKeeper(), destinationKeeperCalls, uiThread);

        // The show starts empty and the catalog arrives from its own thread: a large or broken file never delays the window.
        Locale locale = Locale.getDefault(Locale.Category.FORMAT);
        show = ShowRuntime.start(Catalog.empty(), environment.overlayRenderers().apply(
                new Canvas(environment.format().width(), environment.format().height())), engine.clock(), locale,
                engine::setOverlays);
        // Chat: #12 and product names are matched against the catalog on air; a pinned message goes on air.
        chatService = ChatService.create(chatSettings(), ChatLinks.products(show.controller()));
        chat = new ChatFeedViewModel(chatService, ChatLinks.pinOnAir(show.controller()), uiThread);
        show.controller().setChatMessages(ChatLinks.messages(chatService.feed()));
        chatView = new ChatView(chat);
        view.showSidePanel(chatView.root());
        // Remote control drives the same show as the window's keys and buttons, and reads the same chat.
        show.controller().setProgramActions(new WindowProgramActions(viewModel, uiThread));
        apiPanel = new ApiPanelViewModel(show.controller(), ProgramMonitor.of(engine));
        apiPanel.setChatHistory(ChatLinks.history(chatService.feed()));
        ChatLinks.streamTo(chatService.feed(), apiPanel::server);
        // the API as the operator left it (started now when it was on), each change saved
        live.studio.ui.settings.ApiPreferencesLink.connect(apiPanel, environment.preferences());
        view.addSidebarSection(TEXT.text("section.remote-control"), new ApiPanel(apiPanel, text -> Clipboard.getSystemClipboard()
                .setContent(java.util.Map.of(DataFormat.PLAIN_TEXT, text))));
        thumbnails = ThumbnailLoader.start(uiThread);
        showDesk = new ShowDesk(show.controller(), ShowTime.of(engine.clock()), uiThread, thumbnails,
                shortcuts.shortcuts(), locale, ZoneId.systemDefault());
        showDeskView = new ShowDeskView(showDesk);
        view.dockShowPanels(showDeskView.controls(), showDeskView.shelf(), showDesk.commerce());
        // Every command the show runs, whoever sent it, goes to the producer's event log.
        show.controller().subscribe(event -> ShowEventText.entry(event).ifPresent(viewModel.eventLog()::add));
        view.shortcuts().onShowAction(showDesk::perform);
        view.shortcuts().onAction(ShortcutAction.PIN_QUESTION, () -> ChatQuestions.pinOldestOpen(chat));

        // The run-sheet: the cue engine beside the controller (cue.go, segment.next ... reach it as commands), the
        // producer's and the host's views over it. The show file arrives from its own thread, like the catalog.
        Optional<java.nio.file.Path> showFile = environment.showFile();
        String showName = showFile.map(java.nio.file.Path::toString).orElse("");
        // Read before the engine saves anything: its first change replaces the file.
        Optional<RunState> interruptedRun = showFile.isEmpty() || environment.settingsFolder().isEmpty()
                ? Optional.empty()
                : ResumeOffer.interruptedRun(environment.settingsFolder().get().resolve(RunStateFile.FILE_NAME), showName,
                        viewModel.notifications()::post);
        cueEngine = CueEngine.attach(show.controller(), ShowTime.of(engine.clock()), RunSheet.empty(), Staffing.OPERATOR,
                runStateStore(), showName);
        Optional<ProducerViewModel.RunSheetSaver> saver = showFile.map(file -> edited -> {
            ShowFileWriter.saveRunSheet(file, edited);
            return file;
        });
        runSheet = new RunSheetDesk(new CueEngineRunSheet(cueEngine), new ShowActions(show.controller()), saver,
                runSheetFiles());
        view.dockRunSheet(runSheet.producerView(), runSheet.hostView(), runSheet.host());
        // Go Live opens the pre-flight check first; the streams start when the operator confirms there.
        viewModel.setGoLiveGate(new live.studio.ui.preflight.PreflightGate(() -> stage, viewModel.destinations(),
                new live.studio.ui.preflight.PreflightInputs(engine, videoSignals, () -> viewModel.audio().activeProperty().get() == null
                        ? null : viewModel.audio().activeProperty().get().spec(), environment.encoderSettings(),
                        environment.recordingsFolder(), () -> cueEngine.runSheet().plannedDuration()), uiThread));
        // The space bar's refusal ("no cue waits for go") shows where the host looks.
        showDesk.onNextCue(source -> runSheet.host().goNextCue(source));

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(view.root(), Math.min(1600, screen.getWidth()), Math.min(900, screen.getHeight()));
        scene.getStylesheets().add(Objects.requireNonNull(StudioApplication.class.getResource("studio.css")).toExternalForm());
        view.installShortcuts(scene);
        environment.preferences().preferences().theme().applyTo(scene);
        // The window opens in the mode it was left in (the settings keep it); every switch is saved.
        view.rememberModeIn(live.studio.ui.main.ModeMemory.of(environment.preferences()));
        runSheet.installShortcuts(scene);
        stage.setScene(scene);
        stage.setTitle(TEXT.text("window.title"));
        stage.getIcons().setAll(windowIcons());
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        stage.show();
        settingsWindow = new SettingsWindow(stage, new SettingsWindow.Parts(environment.preferences(), viewModel.destinations(),
                List.of(viewModel.mainVideo(), viewModel.secondVideo(), viewModel.audio()), apiPanel,
                text -> Clipboard.getSystemClipboard().setContent(java.util.Map.of(DataFormat.PLAIN_TEXT, text)),
                shortcuts.shortcuts(), environment.settingsFolder(), environment.format(), environment.encoderSettings(),
                // a changed key works at once, and the tooltips say so
                Optional.of(map -> view.shortcuts().currentProperty().set(map))));
        view.setOnOpenSettings(this::openSettings);
        // Ctrl+, (Cmd+, on macOS) opens the settings, as in most desktop applications
        scene.getAccelerators().put(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.COMMA,
                javafx.scene.input.KeyCombination.SHORTCUT_DOWN), this::openSettings);
        environment.preferences().problems().forEach(problem -> viewModel.notifications().post(Notice.warning(problem)));
        // Nothing typed-into holds the focus at the start (the shelf's search field would): the show's keys work at once.
        view.root().requestFocus();
        // SIGTERM or a logout ends the JVM without closing the window: the recording must still be finished.
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        viewModel.start();
        showDesk.start();
        if (!shortcuts.problems().isEmpty()) {
            viewModel.notifications().post(Notice.warning(TEXT.text("notice.shortcuts", String.join("\n", shortcuts.problems()))));
        }
        Runnable openCatalog = () -> CatalogOpening.open(environment.catalogFile(), show.controller(), uiThread,
                viewModel.notifications()::post);
        if (showFile.isPresent()) {
            ShowOpening.open(showFile.get(), show.controller(), cueEngine, uiThread, viewModel.notifications()::post,
                    openCatalog, () -> interruptedRun.ifPresent(saved -> uiThread.execute(() ->
                            ResumeOffer.ask(saved, cueEngine, stage, viewModel.notifications()::post,
                                    // the operator's choice is kept: the next start does not ask again
                                    () -> runState.save(cueEngine.persisted())))));
        } else {
            openCatalog.run();
        }
    }

    /** Opens the settings window (or brings it to the front): the header's settings button calls this. */
    public void openSettings() {
        settingsWindow.open();
    }

    /** The settings window, for tests. */
    SettingsWindow settingsWindow() {
        return settingsWindow;
    }

    /** The window's view-model, for tests that press its buttons without a robot (fault tests, benchmarks). */
    MainViewModel mainViewModel() {
        return viewModel;
    }

    /** The window's engine, for tests that watch its outputs' states as they change. */
    LiveEngine engine() {
        return engine;
    }

    /** The show the window drives, for tests that send commands as the API would. */
    ShowRuntime show() {
        return show;
    }

    /** The window's view (its mode, its keys), for tests. */
    MainView mainView() {
        return view;
    }

    /** The run-sheet's views, for tests. */
    RunSheetDesk runSheet() {
        return runSheet;
    }

    /** The cue engine, for tests. */
    CueEngine cueEngine() {
        return cueEngine;
    }

    /** The run state beside the settings (a resume after a crash); none without a settings folder. */
    private RunStateStore runStateStore() {
        if (environment.settingsFolder().isEmpty()) {
            return RunStateStore.none();
        }
        runState = RunStateFile.open(environment.settingsFolder().get().resolve(RunStateFile.FILE_NAME));
        return runState;
    }

    private ProducerView.FileChooser runSheetFiles() {
        return new ProducerView.FileChooser() {
            @Override
            public Optional<java.nio.file.Path> open(String title) {
                FileChooser chooser = csvChooser(title);
                return Optional.ofNullable(chooser.showOpenDialog(stage)).map(java.io.File::toPath);
            }

            @Override
            public Optional<java.nio.file.Path> save(String title, String suggestedName) {
                FileChooser chooser = csvChooser(title);
                chooser.setInitialFileName(suggestedName);
                return Optional.ofNullable(chooser.showSaveDialog(stage)).map(java.io.File::toPath);
            }
        };
    }

    private static FileChooser csvChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter(TEXT.text("files.csv"), List.of("*.csv")),
                new FileChooser.ExtensionFilter(TEXT.text("files.all"), List.of("*")));
        return chooser;
    }

    /** The chat panel's view-model (benchmarks and tests add sources and read the feed through it). */
    public ChatFeedViewModel chat() {
        return chat;
    }

    /** The window is gone: finish what runs (the recording's file, each stream's end), then let JavaFX exit. */
    @Override
    public void stop() {
        if (settingsWindow != null) {
            settingsWindow.dispose();
        }
        if (apiPanel != null) {
            apiPanel.close();
        }
        if (showDeskView != null) {
            showDeskView.dispose();
        }
        if (showDesk != null) {
            showDesk.close();
        }
        if (runSheet != null) {
            runSheet.dispose();
        }
        if (view != null) {
            view.dispose();
        }
        if (chat != null) {
            chatView.dispose();
            chat.close();
            chatService.close();
        }
        if (destinationKeeperCalls != null) {
            // lets a key being saved finish (daemon thread: a keychain that hangs does not keep the process alive)
            destinationKeeperCalls.shutdown();
        }
        if (engineCalls != null) {
            engineCalls.shutdown();
            try {
                if (!engineCalls.awaitTermination(ENGINE_CALLS_DRAIN_SECONDS, TimeUnit.SECONDS)) {
                    LOG.warn("an engine call still runs after {} s; closing the engine anyway", ENGINE_CALLS_DRAIN_SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        closeEngine();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException | IllegalArgumentException alreadyShuttingDownOrNeverAdded) {
            // nothing to undo
        }
    }

    private void closeEngine() {
        if (viewModel != null && closed.compareAndSet(false, true)) {
            // The run-sheet stops firing cues before the show it drives, and its last run state is written.
            if (cueEngine != null) {
                cueEngine.close();
            }
            if (runState != null) {
                runState.close();
            }
            // The graphics stop before the engine they are drawn into.
            if (show != null) {
                show.close();
            }
            if (thumbnails != null) {
                thumbnails.close();
            }
            viewModel.close();
        }
    }

    /**
     * The studio's icon at every size (assets/icons, packed into the jar by the build) for the task bar and the window
     * switcher; the window system picks the size it needs.
     */
    private static List<Image> windowIcons() {
        return java.util.stream.IntStream.of(16, 24, 32, 48, 64, 128, 256, 512)
                .mapToObj(size -> StudioApplication.class.getResource("icons/studio-" + size + ".png"))
                .filter(Objects::nonNull)
                .map(url -> new Image(url.toExternalForm()))
                .toList();
    }

    /** Tokens and keys from the environment; a malformed setting is logged and chat reads anonymously. */
    private static ChatSettings chatSettings() {
        try {
            return ChatSettings.fromEnvironment(System.getenv());
        } catch (IllegalArgumentException e) {
            LOG.warn("chat settings: {}; reading chat without credentials", e.getMessage());
            return ChatSettings.readOnly();
        }
    }

    private Optional<java.nio.file.Path> chooseFile(FileKind kind) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(kind == FileKind.IMAGE ? TEXT.text("files.choose-picture") : TEXT.text("files.choose-media"));
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter(kind.description(), kind.patterns()),
                new FileChooser.ExtensionFilter(TEXT.text("files.all"), List.of("*")));
        return Optional.ofNullable(chooser.showOpenDialog(stage)).map(java.io.File::toPath);
    }
}
