package live.studio.ui.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import live.studio.chat.ChatMessage;
import live.studio.chat.ChatService;
import live.studio.chat.ChatSettings;
import live.studio.chat.ChatSource;
import live.studio.chat.FeedMessage;
import live.studio.chat.HandFedConnector;
import live.studio.chat.ModerationEvent;
import live.studio.chat.PinTarget;
import live.studio.chat.Platform;
import live.studio.chat.ProductMatcher;
import live.studio.chat.SendCapability;
import live.studio.ui.common.UiThread;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The feed's view-model with no window: the test thread plays the UI thread and runs what was handed over when it
 * chooses, so the one coalescing hand-off can be counted. Messages come from hand-fed connectors on their own
 * threads through the real service (analysis, counts, feed).
 */
class ChatFeedViewModelTest {
    private final Thread uiThread = Thread.currentThread();
    private final BlockingQueue<Runnable> handedOver = new LinkedBlockingQueue<>();
    private final UiThread ui = UiThread.of(() -> Thread.currentThread() == uiThread, handedOver::add);
    private final Map<Platform, HandFedConnector> connectors = new EnumMap<>(Map.of(
            Platform.TWITCH, new HandFedConnector("twitch:shop", Platform.TWITCH, SendCapability.READ_ONLY),
            Platform.YOUTUBE, new HandFedConnector("youtube:dQw4w9WgXcQ", Platform.YOUTUBE, SendCapability.READ_ONLY),
            Platform.IRC, new HandFedConnector("irc://127.0.0.1:6667/#shop", Platform.IRC, SendCapability.READ_ONLY)));
    private final ChatService service = new ChatService(ChatSettings.readOnly(), ProductMatcher.NONE, 100_000,
            (source, settings) -> connectors.get(source.platform()), InstantSource.system());
    private final List<String> onAir = new ArrayList<>();
    private final PinTarget pinTarget = new PinTarget() {
        @Override
        public void pin(ChatMessage message) {
            onAir.add(message.author().displayName() + ": " + message.text());
        }

        @Override
        public void unpin() {
            onAir.add("(nothing)");
        }
    };
    private final java.util.concurrent.atomic.AtomicLong nanos = new java.util.concurrent.atomic.AtomicLong();
    /** Every batch at once, so each test sees what it fed; the throttle has its own test. */
    private final ChatFeedViewModel viewModel = new ChatFeedViewModel(service, pinTarget, ui, java.time.Duration.ZERO, nanos::get);

    {
        connectors.values().forEach(connector -> service.connect(ChatSource.parse(connector.label())));
    }

    @AfterEach
    void close() {
        viewModel.close();
        service.close();
    }

    private void runHandedOver() {
        Runnable action;
        while ((action = handedOver.poll()) != null) {
            action.run();
        }
    }

    /** Adds from a connector-like thread, as connectors do. */
    private void arrive(Platform platform, String author, String... texts) throws InterruptedException {
        Thread connector = Thread.ofPlatform().start(() -> {
            for (String text : texts) {
                connectors.get(platform).say(author, text);
            }
        });
        connector.join();
    }

    private List<String> shown() {
        return viewModel.visibleMessages().stream().map(m -> m.message().author().displayName() + ": " + m.message().text()).toList();
    }

    @Test
    void aFloodCrossesInOneHandOffAndOneBatch() throws InterruptedException {
        runHandedOver();
        String[] texts = new String[3000];
        for (int index = 0; index < texts.length; index++) {
            texts[index] = "message " + index;
        }
        arrive(Platform.TWITCH, "ann", texts);
        assertThat(handedOver).as("one pending hand-off for 3000 messages").hasSize(1);
        runHandedOver();
        assertThat(viewModel.visibleMessages()).hasSize(3000);
        assertThat(viewModel.batchesProperty().get()).isEqualTo(1);
        assertThat(shown().getLast()).as("newest at the bottom").isEqualTo("ann: message 2999");
    }

    @Test
    void underAFloodTheListMovesAtMostTenTimesASecond() throws InterruptedException {
        try (ChatFeedViewModel throttled = new ChatFeedViewModel(service, pinTarget, ui, ChatFeedViewModel.MINIMUM_REFRESH, nanos::get)) {
            runHandedOver();
            arrive(Platform.TWITCH, "ann", "first");
            runHandedOver();
            assertThat(throttled.visibleMessages()).as("a quiet chat shows at once").hasSize(1);
            nanos.addAndGet(java.time.Duration.ofMillis(30).toNanos());
            arrive(Platform.TWITCH, "ann", "second", "third");
            runHandedOver();
            assertThat(throttled.visibleMessages()).as("held: the list moved 30 ms ago").hasSize(1);
            throttled.refreshIfDue();
            assertThat(throttled.visibleMessages()).hasSize(1);
            nanos.addAndGet(java.time.Duration.ofMillis(70).toNanos());
            throttled.refreshIfDue();
            assertThat(throttled.visibleMessages()).extracting(m -> m.message().text()).containsExactly("first", "second", "third");
            assertThat(throttled.batchesProperty().get()).isEqualTo(2);
        }
    }

    @Test
    void tenThousandMessagesShowTheNewestInOrderLoseNothingAndTheQuestionsMoveOnceASecond() throws InterruptedException {
        try (ChatFeedViewModel throttled = new ChatFeedViewModel(service, pinTarget, ui, ChatFeedViewModel.MINIMUM_REFRESH, nanos::get)) {
            runHandedOver();
            arrive(Platform.IRC, "viewer", flood(0, 10_000));
            runHandedOver();
            assertThat(throttled.batchesProperty().get()).as("one batch for the whole flood").isEqualTo(1);
            List<FeedMessage> shownFirst = List.copyOf(throttled.visibleMessages());
            assertThat(shownFirst).as("the newest the feed keeps").hasSize(ChatFeedViewModel.BACKING_STORE);
            assertThat(shownFirst.getFirst().message().text()).isEqualTo(text(5000));
            assertThat(shownFirst.getLast().message().text()).isEqualTo(text(9999));
            assertAscending(shownFirst);
            List<FeedMessage> history = service.feed().after(0, 100_000);
            assertThat(history).as("nothing lost from the history").hasSize(10_000);
            assertThat(history).extracting(m -> m.message().text()).containsExactly(flood(0, 10_000));
            // A quiet moment before: the questions and counts show at once, the newest the queue keeps, in order.
            assertThat(throttled.questions()).hasSize(ChatFeedViewModel.QUESTIONS_KEPT);
            assertThat(throttled.questions().getLast().message().text()).isEqualTo(text(9990));
            assertAscending(throttled.questions());
            assertThat(throttled.commandSummaryProperty().get()).isEqualTo("!buy 200");

            nanos.addAndGet(java.time.Duration.ofMillis(200).toNanos());
            arrive(Platform.IRC, "viewer", flood(10_000, 10_100));
            runHandedOver();
            assertThat(throttled.visibleMessages().getLast().message().text()).as("the feed moves").isEqualTo(text(10_099));
            assertThat(throttled.questions().getLast().message().text()).as("the questions wait for their second").isEqualTo(text(9990));
            assertThat(throttled.commandSummaryProperty().get()).isEqualTo("!buy 200");
            FeedMessage answeredMeanwhile = throttled.visibleMessages().stream()
                    .filter(m -> m.message().text().equals(text(10_050))).findFirst().orElseThrow();
            throttled.markAnswered(answeredMeanwhile);

            nanos.addAndGet(java.time.Duration.ofMillis(500).toNanos());
            throttled.refreshIfDue();
            assertThat(throttled.questions().getLast().message().text()).isEqualTo(text(9990));
            nanos.addAndGet(java.time.Duration.ofMillis(300).toNanos());
            throttled.refreshIfDue();
            assertThat(throttled.questions()).as("one change a second, what was answered meanwhile left out")
                    .extracting(m -> m.message().text()).endsWith(text(10_000), text(10_010), text(10_020), text(10_030),
                            text(10_040), text(10_060), text(10_070), text(10_080), text(10_090));
            assertThat(throttled.questions()).hasSize(ChatFeedViewModel.QUESTIONS_KEPT);
            assertAscending(throttled.questions());
            assertThat(throttled.commandSummaryProperty().get()).isEqualTo("!buy 202");
        }
    }

    /** Every tenth message a question, every 25th a !buy; the rest chatter. */
    private static String text(int number) {
        return number % 10 == 0 ? "is size " + number + " available?" : number % 25 == 0 ? "!buy" : "chatter " + number;
    }

    private static String[] flood(int from, int to) {
        String[] texts = new String[to - from];
        for (int number = from; number < to; number++) {
            texts[number - from] = text(number);
        }
        return texts;
    }

    private static void assertAscending(List<FeedMessage> messages) {
        for (int index = 1; index < messages.size(); index++) {
            assertThat(messages.get(index).id()).as("order at %d", index).isGreaterThan(messages.get(index - 1).id());
        }
    }

    @Test
    void theBackingStoreIsBounded() throws InterruptedException {
        for (int round = 0; round < 4; round++) {
            String[] texts = new String[2000];
            for (int index = 0; index < texts.length; index++) {
                texts[index] = "round " + round + " message " + index;
            }
            arrive(Platform.IRC, "bob", texts);
            runHandedOver();
        }
        assertThat(viewModel.allMessages()).hasSize(ChatFeedViewModel.BACKING_STORE);
        assertThat(shown().getFirst()).isEqualTo("bob: round 1 message 1000");
        assertThat(shown().getLast()).isEqualTo("bob: round 3 message 1999");
        assertThat(viewModel.lastBatchTrimmedVisibleProperty().get()).isEqualTo(2000);

        // Far more than can ever be shown arriving before the UI runs: the waiting queue is bounded too.
        String[] burst = new String[ChatFeedViewModel.BACKING_STORE + 1500];
        for (int index = 0; index < burst.length; index++) {
            burst[index] = "burst " + index;
        }
        arrive(Platform.IRC, "bob", burst);
        assertThat(viewModel.droppedBeforeShown()).isEqualTo(1500);
        runHandedOver();
        assertThat(shown().getFirst()).isEqualTo("bob: burst 1500");
        assertThat(viewModel.allMessages()).hasSize(ChatFeedViewModel.BACKING_STORE);
    }

    @Test
    void questionsQueueUntilAnsweredAndCommandsAreSummed() throws InterruptedException {
        arrive(Platform.YOUTUBE, "Camille", "c'est combien ?", "trop belle", "do you ship to canada", "!buy", "!buy", "!code");
        runHandedOver();
        assertThat(viewModel.questions()).extracting(m -> m.message().text()).containsExactly("c'est combien ?", "do you ship to canada");
        FeedMessage first = viewModel.questions().getFirst();
        viewModel.markAnswered(first);
        assertThat(viewModel.questions()).extracting(m -> m.message().text()).containsExactly("do you ship to canada");
        assertThat(viewModel.isAnswered(first)).isTrue();
        assertThat(viewModel.commandSummaryProperty().get()).isEqualTo("!buy 2 · !code 1");
    }

    @Test
    void keywordAlertsAreCollected() throws InterruptedException {
        viewModel.setAlertKeywords("refund, cassé ,");
        assertThat(viewModel.alertKeywords()).isEqualTo("refund, cassé");
        arrive(Platform.TWITCH, "dan", "I want a REFUND", "mon sac est arrivé CASSE", "all good");
        runHandedOver();
        assertThat(viewModel.alerts()).extracting(m -> m.signals().alerts()).containsExactly(List.of("refund"), List.of("cassé"));
    }

    @Test
    void hidingAMessageOrAViewerAndFilteringPlatformsAreLocal() throws InterruptedException {
        arrive(Platform.TWITCH, "Troll", "spam 1", "spam 2 ?");
        arrive(Platform.YOUTUBE, "Ann", "hello", "is it in stock?");
        arrive(Platform.IRC, "Bob", "hi");
        runHandedOver();
        viewModel.hideMessage(viewModel.visibleMessages().get(2));
        assertThat(shown()).containsExactly("Troll: spam 1", "Troll: spam 2 ?", "Ann: is it in stock?", "Bob: hi");
        viewModel.hideAuthor(viewModel.visibleMessages().getFirst());
        assertThat(shown()).containsExactly("Ann: is it in stock?", "Bob: hi");
        assertThat(viewModel.questions()).extracting(m -> m.message().author().displayName()).containsExactly("Ann");
        arrive(Platform.TWITCH, "Troll", "spam 3");
        runHandedOver();
        assertThat(shown()).as("a hidden viewer stays hidden").containsExactly("Ann: is it in stock?", "Bob: hi");

        viewModel.platformShownProperty(Platform.IRC).set(false);
        assertThat(shown()).containsExactly("Ann: is it in stock?");
        viewModel.platformShownProperty(Platform.IRC).set(true);
        viewModel.showHidden();
        assertThat(shown()).hasSize(6);
        assertThat(service.feed().size()).as("the feed itself keeps everything").isEqualTo(6);
    }

    @Test
    void pinningPutsAMessageOnAirAndTheSameActionTakesItOff() throws InterruptedException {
        arrive(Platform.TWITCH, "Ann", "love the jacket", "second");
        runHandedOver();
        FeedMessage first = viewModel.visibleMessages().getFirst();
        FeedMessage second = viewModel.visibleMessages().get(1);
        viewModel.togglePin(first);
        assertThat(viewModel.pinnedProperty().get()).isEqualTo(first);
        assertThat(viewModel.isPinned(first)).isTrue();
        viewModel.togglePin(second);
        viewModel.togglePin(second);
        assertThat(viewModel.pinnedProperty().get()).isNull();
        assertThat(onAir).containsExactly("Ann: love the jacket", "Ann: second", "(nothing)");
        viewModel.togglePin(first);
        viewModel.hideMessage(first);
        assertThat(onAir).as("hiding what is on air takes it off").endsWith("(nothing)");
    }

    @Test
    void whatModeratorsRemoveIsHiddenAndTakenOffTheScreen() throws InterruptedException {
        arrive(Platform.TWITCH, "Troll", "buy followers at spam.example ?", "more spam");
        arrive(Platform.TWITCH, "Ann", "is it lined?");
        arrive(Platform.YOUTUBE, "Troll", "same name, other platform");
        runHandedOver();
        viewModel.togglePin(viewModel.visibleMessages().getFirst());
        connectors.get(Platform.TWITCH).moderate(new ModerationEvent(Platform.TWITCH, "twitch:shop",
                ModerationEvent.Kind.AUTHOR_REMOVED, "", "troll"));
        runHandedOver();
        assertThat(shown()).containsExactly("Ann: is it lined?", "Troll: same name, other platform");
        assertThat(viewModel.pinnedProperty().get()).isNull();
        assertThat(onAir).endsWith("(nothing)");
        assertThat(viewModel.questions()).extracting(m -> m.message().text()).containsExactly("is it lined?");
        viewModel.showHidden();
        assertThat(shown()).as("\"show hidden\" does not bring back what moderators removed").hasSize(2);
        connectors.get(Platform.TWITCH).moderate(new ModerationEvent(Platform.TWITCH, "twitch:shop",
                ModerationEvent.Kind.CHAT_CLEARED, "", ""));
        runHandedOver();
        assertThat(shown()).containsExactly("Troll: same name, other platform");
    }

    @Test
    void autoscrollPausesForHoverAndScrollingAndCountsWhatArrives() throws InterruptedException {
        assertThat(viewModel.autoscrollProperty().get()).isEqualTo(AutoscrollState.FOLLOWING);
        viewModel.hostHovering(true);
        assertThat(viewModel.autoscrollProperty().get()).isEqualTo(AutoscrollState.PAUSED_HOVER);
        arrive(Platform.TWITCH, "Ann", "a", "b");
        runHandedOver();
        assertThat(viewModel.unseenProperty().get()).isEqualTo(2);
        viewModel.hostScrolled(false);
        viewModel.hostHovering(false);
        assertThat(viewModel.autoscrollProperty().get()).as("still scrolled up").isEqualTo(AutoscrollState.PAUSED_SCROLLED);
        viewModel.hostScrolled(true);
        assertThat(viewModel.autoscrollProperty().get()).isEqualTo(AutoscrollState.FOLLOWING);
        assertThat(viewModel.unseenProperty().get()).isZero();
        viewModel.hostScrolled(false);
        viewModel.jumpToLatest();
        assertThat(viewModel.autoscrollProperty().get()).isEqualTo(AutoscrollState.FOLLOWING);
    }

    @Test
    void aMalformedSourceSaysWhatIsAccepted() {
        assertThat(viewModel.connect("kick:someone")).contains("twitch:CHANNEL").contains("irc://HOST:PORT/#CHANNEL");
    }
}
