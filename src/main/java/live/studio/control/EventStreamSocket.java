package live.studio.control;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client of {@code /api/v1/events}: its own bounded queue, drained by its own virtual thread that sends one
 * message at a time. A client that does not read is closed: its queue fills (see {@link EventHub}) or a send takes
 * longer than {@link #SEND_TIMEOUT_MILLIS}. What clients send is ignored: the stream only goes one way. Public only
 * because Jetty reaches its listener methods through method handles.
 */
public final class EventStreamSocket implements Session.Listener.AutoDemanding, EventHub.Client {
    private static final Logger LOG = LoggerFactory.getLogger(EventStreamSocket.class);
    static final int CLIENT_QUEUE_CAPACITY = 1_024;
    static final long SEND_TIMEOUT_MILLIS = 10_000;
    private static final String STOP = new String("stop");

    private final EventHub hub;
    private final BlockingQueue<String> queue = new ArrayBlockingQueue<>(CLIENT_QUEUE_CAPACITY);
    private volatile Session session;
    private volatile boolean closing;

    EventStreamSocket(EventHub hub) {
        this.hub = hub;
    }

    @Override
    public void onWebSocketOpen(Session openedSession) {
        session = openedSession;
        Thread.ofVirtual().name("api-events-client").start(this::sendLoop);
        hub.register(this);
    }

    @Override
    public boolean offer(String json) {
        return !closing && queue.offer(json);
    }

    @Override
    public void close(int code, String reason) {
        closing = true;
        queue.clear();
        queue.offer(STOP);
        Session current = session;
        if (current != null && current.isOpen()) {
            current.close(code, reason, Callback.NOOP);
        }
    }

    private void sendLoop() {
        try {
            while (true) {
                String message = queue.take();
                if (message == STOP) {
                    return;
                }
                Callback.Completable sent = new Callback.Completable();
                session.sendText(message, sent);
                sent.get(SEND_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
            }
        } catch (TimeoutException e) {
            hub.unregister(this);
            LOG.warn("an API event stream did not take a message in {} ms; closing it", SEND_TIMEOUT_MILLIS);
            close(EventHub.CLOSE_TRY_AGAIN_LATER, "too slow: events were not read; read /api/v1/status and reconnect");
        } catch (ExecutionException e) {
            hub.unregister(this);
            closing = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void onWebSocketClose(int statusCode, String reason) {
        hub.unregister(this);
        closing = true;
        queue.clear();
        queue.offer(STOP);
    }

    @Override
    public void onWebSocketError(Throwable cause) {
        LOG.debug("API event stream error: {}", cause.toString());
        onWebSocketClose(0, "error");
    }
}
