package live.studio.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ChatFeedTest {
    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");

    private static ChatMessage message(Platform platform, String sourceId, String text) {
        return new ChatMessage(platform, "src", sourceId, ChatAuthor.named("ann"), text, null, NOW, null, null);
    }

    @Test
    void keepsTheNewestMessagesWithIncreasingIds() {
        ChatFeed feed = new ChatFeed(3);
        for (int index = 1; index <= 5; index++) {
            feed.add(message(Platform.IRC, "", "m" + index), MessageSignals.NONE);
        }
        assertThat(feed.size()).isEqualTo(3);
        assertThat(feed.latestId()).isEqualTo(5);
        assertThat(feed.recent(10)).extracting(m -> m.message().text()).containsExactly("m3", "m4", "m5");
        assertThat(feed.recent(2)).extracting(FeedMessage::id).containsExactly(4L, 5L);
    }

    @Test
    void theAfterCursorReturnsWhatAPollerHasNotSeen() {
        ChatFeed feed = new ChatFeed(100);
        for (int index = 1; index <= 10; index++) {
            feed.add(message(Platform.IRC, "", "m" + index), MessageSignals.NONE);
        }
        assertThat(feed.after(0, 3)).extracting(FeedMessage::id).containsExactly(1L, 2L, 3L);
        assertThat(feed.after(7, 100)).extracting(FeedMessage::id).containsExactly(8L, 9L, 10L);
        assertThat(feed.after(10, 100)).isEmpty();
        assertThat(feed.after(99, 100)).isEmpty();
        ChatFeed small = new ChatFeed(2);
        for (int index = 1; index <= 5; index++) {
            small.add(message(Platform.IRC, "", "m" + index), MessageSignals.NONE);
        }
        assertThat(small.after(1, 10)).as("a cursor older than the feed starts at the oldest kept")
                .extracting(FeedMessage::id).containsExactly(4L, 5L);
    }

    @Test
    void theSamePlatformIdTwiceIsOneMessage() {
        ChatFeed feed = new ChatFeed(10);
        assertThat(feed.add(message(Platform.TWITCH, "abc", "hi"), MessageSignals.NONE)).isNotNull();
        assertThat(feed.add(message(Platform.TWITCH, "abc", "hi"), MessageSignals.NONE)).isNull();
        assertThat(feed.add(message(Platform.YOUTUBE, "abc", "same id, other platform"), MessageSignals.NONE)).isNotNull();
        assertThat(feed.add(message(Platform.IRC, "", "no id"), MessageSignals.NONE)).isNotNull();
        assertThat(feed.add(message(Platform.IRC, "", "no id"), MessageSignals.NONE)).isNotNull();
        assertThat(feed.size()).isEqualTo(4);
        assertThat(feed.duplicatesDropped()).isEqualTo(1);
    }

    @Test
    void manyThreadsAddingLoseNothingAndIdsStayUnique() throws InterruptedException {
        ChatFeed feed = new ChatFeed(100_000);
        AtomicInteger heard = new AtomicInteger();
        feed.addListener(added -> heard.incrementAndGet());
        int threads = 4;
        int perThread = 5000;
        CountDownLatch done = new CountDownLatch(threads);
        for (int thread = 0; thread < threads; thread++) {
            int owner = thread;
            Thread.ofPlatform().start(() -> {
                for (int index = 0; index < perThread; index++) {
                    feed.add(message(Platform.TWITCH, owner + "-" + index, "x"), MessageSignals.NONE);
                }
                done.countDown();
            });
        }
        done.await();
        List<FeedMessage> all = feed.recent(threads * perThread);
        assertThat(all).hasSize(threads * perThread);
        List<Long> ids = new ArrayList<>(all.stream().map(FeedMessage::id).toList());
        assertThat(ids).isSorted().doesNotHaveDuplicates();
        assertThat(heard).hasValue(threads * perThread);
    }
}
