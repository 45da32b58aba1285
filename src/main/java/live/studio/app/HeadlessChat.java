package live.studio.app;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import live.studio.chat.ChatService;
import live.studio.chat.ChatSettings;
import live.studio.chat.ChatSource;
import live.studio.chat.ConnectorHealth;
import live.studio.chat.ConnectorState;
import live.studio.chat.HeadlessChatPrinter;
import live.studio.chat.ProductMatcher;

/**
 * Chat for {@code studio live --headless --chat ...}: each message printed as one cleaned line on standard output,
 * each connector's change of state as one line on standard error, its health in the {@code --stats} line.
 */
final class HeadlessChat implements AutoCloseable {
    private final ChatService service;
    private final HeadlessChatPrinter printer;
    private final PrintWriter err;
    private final Map<String, ConnectorState> reported = new ConcurrentHashMap<>();

    HeadlessChat(ChatSettings settings, PrintWriter out, PrintWriter err) {
        this.err = err;
        // No catalog in headless mode yet: products are not recognised until the show file is (--show).
        this.service = ChatService.create(settings, ProductMatcher.NONE);
        this.printer = new HeadlessChatPrinter(out);
        service.feed().addListener(printer);
        service.addHealthListener(this::report);
        service.addModerationListener(printer::moderated);
    }

    void connect(ChatSource source) {
        service.connect(source);
    }

    String statusText() {
        return service.statusText(Instant.now());
    }

    ChatService service() {
        return service;
    }

    /** One line when a connector connects, starts reconnecting, fails or ends (every attempt would be noise). */
    private void report(ConnectorHealth health) {
        ConnectorState before = reported.put(health.source(), health.state());
        if (before == health.state() && health.state() != ConnectorState.RECONNECTING) {
            return;
        }
        if (health.state() == ConnectorState.RECONNECTING && before == ConnectorState.RECONNECTING && health.attempt() % 5 != 0) {
            return;
        }
        if (health.state() == ConnectorState.STOPPED) {
            return;
        }
        err.println("studio live: chat " + health.summary(Instant.now()));
        err.flush();
    }

    @Override
    public void close() {
        service.close();
        printer.close();
        if (printer.dropped() > 0) {
            err.println("studio live: " + printer.dropped() + " chat lines were not printed (the output could not keep up)");
        }
    }
}
