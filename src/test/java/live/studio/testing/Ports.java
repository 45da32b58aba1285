package live.studio.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/** Loopback ports for test servers. */
public final class Ports {
    private Ports() {
    }

    /** A port that was free on 127.0.0.1 a moment ago. */
    public static int freeLoopbackPort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether something listens on 127.0.0.1:port, found without connecting (a single-client server such as
     * {@code ffmpeg -listen 1} would take a probe connection for its one client). Reads /proc/net/tcp on Linux,
     * asks lsof elsewhere; returns null when neither can tell.
     */
    public static Boolean isListeningWithoutConnecting(int port) {
        var procTcp = Path.of("/proc/net/tcp");
        if (Files.isReadable(procTcp)) {
            try {
                // "  1: 0100007F:1F90 00000000:0000 0A ..." local address, remote address, state 0A = LISTEN
                String wanted = String.format(Locale.ROOT, "0100007F:%04X", port);
                for (String line : Files.readAllLines(procTcp)) {
                    String[] fields = line.trim().split("\\s+");
                    if (fields.length > 3 && fields[1].equals(wanted) && fields[3].equals("0A")) {
                        return true;
                    }
                }
                return false;
            } catch (IOException e) {
                return null;
            }
        }
        try {
            var lsof = new ProcessBuilder("lsof", "-nP", "-iTCP@127.0.0.1:" + port, "-sTCP:LISTEN")
                    .redirectErrorStream(true).start();
            lsof.getInputStream().readAllBytes();
            return lsof.waitFor() == 0;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Polls until the port listens; false when the deadline passes. */
    public static boolean awaitListening(int port, Duration timeout, java.util.function.BooleanSupplier stillRunning) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Boolean listening = isListeningWithoutConnecting(port);
            if (listening == null) {
                // No way to look without connecting: give the server a moment and trust it.
                sleep(Duration.ofSeconds(1));
                return stillRunning.getAsBoolean();
            }
            if (listening) {
                return true;
            }
            if (!stillRunning.getAsBoolean()) {
                return false;
            }
            sleep(Duration.ofMillis(50));
        }
        return false;
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
