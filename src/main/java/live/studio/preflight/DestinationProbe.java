package live.studio.preflight;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.util.Objects;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import live.studio.output.Destination;

/**
 * Does a destination answer? Connects over TCP (and TLS for rtmps://, checking the certificate as a browser would),
 * then does the first half of an RTMP handshake: sends C0 (version 3) and C1 (1536 bytes) and reads S0 and S1 back.
 * That proves an RTMP server listens there, without publishing anything. Each way to fail gets its own finding:
 * unknown host, refused, no connection within the time, TLS refused, connected but silent, something not RTMP.
 */
public final class DestinationProbe {
    /** One destination may take this long, connection, TLS and handshake together. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(3);
    private static final int RTMP_VERSION = 3;
    private static final int HANDSHAKE_BYTES = 1536;

    private final SSLSocketFactory tls;
    private final Duration timeout;

    /** With the system's trusted certificates (what the platforms' servers are signed by). */
    public DestinationProbe() {
        this(defaultTls(), DEFAULT_TIMEOUT);
    }

    public DestinationProbe(SSLSocketFactory tls, Duration timeout) {
        this.tls = Objects.requireNonNull(tls);
        this.timeout = Objects.requireNonNull(timeout);
    }

    private static SSLSocketFactory defaultTls() {
        try {
            return SSLContext.getDefault().getSocketFactory();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no TLS", e);
        }
    }

    /** A check for one destination; {@code checkId} names its row. */
    public PreflightCheck check(String checkId, Destination destination) {
        String name = destination.name();
        String host = destination.host();
        int port = destination.port();
        return PreflightCheck.of(checkId,
                CheckResult.failed(checkId, "destination.timeout", name, host, port, timeout.toSeconds()),
                () -> probe(checkId, destination));
    }

    /** Blocks up to the timeout; interrupting the thread closes the socket and returns a timeout. */
    public CheckResult probe(String checkId, Destination destination) throws InterruptedException {
        String name = destination.name();
        String host = destination.host();
        int port = destination.port();
        long deadline = System.nanoTime() + timeout.toNanos();
        long start = System.nanoTime();
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            return CheckResult.failed(checkId, "destination.unknown-host", name, host);
        }
        Stage stage = Stage.CONNECT;
        Socket socket = new Socket();
        // Run on a virtual thread (PreflightRun does), an interrupt closes the socket and ends a blocked connect or read.
        Thread caller = Thread.currentThread();
        try {
            try {
                socket.connect(new InetSocketAddress(address, port), remainingMillis(deadline));
            } catch (SocketTimeoutException e) {
                return CheckResult.failed(checkId, "destination.timeout", name, host, port, timeout.toSeconds());
            } catch (ConnectException e) {
                if (!String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("refused")) {
                    return CheckResult.failed(checkId, "destination.unreachable", name, host, port, String.valueOf(e.getMessage()));
                }
                return CheckResult.failed(checkId, "destination.refused", name, host, port);
            }
            Socket channel = socket;
            if (destination.protocol() == Destination.Protocol.RTMPS) {
                stage = Stage.TLS;
                SSLSocket secure = (SSLSocket) tls.createSocket(socket, host, port, true);
                SSLParameters parameters = secure.getSSLParameters();
                // the server's name is checked against its certificate, as FFmpeg's client would name it
                parameters.setEndpointIdentificationAlgorithm("HTTPS");
                if (!isAddressLiteral(host)) {
                    parameters.setServerNames(java.util.List.of(new SNIHostName(host)));
                }
                secure.setSSLParameters(parameters);
                secure.setSoTimeout(remainingMillis(deadline));
                secure.startHandshake();
                channel = secure;
            }
            stage = Stage.HANDSHAKE;
            channel.setSoTimeout(remainingMillis(deadline));
            OutputStream out = channel.getOutputStream();
            InputStream in = channel.getInputStream();
            byte[] c1 = new byte[HANDSHAKE_BYTES];
            new SecureRandom().nextBytes(c1);
            // C1: time (4 bytes), zero (4 bytes), random
            java.util.Arrays.fill(c1, 0, 8, (byte) 0);
            out.write(RTMP_VERSION);
            out.write(c1);
            out.flush();
            int version = in.read();
            if (version < 0) {
                return CheckResult.failed(checkId, "destination.closed", name, host, port);
            }
            if (version != RTMP_VERSION) {
                return CheckResult.failed(checkId, "destination.not-rtmp", name, host, port);
            }
            byte[] s1 = in.readNBytes(HANDSHAKE_BYTES);
            if (s1.length < HANDSHAKE_BYTES) {
                return CheckResult.failed(checkId, "destination.closed", name, host, port);
            }
            // C2 echoes S1: the handshake ends cleanly on the server's side before we hang up.
            out.write(s1);
            out.flush();
            long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
            return CheckResult.ok(checkId, "destination.ok", name, host, port, millis);
        } catch (SocketTimeoutException e) {
            checkInterrupted(caller);
            return stage == Stage.TLS
                    ? CheckResult.failed(checkId, "destination.tls-timeout", name, host, port, timeout.toSeconds())
                    : CheckResult.failed(checkId, "destination.no-answer", name, host, port, timeout.toSeconds());
        } catch (SSLHandshakeException e) {
            checkInterrupted(caller);
            return untrusted(e)
                    ? CheckResult.failed(checkId, "destination.tls-untrusted", name, host, port)
                    : CheckResult.failed(checkId, "destination.tls-failed", name, host, port, describe(e));
        } catch (SSLException e) {
            checkInterrupted(caller);
            return CheckResult.failed(checkId, "destination.tls-failed", name, host, port, describe(e));
        } catch (EOFException e) {
            checkInterrupted(caller);
            return CheckResult.failed(checkId, "destination.closed", name, host, port);
        } catch (IOException e) {
            checkInterrupted(caller);
            if (stage == Stage.TLS) {
                return CheckResult.failed(checkId, "destination.tls-failed", name, host, port, describe(e));
            }
            return stage == Stage.CONNECT
                    ? CheckResult.failed(checkId, "destination.unreachable", name, host, port, describe(e))
                    : CheckResult.failed(checkId, "destination.closed", name, host, port);
        } finally {
            closeQuietly(socket);
        }
    }

    private enum Stage { CONNECT, TLS, HANDSHAKE }

    /** A socket closed by a cancel shows up as an I/O error: report the cancel, not a network fault. */
    private static void checkInterrupted(Thread caller) throws InterruptedException {
        if (caller.isInterrupted()) {
            throw new InterruptedException("pre-flight cancelled");
        }
    }

    private static boolean untrusted(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CertPathValidatorException || cause instanceof CertificateException
                    || cause instanceof java.security.cert.CertPathBuilderException) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.length() > 120 ? message.substring(0, 120) + "…" : message;
    }

    private static boolean isAddressLiteral(String host) {
        return host.indexOf(':') >= 0 || host.chars().allMatch(c -> c == '.' || Character.isDigit(c));
    }

    private static int remainingMillis(long deadlineNanos) throws SocketTimeoutException {
        long millis = (deadlineNanos - System.nanoTime()) / 1_000_000L;
        if (millis <= 0) {
            throw new SocketTimeoutException("pre-flight time is up");
        }
        return (int) Math.min(Integer.MAX_VALUE, millis);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing is all we wanted
        }
    }
}
