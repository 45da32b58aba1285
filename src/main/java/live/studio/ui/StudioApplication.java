package live.studio.ui;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;
import live.studio.chat.ChatService;
import live.studio.chat.ChatSettings;
import live.studio.chat.PinTarget;
import live.studio.chat.ProductMatcher;
import live.studio.engine.LiveEngine;
import live.studio.ui.chat.ChatFeedViewModel;
import live.studio.ui.chat.ChatView;
import live.studio.ui.common.FileKind;
import live.studio.ui.common.UiThread;
import live.studio.ui.main.MainView;
import live.studio.ui.main.MainViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The studio window's application: builds the engine, the view-model and the view, and on close stops every output
 * (the recording finished) before JavaFX exits.
 */
public final class StudioApplication extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(StudioApplication.class);
    private static final AtomicReference<StudioEnvironment> LAUNCH_ENVIRONMENT = new AtomicReference<>();
    private static final long ENGINE_CALLS_DRAIN_SECONDS = 20;

    private final StudioEnvironment environment;
    private ExecutorService engineCalls;
    private MainViewModel viewModel;
    private MainView view;
    private ChatService chatService;
    private ChatFeedViewModel chat;
    private ChatView chatView;
    private Stage stage;
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
        LiveEngine engine = new LiveEngine(environment.format(), environment.encoderSettings(), environment.sourceFactory());
        engineCalls = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("engine-calls").daemon().factory());
        UiThread uiThread = UiThread.javafx();
        viewModel = new MainViewModel(engine, uiThread, engineCalls, environment.devices(), this::chooseFile,
                environment.recordingsFolder(), Clock.systemDefaultZone());
        view = new MainView(viewModel, uiThread);
        chatService = ChatService.create(chatSettings(), ProductMatcher.NONE);
        // The show controller will take pinned comments on air (comment.pin / comment.unpin); until then, NOWHERE.
        chat = new ChatFeedViewModel(chatService, PinTarget.NOWHERE, uiThread);
        chatView = new ChatView(chat);
        view.showSidePanel(chatView.root());

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(view.root(), Math.min(1600, screen.getWidth()), Math.min(900, screen.getHeight()));
        scene.getStylesheets().add(Objects.requireNonNull(StudioApplication.class.getResource("studio.css")).toExternalForm());
        view.installShortcuts(scene);
        stage.setScene(scene);
        stage.setTitle("Live Studio");
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        stage.show();
        // SIGTERM or a logout ends the JVM without closing the window: the recording must still be finished.
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        viewModel.start();
    }

    /** The chat panel's view-model (benchmarks and tests add sources and read the feed through it). */
    public ChatFeedViewModel chat() {
        return chat;
    }

    /** The window is gone: finish what runs (the recording's file, each stream's end), then let JavaFX exit. */
    @Override
    public void stop() {
        if (view != null) {
            view.dispose();
        }
        if (chat != null) {
            chatView.dispose();
            chat.close();
            chatService.close();
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
            viewModel.close();
        }
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
        chooser.setTitle("Choose a " + (kind == FileKind.IMAGE ? "picture" : "media file"));
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter(kind.description(), kind.patterns()),
                new FileChooser.ExtensionFilter("All files", List.of("*")));
        return Optional.ofNullable(chooser.showOpenDialog(stage)).map(java.io.File::toPath);
    }
}
