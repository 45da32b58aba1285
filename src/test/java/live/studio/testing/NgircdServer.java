package live.studio.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The system's ngircd (Debian: ngircd), run in the foreground on free 127.0.0.1 ports as FIELD-NOTES describe
 * ({@code ngircd -n -f CONF}, PAM, Ident and DNS off), with flood penalties off so tests can flood it, and optionally
 * a TLS port with a {@link TestCertificate}. {@link #restart()} stops it and starts it again on the same ports, as a
 * server restart looks to its clients.
 * <pre>{@code
 * RequiredTool.assumeAvailableOrFailInCi(NgircdServer.isAvailable(), NgircdServer.REQUIREMENT);
 * try (var irc = NgircdServer.start()) { ... irc.port() ... }
 * }</pre>
 */
public final class NgircdServer implements AutoCloseable {
    public static final String REQUIREMENT = "ngircd (IRC server)";
    private static final List<String> CANDIDATES = List.of("/usr/sbin/ngircd", "/usr/local/sbin/ngircd",
            "/usr/bin/ngircd", "/usr/local/bin/ngircd", "/opt/homebrew/sbin/ngircd");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(20);

    private final Path executable;
    private final Path directory;
    private final Path config;
    private final int port;
    private final int tlsPort;
    private final TestCertificate certificate;
    private Process process;
    private int starts;

    private NgircdServer(Path executable, Path directory, Path config, int port, int tlsPort, TestCertificate certificate) {
        this.executable = executable;
        this.directory = directory;
        this.config = config;
        this.port = port;
        this.tlsPort = tlsPort;
        this.certificate = certificate;
    }

    public static boolean isAvailable() {
        return executable().isPresent();
    }

    static Optional<Path> executable() {
        return Optional.ofNullable(System.getenv("STUDIO_TEST_NGIRCD")).map(Path::of).filter(Files::isExecutable)
                .or(() -> CANDIDATES.stream().map(Path::of).filter(Files::isExecutable).findFirst());
    }

    /** Plain IRC only. */
    public static NgircdServer start() {
        return start(false);
    }

    /** With a TLS port as well ({@link #tlsPort()}, {@link #certificate()}). */
    public static NgircdServer startWithTls() {
        return start(true);
    }

    private static NgircdServer start(boolean withTls) {
        Path executable = executable().orElseThrow(() -> new IllegalStateException(REQUIREMENT
                + " is not installed (Debian/Ubuntu: apt-get install ngircd)"));
        Path directory = TestOutput.newDirectory("ngircd");
        try {
            // ngircd started as root runs as "nobody": it must be able to read its files.
            Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
            TestCertificate certificate = withTls ? TestCertificate.create(directory.resolve("tls")) : null;
            if (certificate != null) {
                Files.setPosixFilePermissions(directory.resolve("tls"), PosixFilePermissions.fromString("rwxr-xr-x"));
                Files.setPosixFilePermissions(certificate.privateKeyPem(), PosixFilePermissions.fromString("rw-r--r--"));
                Files.setPosixFilePermissions(certificate.certificatePem(), PosixFilePermissions.fromString("rw-r--r--"));
            }
            int port = Ports.freeLoopbackPort();
            int tlsPort = withTls ? Ports.freeLoopbackPort() : 0;
            Path motd = directory.resolve("motd.txt");
            Files.writeString(motd, "studio test server\n");
            Path config = directory.resolve("ngircd.conf");
            StringBuilder text = new StringBuilder("""
                    [Global]
                    Name = irc.studio.test
                    Info = studio test server
                    Listen = 127.0.0.1
                    Ports = %d
                    MotdFile = %s
                    [Limits]
                    MaxConnectionsIP = 0
                    MaxNickLength = 30
                    MaxPenaltyTime = 0
                    PingTimeout = 120
                    PongTimeout = 20
                    [Options]
                    PAM = no
                    Ident = no
                    DNS = no
                    """.formatted(port, motd));
            if (certificate != null) {
                text.append("""
                        [SSL]
                        CertFile = %s
                        KeyFile = %s
                        Ports = %d
                        """.formatted(certificate.certificatePem(), certificate.privateKeyPem(), tlsPort));
            }
            Files.writeString(config, text);
            Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-r--r--"));
            NgircdServer server = new NgircdServer(executable, directory, config, port, tlsPort, certificate);
            server.launch();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    public int tlsPort() {
        return tlsPort;
    }

    public TestCertificate certificate() {
        return certificate;
    }

    public Path directory() {
        return directory;
    }

    /** Stops the server (every client sees its connection close) and starts it again on the same ports. */
    public void restart() {
        stop();
        launch();
    }

    /** Stops it without starting again. */
    public void stop() {
        Ffmpeg.destroy(process, Duration.ofSeconds(5));
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    @Override
    public void close() {
        stop();
    }

    private void launch() {
        starts++;
        Path log = directory.resolve("ngircd-" + starts + ".log");
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (true) {
            try {
                process = new ProcessBuilder(executable.toString(), "-n", "-f", config.toString())
                        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Process started = process;
            boolean listening = Ports.awaitListening(port, Duration.ofSeconds(5), started::isAlive)
                    && (tlsPort == 0 || Ports.awaitListening(tlsPort, Duration.ofSeconds(5), started::isAlive));
            if (listening) {
                return;
            }
            Ffmpeg.destroy(process, Duration.ZERO);
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("ngircd did not listen on 127.0.0.1:" + port + ": " + read(log));
            }
            Ports.sleep(Duration.ofMillis(200)); // the port may still be held by the previous run for a moment
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }
}
