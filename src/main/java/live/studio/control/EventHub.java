package live.studio.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import live.studio.engine.EngineStats;
import live.studio.media.StageThreads;
import live.studio.output.OutputStatus;
import live.studio.show.ShowEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Owns the thread {@code api-events}: takes show events (handed over by the controller's listener, which only queues
 * them), stats and chat messages, writes each as JSON once, and hands the text to every connected client's own
 * bounded queue. A client whose queue is full is closed rather than waited for: one slow tablet never holds the show.
 * If this hub's own queue ever fills, events would be missing, so every client is closed to read the state again.
 */
final class EventHub implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EventHub.class);
    static final int HUB_QUEUE_CAPACITY = 16_384;

    /** One connected event stream. */
    interface Client {
        /** Queues a message without waiting; false when the client's queue is full. */
        boolean offer(String json);

        /** Closes the connection with a WebSocket close code and reason. */
        void close(int code, String reason);
    }

    /** Close code 1013 "try again later": the client fell behind or the hub lost events. */
    static final int CLOSE_TRY_AGAIN_LATER = 1013;
    static final int CLOSE_GOING_AWAY = 1001;
    static final int CLOSE_POLICY_VIOLATION = 1008;

    private record OutputKey(String state, String stopReason, int reconnectAttempt, boolean warned) {
    }

    private static final Object STOP = new Object();

    private final BlockingQueue<Object> incoming = new ArrayBlockingQueue<>(HUB_QUEUE_CAPACITY);
    private final AtomicBoolean overflowed = new AtomicBoolean();
    private final Object clientsLock = new Object();
    private final Set<Client> clients = new HashSet<>();
    private final Map<String, OutputKey> lastOutputs = new HashMap<>();
    private long lastSequence;
    private Thread thread;

    void start() {
        thread = StageThreads.start("api-events", this::run);
    }

    /** From the show controller's listener (under its lock): queue and return. */
    void showEvent(ShowEvent event) {
        offer(event);
    }

    void stats(EngineStats stats) {
        offer(stats);
    }

    void chatMessage(ChatMessage message) {
        offer(message);
    }

    private void offer(Object item) {
        if (!incoming.offer(item)) {
            overflowed.set(true);
        }
    }

    /** Adds a client and queues its hello (with the last sequence sent) before any event after it. */
    void register(Client client) {
        synchronized (clientsLock) {
            clients.add(client);
            ObjectNode hello = ApiJson.object();
            hello.put("type", "hello");
            hello.put("api", "v1");
            hello.put("lastSequence", lastSequence);
            client.offer(ApiJson.write(hello));
        }
    }

    void unregister(Client client) {
        synchronized (clientsLock) {
            clients.remove(client);
        }
    }

    /** The sequence of the last show event sent out. */
    long lastSequence() {
        synchronized (clientsLock) {
            return lastSequence;
        }
    }

    int clientCount() {
        synchronized (clientsLock) {
            return clients.size();
        }
    }

    /** Closes every client (the tokens changed, the server stops). */
    void closeAll(int code, String reason) {
        List<Client> closing;
        synchronized (clientsLock) {
            closing = new ArrayList<>(clients);
            clients.clear();
        }
        closing.forEach(client -> client.close(code, reason));
    }

    private void run() {
        try {
            while (true) {
                Object item = incoming.take();
                if (item == STOP) {
                    return;
                }
                if (overflowed.getAndSet(false)) {
                    LOG.error("API events came faster than they could be sent; closing every event stream so that "
                            + "clients read the state again");
                    closeAll(CLOSE_TRY_AGAIN_LATER, "events were lost; read /api/v1/status and reconnect");
                }
                try {
                    switch (item) {
                        case ShowEvent event -> broadcast(ApiJson.event(event), event.sequence());
                        case EngineStats stats -> {
                            outputChanges(stats.outputs());
                            ObjectNode json = ApiJson.stats(stats);
                            json.put("type", "stats");
                            broadcast(json, -1);
                        }
                        case ChatMessage message -> {
                            ObjectNode json = ApiJson.chatMessage(message);
                            json.put("type", "chat.message");
                            broadcast(json, -1);
                        }
                        default -> LOG.warn("unexpected item on the API event queue: {}", item.getClass());
                    }
                } catch (RuntimeException e) {
                    LOG.error("could not send an API event", e);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One {@code output.changed} per output whose state, reason or attempt changed; {@code output.removed} for gone. */
    private void outputChanges(List<OutputStatus> outputs) {
        Set<String> present = new HashSet<>();
        for (OutputStatus output : outputs) {
            present.add(output.name());
            OutputKey key = new OutputKey(output.state().name(), output.stopReason().name(), output.reconnectAttempt(),
                    !output.warning().isEmpty());
            if (!key.equals(lastOutputs.put(output.name(), key))) {
                ObjectNode json = ApiJson.output(output);
                json.put("type", "output.changed");
                broadcast(json, -1);
            }
        }
        for (String gone : new ArrayList<>(lastOutputs.keySet())) {
            if (!present.contains(gone)) {
                lastOutputs.remove(gone);
                ObjectNode json = ApiJson.object();
                json.put("type", "output.removed");
                json.put("name", gone);
                broadcast(json, -1);
            }
        }
    }

    private void broadcast(ObjectNode json, long sequence) {
        String text = ApiJson.write(json);
        List<Client> slow = new ArrayList<>();
        synchronized (clientsLock) {
            if (sequence >= 0) {
                lastSequence = sequence;
            }
            for (Client client : clients) {
                if (!client.offer(text)) {
                    slow.add(client);
                }
            }
            slow.forEach(clients::remove);
        }
        for (Client client : slow) {
            LOG.warn("an API event stream fell behind; closing it (the client should reconnect and read the status)");
            client.close(CLOSE_TRY_AGAIN_LATER, "too slow: events were not read; read /api/v1/status and reconnect");
        }
    }

    @Override
    public void close() {
        incoming.clear();
        incoming.offer(STOP);
        if (thread != null) {
            try {
                thread.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        closeAll(CLOSE_GOING_AWAY, "the studio stopped its API");
    }
}
