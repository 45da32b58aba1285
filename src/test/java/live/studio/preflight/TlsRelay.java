package live.studio.preflight;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import javax.net.ssl.SSLServerSocket;
import live.studio.testing.TestCertificate;

/** A TLS front for a local plain server (one client at a time): what an rtmps:// ingest looks like from outside. */
final class TlsRelay implements AutoCloseable {
    private final SSLServerSocket server;

    private TlsRelay(SSLServerSocket server) {
        this.server = server;
    }

    static TlsRelay start(TestCertificate certificate, int plainPort) throws IOException {
        SSLServerSocket server = (SSLServerSocket) certificate.serverContext().getServerSocketFactory()
                .createServerSocket(0, 50, InetAddress.getLoopbackAddress());
        TlsRelay relay = new TlsRelay(server);
        Thread.ofPlatform().daemon().name("tls-relay").start(() -> {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    Socket plain = new Socket(InetAddress.getLoopbackAddress(), plainPort);
                    pump(client.getInputStream(), plain.getOutputStream(), client, plain);
                    pump(plain.getInputStream(), client.getOutputStream(), client, plain);
                } catch (IOException closed) {
                    return;
                }
            }
        });
        return relay;
    }

    private static void pump(InputStream from, OutputStream to, Socket one, Socket other) {
        Thread.ofPlatform().daemon().name("tls-relay-pump").start(() -> {
            try {
                from.transferTo(to);
            } catch (IOException ended) {
                // one side hung up
            } finally {
                try {
                    one.close();
                    other.close();
                } catch (IOException ignored) {
                    // closing is all we wanted
                }
            }
        });
    }

    int port() {
        return server.getLocalPort();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
