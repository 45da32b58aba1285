package live.studio.chat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;

/**
 * Plays Twitch's IRC server (which cannot run here) on loopback, over TLS when given a context: the test reads what
 * the studio sent, line by line, and writes what Twitch would answer. Each accepted connection is one {@link Session}.
 */
final class ScriptedIrcServer implements AutoCloseable {
    private final ServerSocket listener;
    private final BlockingQueue<Session> sessions = new LinkedBlockingQueue<>();
    private final List<Session> all = new CopyOnWriteArrayList<>();

    ScriptedIrcServer(SSLContext tls) throws IOException {
        listener = tls == null ? new ServerSocket(0, 10, InetAddress.getLoopbackAddress())
                : tls.getServerSocketFactory().createServerSocket(0, 10, InetAddress.getLoopbackAddress());
        Thread.ofPlatform().daemon().name("scripted-irc-server").start(() -> {
            try {
                while (true) {
                    Session session = new Session(listener.accept());
                    all.add(session);
                    sessions.add(session);
                }
            } catch (IOException closed) {
                // test over
            }
        });
    }

    int port() {
        return listener.getLocalPort();
    }

    /** The next connection the studio makes. */
    Session accept(Duration timeout) throws InterruptedException {
        Session session = sessions.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (session == null) {
            throw new AssertionError("the studio did not connect within " + timeout);
        }
        return session;
    }

    int connections() {
        return all.size();
    }

    @Override
    public void close() throws IOException {
        listener.close();
        for (Session session : all) {
            session.close();
        }
    }

    static final class Session implements AutoCloseable {
        private final Socket socket;
        private final OutputStream output;
        private final BlockingQueue<String> received = new LinkedBlockingQueue<>();

        Session(Socket socket) throws IOException {
            this.socket = socket;
            this.output = socket.getOutputStream();
            Thread.ofPlatform().daemon().name("scripted-irc-session").start(() -> {
                try (BufferedReader reader = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = reader.readLine()) != null) {
                        received.add(line);
                    }
                } catch (IOException closed) {
                    // the studio or the test closed the connection
                }
            });
        }

        /** The next line the studio sent. */
        String next(Duration timeout) throws InterruptedException {
            String line = received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (line == null) {
                throw new AssertionError("the studio sent nothing within " + timeout);
            }
            return line;
        }

        /** Skips lines until one starts with {@code prefix}. */
        String nextStartingWith(String prefix, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                String line = received.poll(20, TimeUnit.MILLISECONDS);
                if (line != null && line.startsWith(prefix)) {
                    return line;
                }
            }
            throw new AssertionError("no line starting with '" + prefix + "' within " + timeout);
        }

        void send(String... lines) {
            try {
                for (String line : lines) {
                    output.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
                }
                output.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // already closed
            }
        }
    }
}
