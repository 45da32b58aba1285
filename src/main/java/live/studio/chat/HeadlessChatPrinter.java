package live.studio.chat;

import java.io.PrintWriter;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Prints each feed message as one line ({@code chat [TW twitch:shop] Name: text}, with {@code [question]} when it
 * asks) for {@code studio live --headless}, on its own thread ({@code chat-print}) behind a bounded queue: a slow
 * terminal or pipe never holds up a connector; lines that do not fit are counted as dropped.
 */
public final class HeadlessChatPrinter implements Consumer<FeedMessage>, AutoCloseable {
    static final int QUEUE_CAPACITY = 2000;

    private final PrintWriter out;
    private final BlockingQueue<String> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
    private final AtomicLong dropped = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    public HeadlessChatPrinter(PrintWriter out) {
        this.out = out;
        this.thread = Thread.ofPlatform().name("chat-print").daemon().start(this::run);
    }

    /** The line for one message; every part of it was cleaned when the message was made. */
    public static String line(FeedMessage message) {
        return "chat " + message.message().displayLine() + (message.signals().question() ? " [question]" : "");
    }

    @Override
    public void accept(FeedMessage message) {
        offer(line(message));
    }

    /** A line saying what the platform's moderators removed. */
    public void moderated(ModerationEvent event) {
        String what = switch (event.kind()) {
            case MESSAGE_REMOVED -> "a moderator removed message " + event.messageId();
            case AUTHOR_REMOVED -> "a moderator removed the messages of " + event.authorId();
            case CHAT_CLEARED -> "a moderator cleared the chat";
        };
        offer("chat [" + event.platform().badge() + " " + event.source() + "] (" + live.studio.text.SafeText.singleLine(what, 200) + ")");
    }

    private void offer(String line) {
        if (!queue.offer(line)) {
            dropped.incrementAndGet();
        }
    }

    public long dropped() {
        return dropped.get();
    }

    /** Prints what is queued, then stops. */
    @Override
    public void close() {
        running = false;
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        out.flush();
    }

    private void run() {
        try {
            while (running || !queue.isEmpty()) {
                String line = queue.poll(100, TimeUnit.MILLISECONDS);
                if (line == null) {
                    continue;
                }
                out.println(line);
                if (queue.isEmpty()) {
                    out.flush();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
