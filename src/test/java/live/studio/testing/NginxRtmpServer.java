package live.studio.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The system's nginx with the RTMP module (Debian: nginx-light + libnginx-mod-rtmp), run as an ordinary foreground
 * process on a free 127.0.0.1 port: a real multi-client ingest that records every published stream to
 * {@code rec/KEY.flv}. One process ({@code master_process off}), so it runs as the test's own user, writes under
 * target/, and {@link #kill()} takes the whole server down at once.
 * <pre>{@code
 * RequiredTool.assumeAvailableOrFailInCi(NginxRtmpServer.isAvailable(), NginxRtmpServer.REQUIREMENT);
 * try (var nginx = NginxRtmpServer.builder().withPublishAuth(Set.of("good-key")).start()) {
 *     ... publish to nginx.url("good-key") ...
 *     Path recording = nginx.recordedFile("good-key");
 * }
 * }</pre>
 */
public final class NginxRtmpServer implements AutoCloseable {
    public static final String REQUIREMENT = "nginx with libnginx-mod-rtmp";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration RECORDING_TIMEOUT = Duration.ofSeconds(60);
    private static final List<String> NGINX_CANDIDATES = List.of("/usr/sbin/nginx", "/usr/local/sbin/nginx",
            "/usr/local/nginx/sbin/nginx", "/opt/homebrew/bin/nginx", "/usr/local/bin/nginx", "/usr/bin/nginx");
    private static final List<String> MODULE_DIRECTORY_CANDIDATES = List.of("/usr/lib/nginx/modules",
            "/usr/lib64/nginx/modules", "/usr/share/nginx/modules", "/usr/local/lib/nginx/modules",
            "/etc/nginx/modules", "/usr/local/nginx/modules");
    private static final String MODULE_FILE = "ngx_rtmp_module.so";

    private final Path directory;
    private final Path recordDirectory;
    private final Path errorLog;
    private final int port;
    private final List<String> command;
    private volatile Process process;
    private final HttpServer authServer;
    private final Set<String> allowedKeys;
    private final List<String> publishRequests;

    private NginxRtmpServer(Path directory, Path recordDirectory, Path errorLog, int port, List<String> command,
                            Process process, HttpServer authServer, Set<String> allowedKeys, List<String> publishRequests) {
        this.directory = directory;
        this.recordDirectory = recordDirectory;
        this.errorLog = errorLog;
        this.port = port;
        this.command = command;
        this.process = process;
        this.authServer = authServer;
        this.allowedKeys = allowedKeys;
        this.publishRequests = publishRequests;
    }

    /** How nginx and its RTMP module were found on this machine. */
    public record Installation(Path nginx, Optional<Path> rtmpModule) {
    }

    /** Whether nginx with the RTMP module (loadable or built in) is installed. */
    public static boolean isAvailable() {
        return installation().isPresent();
    }

    public static Optional<Installation> installation() {
        Optional<Path> nginx = Optional.ofNullable(System.getenv("STUDIO_TEST_NGINX")).map(Path::of)
                .filter(Files::isExecutable)
                .or(() -> NGINX_CANDIDATES.stream().map(Path::of).filter(Files::isExecutable).findFirst())
                .or(() -> onPath("nginx"));
        if (nginx.isEmpty()) {
            return Optional.empty();
        }
        String configureArguments = nginxVersionOutput(nginx.get());
        if (configureArguments.contains("rtmp-module") && configureArguments.contains("--add-module")) {
            return Optional.of(new Installation(nginx.get(), Optional.empty()));
        }
        var directories = new ArrayList<String>();
        Matcher modulesPath = Pattern.compile("--modules-path=(\\S+)").matcher(configureArguments);
        if (modulesPath.find()) {
            directories.add(modulesPath.group(1));
        }
        Matcher prefix = Pattern.compile("--prefix=(\\S+)").matcher(configureArguments);
        if (prefix.find()) {
            directories.add(prefix.group(1) + "/modules");
        }
        directories.addAll(MODULE_DIRECTORY_CANDIDATES);
        return directories.stream().map(dir -> Path.of(dir, MODULE_FILE)).filter(Files::isRegularFile).findFirst()
                .map(module -> new Installation(nginx.get(), Optional.of(module)));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** An nginx-rtmp server that accepts every stream key. */
    public static NginxRtmpServer start() {
        return builder().start();
    }

    public static final class Builder {
        private Set<String> allowedKeys;
        private boolean publishDenied;
        private String name = "nginx-rtmp";

        private Builder() {
        }

        /**
         * Lets only these stream keys publish: adds {@code on_publish http://127.0.0.1:PORT/auth} to the application
         * and answers it from a JDK HttpServer (200 for an allowed {@code name}, 403 otherwise), so nginx refuses the
         * others as a platform refuses a wrong key.
         */
        public Builder withPublishAuth(Set<String> allowedKeys) {
            this.allowedKeys = Set.copyOf(allowedKeys);
            return this;
        }

        /**
         * Refuses every publisher with nginx's own {@code deny publish all}: nginx closes the connection right after
         * the publish command, so FFmpeg's open succeeds and the first writes fail (unlike {@code on_publish}, whose
         * refusal fails the open).
         */
        public Builder withPublishDenied() {
            this.publishDenied = true;
            return this;
        }

        /** Names the test directory (target/test-output/NAME-...). */
        public Builder named(String name) {
            this.name = name;
            return this;
        }

        public NginxRtmpServer start() {
            var installation = installation().orElseThrow(() -> new IllegalStateException(REQUIREMENT
                    + " is not installed (Debian/Ubuntu: apt-get install nginx-light libnginx-mod-rtmp)"));
            Path directory = TestOutput.newDirectory(name);
            Path recordDirectory = directory.resolve("rec");
            Path errorLog = directory.resolve("error.log");
            var publishRequests = new CopyOnWriteArrayList<String>();
            Set<String> allowed = allowedKeys == null ? null : java.util.concurrent.ConcurrentHashMap.newKeySet();
            if (allowed != null) {
                allowed.addAll(allowedKeys);
            }
            HttpServer authServer = allowed == null ? null : startAuthServer(allowed, publishRequests);
            int port = Ports.freeLoopbackPort();
            Process process = null;
            try {
                Files.createDirectories(recordDirectory);
                Files.createDirectories(directory.resolve("logs"));
                Path config = directory.resolve("nginx.conf");
                Files.writeString(config, config(installation, directory, recordDirectory, errorLog, port, authServer, publishDenied));
                List<String> command = List.of(installation.nginx().toString(), "-p", directory.toString(),
                        "-c", config.toString(), "-e", errorLog.toString());
                process = launch(command, directory);
                var server = new NginxRtmpServer(directory, recordDirectory, errorLog, port, command, process, authServer,
                        allowed, Collections.unmodifiableList(publishRequests));
                final Process started = process;
                if (!Ports.awaitListening(port, START_TIMEOUT, started::isAlive)) {
                    server.close();
                    throw new IllegalStateException("nginx did not listen on 127.0.0.1:" + port + ": "
                            + readQuietly(directory.resolve("nginx.out")) + readQuietly(errorLog));
                }
                return server;
            } catch (IOException e) {
                if (process != null) {
                    Ffmpeg.destroy(process, Duration.ZERO);
                }
                if (authServer != null) {
                    authServer.stop(0);
                }
                throw new UncheckedIOException(e);
            }
        }
    }

    private static Process launch(List<String> command, Path directory) throws IOException {
        return new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve("nginx.out").toFile()))
                .start();
    }

    /** Where to publish: {@code rtmp://127.0.0.1:PORT/live/KEY}. */
    public String url(String streamKey) {
        return "rtmp://127.0.0.1:" + port + "/live/" + streamKey;
    }

    public int port() {
        return port;
    }

    public Path directory() {
        return directory;
    }

    public Path errorLog() {
        return errorLog;
    }

    /** The stream keys nginx asked the publish check about, in order (empty without {@link Builder#withPublishAuth}). */
    public List<String> publishRequests() {
        return publishRequests;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /**
     * The recording of a stream, once its publisher has disconnected and nginx has closed {@code rec/KEY.flv}
     * (seen in nginx's log, or the file stops growing when the log cannot tell). Waits generously.
     */
    public Path recordedFile(String streamKey) {
        return recordedFile(streamKey, RECORDING_TIMEOUT);
    }

    public Path recordedFile(String streamKey, Duration timeout) {
        Path file = recordDirectory.resolve(streamKey + ".flv");
        long deadline = System.nanoTime() + timeout.toNanos();
        long lastSize = -1;
        long stableSince = System.nanoTime();
        while (System.nanoTime() < deadline) {
            if (Files.isRegularFile(file)) {
                if (publisherDisconnected(streamKey)) {
                    return file;
                }
                long size = sizeOf(file);
                if (size != lastSize) {
                    lastSize = size;
                    stableSince = System.nanoTime();
                } else if (!process.isAlive() && System.nanoTime() - stableSince > Duration.ofSeconds(1).toNanos()) {
                    return file; // killed mid-stream: what was written is all there will be
                }
            }
            Ports.sleep(Duration.ofMillis(100));
        }
        throw new IllegalStateException("no finished recording " + file + " within " + timeout + "; log: " + errorLog);
    }

    /** Kills nginx at once (kill -9) mid-stream: publishers see the connection die. */
    public void kill() {
        Ffmpeg.destroy(process, Duration.ZERO);
    }

    /**
     * Starts nginx again after {@link #kill()}, on the same port with the same configuration (a publisher's
     * reconnection finds the same URL), and waits until it listens.
     */
    public void restart() {
        if (process.isAlive()) {
            throw new IllegalStateException("nginx is still running: kill() it first");
        }
        try {
            Process started = launch(command, directory);
            process = started;
            if (!Ports.awaitListening(port, START_TIMEOUT, started::isAlive)) {
                throw new IllegalStateException("nginx did not listen again on 127.0.0.1:" + port + ": " + readQuietly(errorLog));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Freezes nginx (SIGSTOP): its connections stay open and the kernel still accepts new ones into the backlog,
     * but nothing is read or answered: an ingest that hangs. {@link #thaw()} lets it run on.
     */
    public void freeze() {
        signal("STOP");
    }

    /** Lets a {@link #freeze() frozen} nginx run on (SIGCONT). */
    public void thaw() {
        signal("CONT");
    }

    /** Stops letting {@code streamKey} publish (needs {@link Builder#withPublishAuth}): a key revoked mid-show. */
    public void revokeKey(String streamKey) {
        if (allowedKeys == null) {
            throw new IllegalStateException("this server has no publish check: build it withPublishAuth(...)");
        }
        allowedKeys.remove(streamKey);
    }

    /** The nginx process (one: master_process off), for signals and /proc. */
    public long pid() {
        return process.pid();
    }

    private void signal(String name) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + name, String.valueOf(process.pid())).redirectErrorStream(true).start();
            String output = new String(kill.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new IllegalStateException("kill -" + name + " " + process.pid() + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while signalling nginx", e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            thaw(); // a stopped process does not act on SIGTERM until it runs again
        }
        Ffmpeg.destroy(process, Duration.ofSeconds(5));
        if (authServer != null) {
            authServer.stop(0);
        }
    }

    private boolean publisherDisconnected(String streamKey) {
        // "*3 publish: name='KEY' args='' ..." and later "*3 disconnect": the same connection number.
        String log = readQuietly(errorLog);
        Matcher publish = Pattern.compile("\\*(\\d+) publish: name='" + Pattern.quote(streamKey) + "'").matcher(log);
        int lastPublishAt = -1;
        String connection = null;
        while (publish.find()) {
            lastPublishAt = publish.end();
            connection = publish.group(1);
        }
        return connection != null && log.indexOf("*" + connection + " disconnect", lastPublishAt) >= 0;
    }

    private static String config(Installation installation, Path directory, Path recordDirectory, Path errorLog,
                                 int port, HttpServer authServer, boolean publishDenied) {
        var config = new StringBuilder();
        installation.rtmpModule().ifPresent(module -> config.append("load_module ").append(module).append(";\n"));
        config.append("""
                daemon off;
                master_process off;
                worker_processes 1;
                pid %s;
                error_log %s info;
                events {
                    worker_connections 128;
                }
                rtmp {
                    server {
                        listen 127.0.0.1:%d;
                        chunk_size 4096;
                        application live {
                            live on;
                            record all;
                            record_path %s;
                            record_unique off;
                """.formatted(directory.resolve("nginx.pid"), errorLog, port, recordDirectory));
        if (authServer != null) {
            config.append("            on_publish http://127.0.0.1:").append(authServer.getAddress().getPort())
                    .append("/auth;\n");
        }
        if (publishDenied) {
            config.append("            deny publish all;\n");
        }
        config.append("""
                        }
                    }
                }
                """);
        return config.toString();
    }

    private static HttpServer startAuthServer(Set<String> allowedKeys, List<String> publishRequests) {
        try {
            var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
            server.createContext("/auth", exchange -> {
                try (exchange) {
                    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                    String query = exchange.getRequestURI().getRawQuery();
                    String key = formField(body, "name").or(() -> formField(query, "name")).orElse("");
                    publishRequests.add(key);
                    int status = allowedKeys.contains(key) ? 200 : 403;
                    exchange.sendResponseHeaders(status, -1);
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<String> formField(String form, String field) {
        if (form == null || form.isEmpty()) {
            return Optional.empty();
        }
        for (String pair : form.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8).equals(field)) {
                return Optional.of(URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }

    private static String nginxVersionOutput(Path nginx) {
        try {
            var process = new ProcessBuilder(nginx.toString(), "-V").redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            return output;
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private static Optional<Path> onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    private static String readQuietly(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return "";
        }
    }
}
