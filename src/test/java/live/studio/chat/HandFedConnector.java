package live.studio.chat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A connector the test feeds by hand (from whatever thread it likes) and whose sends it records: for tests of what
 * sits behind the connectors (the service, the window). The real connectors have their own tests against ngircd, a
 * Twitch-like server and a YouTube-like server.
 */
public final class HandFedConnector implements ChatConnector {
    private final String label;
    private final Platform platform;
    private final SendCapability capability;
    private final List<String> sent = new CopyOnWriteArrayList<>();
    private volatile ChatListener listener;
    private volatile ConnectorState state = ConnectorState.CONNECTING;

    public HandFedConnector(String label, Platform platform, SendCapability capability) {
        this.label = label;
        this.platform = platform;
        this.capability = capability;
    }

    /** A message from {@code author} (its name also its id), received now. */
    public void say(String author, String text) {
        listener.onMessage(new ChatMessage(platform, label, "", new ChatAuthor(author, author.toLowerCase(Locale.ROOT), null,
                List.of()), text, null, Instant.now(), null, null));
    }

    public void deliver(ChatMessage message) {
        listener.onMessage(message);
    }

    /** What the platform's moderators would report. */
    public void moderate(ModerationEvent event) {
        listener.onModeration(event);
    }

    public List<String> sent() {
        return sent;
    }

    public ConnectorState state() {
        return state;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public Platform platform() {
        return platform;
    }

    @Override
    public void start(ChatListener listener) {
        this.listener = listener;
        state = ConnectorState.CONNECTED;
        listener.onHealth(health());
    }

    @Override
    public ConnectorHealth health() {
        return new ConnectorHealth(label, platform, state, 0, null, null, Duration.ofMillis(250), 0, "");
    }

    @Override
    public SendCapability sendCapability() {
        return capability;
    }

    @Override
    public SendResult send(String text) {
        sent.add(text);
        return SendResult.SENT;
    }

    @Override
    public void stop() {
        state = ConnectorState.STOPPED;
    }
}
