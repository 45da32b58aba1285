package live.studio.chat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Every platform's chat in one list, bounded: the last {@code capacity} messages in arrival order, each with an id
 * that only grows. Thread-safe: connectors add from their threads, the window and the remote-control API read from
 * theirs ({@link #recent}, {@link #after} with the last id seen as a cursor). A message that comes a second time with
 * the same platform id (after a reconnect, or a repeated API page) is dropped.
 */
public final class ChatFeed {
    public static final int DEFAULT_CAPACITY = 5000;
    private static final int REMEMBERED_SOURCE_IDS = 20_000;

    private final FeedMessage[] ring;
    private int start;
    private int size;
    private long lastId;
    private long duplicatesDropped;
    private final Map<String, Boolean> seenSourceIds = new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED_SOURCE_IDS;
        }
    };
    private final List<Consumer<FeedMessage>> listeners = new CopyOnWriteArrayList<>();

    public ChatFeed(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.ring = new FeedMessage[capacity];
    }

    /**
     * Adds a message and tells the listeners (on the caller's thread); returns it with its id, or null when it was a
     * duplicate.
     */
    public FeedMessage add(ChatMessage message, MessageSignals signals) {
        FeedMessage added;
        synchronized (this) {
            if (!message.sourceId().isEmpty()
                    && seenSourceIds.put(message.platform().name() + ":" + message.sourceId(), Boolean.TRUE) != null) {
                duplicatesDropped++;
                return null;
            }
            added = new FeedMessage(++lastId, message, signals);
            if (size < ring.length) {
                ring[(start + size) % ring.length] = added;
                size++;
            } else {
                ring[start] = added;
                start = (start + 1) % ring.length;
            }
        }
        for (Consumer<FeedMessage> listener : listeners) {
            listener.accept(added);
        }
        return added;
    }

    /** The newest {@code limit} messages, oldest first. */
    public synchronized List<FeedMessage> recent(int limit) {
        int count = Math.min(Math.max(0, limit), size);
        List<FeedMessage> recent = new ArrayList<>(count);
        for (int index = size - count; index < size; index++) {
            recent.add(ring[(start + index) % ring.length]);
        }
        return recent;
    }

    /** Up to {@code limit} messages with ids above {@code afterId}, oldest first (what a poller has not seen yet). */
    public synchronized List<FeedMessage> after(long afterId, int limit) {
        List<FeedMessage> newer = new ArrayList<>();
        if (size == 0 || afterId >= lastId || limit <= 0) {
            return newer;
        }
        long oldestId = ring[start].id();
        // ids in the ring are consecutive: jump straight to the first one after the cursor
        int first = (int) Math.max(0, afterId + 1 - oldestId);
        for (int index = first; index < size && newer.size() < limit; index++) {
            newer.add(ring[(start + index) % ring.length]);
        }
        return newer;
    }

    public synchronized long latestId() {
        return lastId;
    }

    public synchronized int size() {
        return size;
    }

    public int capacity() {
        return ring.length;
    }

    public synchronized long duplicatesDropped() {
        return duplicatesDropped;
    }

    /** Called on the adding thread for every new message: hand it on, never block. */
    public void addListener(Consumer<FeedMessage> listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    public void removeListener(Consumer<FeedMessage> listener) {
        listeners.remove(listener);
    }
}
