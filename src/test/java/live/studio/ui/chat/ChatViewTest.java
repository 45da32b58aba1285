package live.studio.ui.chat;

import static live.studio.ui.FxWait.onFx;
import static live.studio.ui.FxWait.pollFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import live.studio.chat.ChatMessage;
import live.studio.chat.ChatService;
import live.studio.chat.ChatSettings;
import live.studio.chat.ChatSource;
import live.studio.chat.FeedMessage;
import live.studio.chat.HandFedConnector;
import live.studio.chat.PinTarget;
import live.studio.chat.Platform;
import live.studio.chat.ProductMatcher;
import live.studio.chat.SendCapability;
import live.studio.ui.StudioApplication;
import live.studio.ui.common.UiThread;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The chat panel on JavaFX's headless platform, fed from connector threads: newest at the bottom and followed,
 * virtualised (a few dozen cells for any number of messages), paused while the pointer is over it, the pin button and
 * the P key putting a message on air, platform filters, and text shown as text.
 */
class ChatViewTest extends FxRobot {

    static {
        // As in StudioWindowTest: the platform's own headless glass runs these tests, not Monocle.
        System.setProperty("testfx.headless", "false");
    }

    private final HandFedConnector twitch = new HandFedConnector("twitch:shop", Platform.TWITCH, SendCapability.READ_ONLY);
    private final HandFedConnector irc = new HandFedConnector("irc://127.0.0.1:6667/#shop", Platform.IRC, SendCapability.READ_ONLY);
    private final List<String> onAir = new CopyOnWriteArrayList<>();
    private ChatService service;
    private ChatFeedViewModel viewModel;
    private Stage stage;

    @BeforeEach
    void openPanel() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        Map<Platform, HandFedConnector> connectors = Map.of(Platform.TWITCH, twitch, Platform.IRC, irc);
        service = new ChatService(ChatSettings.readOnly(), ProductMatcher.NONE, 100_000,
                (source, settings) -> connectors.get(source.platform()), InstantSource.system());
        PinTarget pinTarget = new PinTarget() {
            @Override
            public void pin(ChatMessage message) {
                onAir.add(message.author().displayName() + ": " + message.text());
            }

            @Override
            public void unpin() {
                onAir.add("(nothing)");
            }
        };
        FxToolkit.setupStage(window -> {
            viewModel = new ChatFeedViewModel(service, pinTarget, UiThread.javafx());
            ChatView view = new ChatView(viewModel);
            Scene scene = new Scene((javafx.scene.Parent) view.root(), 420, 900);
            scene.getStylesheets().add(Objects.requireNonNull(StudioApplication.class.getResource("studio.css")).toExternalForm());
            window.setScene(scene);
            window.show();
        });
        service.connect(ChatSource.parse(twitch.label()));
        service.connect(ChatSource.parse(irc.label()));
    }

    @AfterEach
    void closePanel() throws Exception {
        FxToolkit.cleanupStages();
        if (viewModel != null) {
            viewModel.close();
        }
        service.close();
    }

    private void flood(HandFedConnector connector, String author, int count, String prefix) throws InterruptedException {
        Thread thread = Thread.ofPlatform().start(() -> {
            for (int index = 0; index < count; index++) {
                connector.say(author, prefix + index);
            }
        });
        thread.join();
    }

    private String lastVisibleText() {
        return onFx(() -> {
            VirtualFlow<?> flow = (VirtualFlow<?>) lookup("#chat-feed .virtual-flow").query();
            IndexedCell<?> last = flow.getLastVisibleCell();
            return last instanceof ListCell<?> cell && cell.getItem() instanceof FeedMessage message ? message.message().text() : "";
        });
    }

    @Test
    void newestIsAtTheBottomAndFollowed() throws Exception {
        flood(twitch, "ann", 200, "message ");
        pollFor(() -> onFx(() -> viewModel.visibleMessages().size()), size -> size == 200, "200 messages listed");
        pollFor(this::lastVisibleText, text -> text.equals("message 199"), "the newest message in view at the bottom");
        flood(irc, "bob", 50, "more ");
        pollFor(this::lastVisibleText, text -> text.equals("more 49"), "still following");
    }

    @Test
    void tensOfThousandsOfMessagesUseAFewDozenCells() throws Exception {
        flood(twitch, "ann", 20_000, "flood ");
        pollFor(() -> onFx(() -> viewModel.visibleMessages().isEmpty() ? "" : viewModel.visibleMessages().getLast().message().text()),
                text -> text.equals("flood 19999"), "the last message listed");
        assertThat(onFx(() -> viewModel.allMessages().size())).isEqualTo(ChatFeedViewModel.BACKING_STORE);
        int cells = onFx(() -> lookup(".chat-cell").queryAll().size());
        assertThat(cells).as("cells in the scene").isBetween(1, 120);
    }

    @Test
    void thePinButtonAndThePKeyPutAMessageOnAirAndTakeItOff() throws Exception {
        flood(twitch, "Ann", 3, "question ");
        pollFor(this::lastVisibleText, text -> text.equals("question 2"), "listed");
        javafx.scene.text.Text pin = onFx(() -> lookup(".chat-pin").queryAllAs(javafx.scene.text.Text.class).stream()
                .filter(control -> control.getParent().getParent() instanceof ChatCell cell && cell.getItem() != null
                        && cell.getItem().message().text().equals("question 1")).findFirst().orElseThrow());
        clickOn(pin);
        pollFor(() -> List.copyOf(onAir), air -> air.equals(List.of("Ann: question 1")), "pinned by the button");
        pollFor(() -> onFx(() -> lookup("#chat-pinned").queryAs(Label.class).getText()),
                text -> text.equals("On screen: Ann: question 1"), "the pinned bar");
        clickOn("#chat-unpin");
        pollFor(() -> List.copyOf(onAir), air -> air.size() == 2 && air.get(1).equals("(nothing)"), "unpinned");

        interact(() -> lookup("#chat-feed").queryListView().getSelectionModel().select(0));
        clickOn("#chat-feed");
        interact(() -> lookup("#chat-feed").queryListView().getSelectionModel().select(0));
        type(KeyCode.P);
        pollFor(() -> List.copyOf(onAir), air -> air.size() == 3 && air.get(2).equals("Ann: question 0"), "pinned by the key");
        type(KeyCode.P);
        pollFor(() -> List.copyOf(onAir), air -> air.size() == 4 && air.get(3).equals("(nothing)"), "the key again takes it off");
    }

    @Test
    void hoveringPausesAutoscrollAndLeavingResumesIt() throws Exception {
        flood(twitch, "ann", 100, "before ");
        pollFor(this::lastVisibleText, text -> text.equals("before 99"), "following");
        moveTo("#chat-feed");
        pollFor(() -> onFx(() -> viewModel.autoscrollProperty().get()), state -> state == AutoscrollState.PAUSED_HOVER, "paused");
        flood(twitch, "ann", 100, "during ");
        pollFor(() -> onFx(() -> viewModel.unseenProperty().get()), unseen -> unseen == 100, "counted as unseen");
        assertThat(lastVisibleText()).as("the view held still").isEqualTo("before 99");
        assertThat(onFx(() -> lookup("#chat-newest").query().isVisible())).isTrue();
        moveTo("#chat-source");
        pollFor(() -> onFx(() -> viewModel.autoscrollProperty().get()), state -> state == AutoscrollState.FOLLOWING, "resumed");
        pollFor(this::lastVisibleText, text -> text.equals("during 99"), "back at the newest");
    }

    @Test
    void platformFiltersAndTextShownAsText() throws Exception {
        twitch.say("ann", "<b>not bold</b> & <script>x</script>");
        irc.say("bob", "from irc");
        pollFor(() -> onFx(() -> viewModel.visibleMessages().size()), size -> size == 2, "both listed");
        pollFor(() -> onFx(() -> lookup(".chat-text").queryAllAs(javafx.scene.text.Text.class).stream().map(javafx.scene.text.Text::getText).toList()),
                texts -> texts.contains("<b>not bold</b> & <script>x</script>"), "the markup shown as text");
        clickOn("#chat-filter-irc");
        pollFor(() -> onFx(() -> viewModel.visibleMessages().stream().map(m -> m.message().text()).toList()),
                texts -> texts.equals(List.of("<b>not bold</b> & <script>x</script>")), "IRC filtered out");
        clickOn("#chat-filter-irc");
        pollFor(() -> onFx(() -> viewModel.visibleMessages().size()), size -> size == 2, "IRC back");
    }

    @Test
    void aSourceTypedIntoThePanelIsCheckedFirst() throws Exception {
        clickOn("#chat-source").write("kick:someone");
        clickOn("#chat-connect");
        pollFor(() -> onFx(() -> lookup("#chat-source-problem").queryAs(Label.class).getText()),
                text -> text.contains("twitch:CHANNEL"), "the accepted forms");
        pollFor(() -> onFx(() -> lookup("#chat-connectors").queryAs(javafx.scene.layout.VBox.class).getChildren().size()),
                rows -> rows == 2, "one health row per chat read, the refused source not among them");
    }


}
