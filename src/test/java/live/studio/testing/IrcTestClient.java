package live.studio.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A viewer on a test IRC server: registers a nick, joins a channel, sends raw lines and remembers every line it
 * received (answering PING). Plain sockets, nothing of the studio's, so it checks the studio from the outside.
 */
public final class IrcTestClient implements AutoCloseable {
    private final Socket socket;
    private final OutputStream output;
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final CountDownLatch joined = new CountDownLatch(1);
    private final String nick;

    private IrcTestClient(Socket socket, String nick) throws IOException {
        this.socket = socket;
        this.output = socket.getOutputStream();
        this.nick = nick;
        Thread.ofPlatform().daemon().name("irc-test-client-" + nick).start(this::read);
    }

    /** Connects to 127.0.0.1:port as {@code nick} and joins {@code channel}; returns once joined. */
    public static IrcTestClient join(int port, String nick, String channel) {
        try {
            IrcTestClient client = new IrcTestClient(new Socket(InetAddress.getLoopbackAddress(), port), nick);
            client.raw("NICK " + nick);
            client.raw("USER " + nick + " 0 * :test viewer");
            client.raw("JOIN " + channel);
            if (!client.joined.await(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException(nick + " could not join " + channel + ": " + client.received);
            }
            return client;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public void say(String channel, String text) {
        raw("PRIVMSG " + channel + " :" + text);
    }

    /** Sends bytes as they are, with CR LF appended: whatever a hostile client might write. */
    public synchronized void raw(String line) {
        try {
            output.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
            output.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<String> received() {
        return List.copyOf(received);
    }

    /** Waits until a received line matches; fails after {@code timeout}. */
    public String awaitLine(Predicate<String> condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (String line : received) {
                if (condition.test(line)) {
                    return line;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError(nick + " did not receive the expected line within " + timeout + "; got " + received);
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // test over
        }
    }

    private void read() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                received.add(line);
                if (line.startsWith("PING")) {
                    raw("PONG" + line.substring(4));
                } else if (line.contains(" 366 ")) {
                    joined.countDown();
                }
            }
        } catch (IOException | UncheckedIOException closed) {
            // the server went away or the test closed the client
        }
    }
}
