package live.studio.bench;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;
import live.studio.app.Sources;
import javafx.scene.Scene;
import live.studio.chat.ChatService;
import live.studio.chat.ChatSettings;
import live.studio.chat.FeedMessage;
import live.studio.chat.PinTarget;
import live.studio.chat.ProductMatcher;
import live.studio.encode.EncoderSettings;
import live.studio.media.VideoFormat;
import live.studio.ui.StudioApplication;
import live.studio.ui.StudioEnvironment;
import live.studio.ui.chat.ChatFeedViewModel;
import live.studio.ui.chat.ChatView;
import live.studio.ui.common.UiThread;

/**
 * A chat flood into the real studio window: an IRC server in this process sends {@code --rate} messages a second
 * (default 1000) for {@code --seconds} (default 60) to the window's chat panel, which reads them through the real IRC
 * connector, service and feed, while the window runs as usual (program preview of the test pattern at 30 fps).
 * Measures, on the JavaFX thread: the interval between pulses (p50/p99/max, target p99 < 33 ms), how far the feed
 * lags behind the flood (send time of the newest message shown vs now, target ≤ 2 s), and the heap after a full GC
 * before and after the flood (bounded: the panel keeps 5000 messages).
 *
 * <p>Runs on JavaFX's headless platform by default ({@code -Dglass.platform=Headless}, as the pom's test arguments
 * set); under Xvfb, drop that property and set DISPLAY. A measurement, not a test: it never fails a target.
 * Exit codes: 0 measured, 1 a setup error, 2 a usage error. See docs/benchmarks.md.
 */
public final class ChatFloodBenchmark {
    static final double PULSE_TARGET_MILLIS = 33;
    static final double LAG_TARGET_SECONDS = 2;
    private static final Pattern SENT = Pattern.compile(" t=(\\d+) ");
    private static final String[] TEXTS = {
        "is the denim jacket still available in M?", "love it!!", "!buy", "c'est combien la robe ?", "#12 in blue?",
        "😍😍😍", "do you ship to canada", "!code", "wow \u202Eeerf\u202C", "Z\u0301\u0302\u0303\u0304\u0305\u0306algo",
        "what size is she wearing", "trop belle", "<b>hi</b>", "first time here, hello from Lyon 👋",
        "how long does delivery take to the UK? I ordered last week and it is still not here, is that normal?",
    };

    private ChatFloodBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rate = 1000;
        int seconds = 60;
        int warmupSeconds = 5;
        boolean panelOnly = false;
        for (int index = 0; index < args.length; index++) {
            switch (args[index]) {
                case "--rate" -> rate = Integer.parseInt(args[++index]);
                case "--seconds" -> seconds = Integer.parseInt(args[++index]);
                case "--warmup-seconds" -> warmupSeconds = Integer.parseInt(args[++index]);
                case "--panel-only" -> panelOnly = true;
                default -> {
                    System.err.println("usage: ChatFloodBenchmark [--rate MESSAGES_PER_SECOND] [--seconds N] [--warmup-seconds N] [--panel-only]");
                    System.exit(2);
                }
            }
        }
        System.exit(new ChatFloodBenchmark().run(rate, seconds, warmupSeconds, panelOnly));
    }

    private int run(int rate, int seconds, int warmupSeconds, boolean panelOnly) throws Exception {
        System.out.printf(Locale.ROOT, "chat flood: %d messages/s for %d s (+%d s warm-up) into %s; glass %s; %d cores; load %s%n",
                rate, seconds, warmupSeconds, panelOnly ? "the chat panel alone" : "the studio window",
                System.getProperty("glass.platform", "default"),
                Runtime.getRuntime().availableProcessors(), loadAverage());
        try (FloodServer server = new FloodServer(rate)) {
            CountDownLatch started = new CountDownLatch(1);
            Platform.startup(started::countDown);
            started.await();
            AtomicReference<StudioApplication> application = new AtomicReference<>();
            AtomicReference<ChatFeedViewModel> chatPanel = new AtomicReference<>();
            AtomicReference<ChatService> panelService = new AtomicReference<>();
            VideoFormat format = StudioEnvironment.DEFAULT_FORMAT;
            Path recordings = Files.createTempDirectory("chat-flood");
            StudioEnvironment environment = new StudioEnvironment(format, EncoderSettings.defaults(StudioEnvironment.DEFAULT_VIDEO_BITRATE_KBPS),
                    Sources.factory(format), StudioEnvironment.NO_DEVICES, recordings);
            CountDownLatch shown = new CountDownLatch(1);
            Platform.runLater(() -> {
                try {
                    if (panelOnly) {
                        panelService.set(ChatService.create(ChatSettings.readOnly(), ProductMatcher.NONE));
                        ChatFeedViewModel panel = new ChatFeedViewModel(panelService.get(), PinTarget.NOWHERE, UiThread.javafx());
                        Stage stage = new Stage();
                        Scene scene = new Scene((javafx.scene.Parent) new ChatView(panel).root(), 420, 900);
                        scene.getStylesheets().add(StudioApplication.class.getResource("studio.css").toExternalForm());
                        stage.setScene(scene);
                        stage.show();
                        chatPanel.set(panel);
                    } else {
                        StudioApplication studio = new StudioApplication(environment);
                        studio.start(new Stage());
                        application.set(studio);
                        chatPanel.set(studio.chat());
                    }
                    String problem = chatPanel.get().connect("irc://127.0.0.1:" + server.port() + "/#flood");
                    if (!problem.isEmpty()) {
                        throw new IllegalStateException(problem);
                    }
                } finally {
                    shown.countDown();
                }
            });
            shown.await();
            if (chatPanel.get() == null) {
                System.err.println("the window did not open");
                return 1;
            }
            if (!server.awaitJoined(30)) {
                System.err.println("the studio did not join the flood channel");
                return 1;
            }
            ChatFeedViewModel chat = chatPanel.get();
            Measurements measurements = new Measurements(chat);
            Platform.runLater(measurements.timer::start);

            server.flood(warmupSeconds);
            long heapBefore = heapAfterFullGc();
            measurements.reset();
            long receivedBefore = server.sent();
            long startNanos = System.nanoTime();
            server.flood(seconds);
            double floodSeconds = (System.nanoTime() - startNanos) / 1e9;
            long heapAtEnd = heapAfterFullGc();
            Platform.runLater(measurements.timer::stop);
            Report report = measurements.report();
            long sent = server.sent() - receivedBefore;

            System.out.printf(Locale.ROOT, "sent %d messages in %.1f s (%.0f/s); feed holds %d, %d never reached the list (UI thousands behind)%n",
                    sent, floodSeconds, sent / floodSeconds, callOnFx(() -> chat.allMessages().size()), chat.droppedBeforeShown());
            System.out.printf(Locale.ROOT, "FX pulses: %d, interval p50 %.1f ms, p99 %.1f ms, max %.1f ms, %.2f %% over %.0f ms (target p99 < %.0f ms)%n",
                    report.pulses(), report.pulseP50(), report.pulseP99(), report.pulseMax(), report.pulsesOverTargetPercent(),
                    PULSE_TARGET_MILLIS, PULSE_TARGET_MILLIS);
            System.out.printf(Locale.ROOT, "feed lag (newest shown vs sent): p50 %.2f s, p99 %.2f s, max %.2f s (target ≤ %.0f s)%n",
                    report.lagP50(), report.lagP99(), report.lagMax(), LAG_TARGET_SECONDS);
            System.out.printf(Locale.ROOT, "heap after full GC: %.1f MB before the flood, %.1f MB after %d s of it; peak used %.1f MB%n",
                    heapBefore / 1e6, heapAtEnd / 1e6, seconds, measurements.peakHeapBytes.get() / 1e6);
            System.out.printf(Locale.ROOT, "process CPU %.1f s over the run; load average now %s%n",
                    processCpuSeconds(), loadAverage());
            CountDownLatch stopped = new CountDownLatch(1);
            Platform.runLater(() -> {
                try {
                    if (application.get() != null) {
                        application.get().stop();
                    } else {
                        panelService.get().close();
                    }
                } finally {
                    stopped.countDown();
                }
            });
            stopped.await(30, TimeUnit.SECONDS);
            Platform.exit();
            return 0;
        }
    }

    /** What the JavaFX thread sees each pulse. */
    private static final class Measurements {
        final List<Double> pulseMillis = Collections.synchronizedList(new ArrayList<>());
        final List<Double> lagSeconds = Collections.synchronizedList(new ArrayList<>());
        final AtomicLong peakHeapBytes = new AtomicLong();
        final AnimationTimer timer;

        Measurements(ChatFeedViewModel chat) {
            timer = new AnimationTimer() {
                private long lastNanos;
                private int pulse;

                @Override
                public void handle(long now) {
                    long wall = System.nanoTime();
                    if (lastNanos != 0) {
                        pulseMillis.add((wall - lastNanos) / 1e6);
                    }
                    lastNanos = wall;
                    var messages = chat.allMessages();
                    if (!messages.isEmpty()) {
                        FeedMessage newest = messages.getLast();
                        Matcher sent = SENT.matcher(newest.message().text());
                        if (sent.find()) {
                            lagSeconds.add((wall - Long.parseLong(sent.group(1))) / 1e9);
                        }
                    }
                    if (++pulse % 30 == 0) {
                        peakHeapBytes.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                    }
                }
            };
        }

        void reset() {
            pulseMillis.clear();
            lagSeconds.clear();
            peakHeapBytes.set(0);
        }

        Report report() {
            List<Double> pulses;
            List<Double> lags;
            synchronized (pulseMillis) {
                pulses = new ArrayList<>(pulseMillis);
            }
            synchronized (lagSeconds) {
                lags = new ArrayList<>(lagSeconds);
            }
            Collections.sort(pulses);
            Collections.sort(lags);
            long over = pulses.stream().filter(value -> value > PULSE_TARGET_MILLIS).count();
            return new Report(pulses.size(), percentile(pulses, 50), percentile(pulses, 99), pulses.isEmpty() ? 0 : pulses.getLast(),
                    pulses.isEmpty() ? 0 : 100.0 * over / pulses.size(), percentile(lags, 50), percentile(lags, 99),
                    lags.isEmpty() ? 0 : lags.getLast());
        }
    }

    record Report(int pulses, double pulseP50, double pulseP99, double pulseMax, double pulsesOverTargetPercent,
                  double lagP50, double lagP99, double lagMax) {
    }

    static double percentile(List<Double> sorted, double percent) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static long heapAfterFullGc() throws InterruptedException {
        for (int round = 0; round < 3; round++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double processCpuSeconds() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1e9 : Double.NaN;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static <T> T callOnFx(java.util.concurrent.Callable<T> read) throws Exception {
        var task = new java.util.concurrent.FutureTask<>(read);
        Platform.runLater(task);
        return task.get(30, TimeUnit.SECONDS);
    }

    /**
     * Just enough of an IRC server for one client: welcome, join, PING/PONG, then the flood at a steady pace (a
     * batch every 10 ms), each message carrying its send time ({@code t=NANOS}) for the lag measurement.
     */
    private static final class FloodServer implements AutoCloseable {
        private final ServerSocket listener;
        private final int rate;
        private final CountDownLatch joined = new CountDownLatch(1);
        private final AtomicLong sent = new AtomicLong();
        private final AtomicBoolean closed = new AtomicBoolean();
        private volatile Socket client;
        private volatile OutputStream output;

        FloodServer(int rate) throws IOException {
            this.rate = rate;
            this.listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
            Thread.ofPlatform().daemon().name("flood-server").start(this::serve);
        }

        int port() {
            return listener.getLocalPort();
        }

        long sent() {
            return sent.get();
        }

        boolean awaitJoined(int seconds) throws InterruptedException {
            return joined.await(seconds, TimeUnit.SECONDS);
        }

        private void serve() {
            try {
                client = listener.accept();
                output = new BufferedOutputStream(client.getOutputStream(), 1 << 16);
                BufferedReader reader = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
                String nick = "studio";
                String line;
                while ((line = reader.readLine()) != null) {
                    if (line.startsWith("NICK ")) {
                        nick = line.substring(5).strip();
                    } else if (line.startsWith("USER ")) {
                        write(":flood.test 001 " + nick + " :Welcome");
                    } else if (line.startsWith("JOIN ")) {
                        String channel = line.substring(5).strip();
                        write(":" + nick + "!s@127.0.0.1 JOIN " + channel, ":flood.test 366 " + nick + " " + channel + " :End of NAMES list");
                        joined.countDown();
                    } else if (line.startsWith("PING")) {
                        write("PONG" + line.substring(4));
                    }
                }
            } catch (IOException closedOrFailed) {
                // the benchmark is over
            }
        }

        private void write(String... lines) throws IOException {
            synchronized (this) {
                for (String line : lines) {
                    output.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
                }
                output.flush();
            }
        }

        /** Sends {@code rate} messages a second for {@code seconds}, in 10 ms batches on a fixed schedule. */
        void flood(int seconds) throws IOException, InterruptedException {
            long batches = seconds * 100L;
            int perBatch = rate / 100; // --rate 0: the window's own cost, for comparison
            long startNanos = System.nanoTime();
            for (long batch = 0; batch < batches && !closed.get(); batch++) {
                long dueNanos = startNanos + batch * 10_000_000L;
                long waitNanos = dueNanos - System.nanoTime();
                if (waitNanos > 0) {
                    TimeUnit.NANOSECONDS.sleep(waitNanos);
                }
                if (perBatch == 0) {
                    continue;
                }
                String[] lines = new String[perBatch];
                for (int index = 0; index < perBatch; index++) {
                    long sequence = sent.incrementAndGet();
                    lines[index] = ":viewer" + (sequence % 997) + "!v@127.0.0.1 PRIVMSG #flood :" + TEXTS[(int) (sequence % TEXTS.length)]
                            + " t=" + System.nanoTime() + " #" + sequence;
                }
                write(lines);
            }
        }

        @Override
        public void close() throws IOException {
            closed.set(true);
            listener.close();
            if (client != null) {
                client.close();
            }
        }
    }
}
