package live.studio.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import live.studio.testing.AvSyncAnalyzer;
import live.studio.testing.Ffmpeg;
import live.studio.testing.NginxRtmpServer;

/**
 * The studio's headless engine against the FFmpeg command line doing the identical job — a test pattern with
 * burned-in text and a white flash once a second, x264 veryfast/zerolatency CBR with the studio's exact settings, AAC,
 * FLV to a loopback nginx-rtmp — run one after the other in alternating order, as separate processes, so both pay
 * for their whole process (start-up, JIT, every thread). Reports the CPU-seconds ratio per pair and its median,
 * dropped frames, peak resident memory, the studio's A/V offset (from nginx's recording) and encoder latency.
 *
 * <p>A measurement, not a test: it never fails because a target is missed. Exit codes: 0 measured, 1 a setup error or
 * a run that could not be measured, 2 a usage error. See docs/benchmarks.md.
 */
public final class PipelineBenchmark {
    static final int MINIMUM_SECONDS = 20;
    static final int MINIMUM_PAIRS = 3;
    static final int FRAMES_PER_SECOND = 30;
    static final double TARGET_CPU_RATIO = 1.15;
    static final int TARGET_CORES = 2;
    private static final int AUDIO_BITRATE_KILOBITS_PER_SECOND = 160;
    /** A run that takes this much longer than its duration has hung (the studio gives up connecting after 10 s). */
    private static final Duration RUN_GRACE = Duration.ofSeconds(90);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(100);
    private static final Path GNU_TIME = Path.of("/usr/bin/time");
    private static final Path FONT_DIRECTORY = Path.of("/usr/share/fonts");
    private static final String FONT_FILE = "DejaVuSansMono.ttf";
    private static final Pattern STUDIO_STOPPED = Pattern.compile("stopped; (\\d+) frames, (\\d+) dropped");
    private static final Pattern STUDIO_LATENCY = Pattern.compile("latency (\\d+) ms");
    private static final Pattern FFMPEG_FRAME = Pattern.compile("frame=\\s*(\\d+)");
    private static final Pattern FFMPEG_DROP = Pattern.compile("drop=\\s*(\\d+)");

    /** The child process being measured, so an interrupted benchmark (Ctrl-C) does not leave it streaming. */
    private static volatile Process currentProcess;

    private PipelineBenchmark() {
    }

    /** A picture size and the platforms' suggested CBR bitrate for it at 30 fps. */
    record FrameSize(int width, int height) {
        static FrameSize parse(String text) {
            Matcher matcher = Pattern.compile("(\\d+)x(\\d+)").matcher(text.strip());
            if (!matcher.matches()) {
                throw new IllegalArgumentException("size must be WIDTHxHEIGHT, e.g. 1920x1080, got '" + text + "'");
            }
            return new FrameSize(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
        }

        int videoBitrateKilobitsPerSecond() {
            return height >= 1080 ? 4500 : 2500;
        }

        String label() {
            return width + "x" + height;
        }
    }

    record Options(int seconds, int pairs, List<FrameSize> sizes) {
        static Options parse(String[] arguments) {
            int seconds = 30;
            int pairs = 3;
            boolean allowShort = false;
            List<FrameSize> sizes = List.of(new FrameSize(1280, 720), new FrameSize(1920, 1080));
            for (int index = 0; index < arguments.length; index++) {
                String argument = arguments[index];
                switch (argument) {
                    case "--seconds" -> seconds = whole(value(arguments, ++index, argument), argument);
                    case "--pairs" -> pairs = whole(value(arguments, ++index, argument), argument);
                    case "--sizes" -> sizes = Stream.of(value(arguments, ++index, argument).split(","))
                            .map(Options::size).toList();
                    // For smoke runs of the benchmark itself: figures from shorter runs are dominated by start-up.
                    case "--allow-short" -> allowShort = true;
                    case "--help", "-h" -> throw new UsageException(null);
                    default -> throw new UsageException("unknown argument '" + argument + "'");
                }
            }
            if (!allowShort && seconds < MINIMUM_SECONDS) {
                throw new UsageException("--seconds must be at least " + MINIMUM_SECONDS
                        + " (start-up would dominate shorter runs), got " + seconds);
            }
            if (!allowShort && pairs < MINIMUM_PAIRS) {
                throw new UsageException("--pairs must be at least " + MINIMUM_PAIRS + " (a median needs them), got " + pairs);
            }
            if (seconds < 1 || pairs < 1 || sizes.isEmpty()) {
                throw new UsageException("--seconds and --pairs must be positive and --sizes not empty");
            }
            return new Options(seconds, pairs, sizes);
        }

        private static FrameSize size(String text) {
            try {
                return FrameSize.parse(text);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        }

        private static int whole(String text, String option) {
            try {
                return Integer.parseInt(text);
            } catch (NumberFormatException e) {
                throw new UsageException(option + " needs a whole number, got '" + text + "'");
            }
        }

        private static String value(String[] arguments, int index, String option) {
            if (index >= arguments.length) {
                throw new UsageException(option + " needs a value");
            }
            return arguments[index];
        }
    }

    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }

    /** Something the benchmark needs is missing or broken: no figures can be produced. */
    static final class SetupException extends RuntimeException {
        SetupException(String message) {
            super(message);
        }
    }

    /** Whole-process figures of one finished child process. */
    record Usage(double cpuSeconds, double wallSeconds, double peakResidentMegabytes) {
    }

    /** One process's run: how it ended, what it cost and what it reported about itself. */
    record Run(String engine, String streamKey, int exitCode, Usage usage, OptionalLong renderedFrames,
               OptionalLong droppedFrames, OptionalDouble medianLatencyMilliseconds, Path standardOutput,
               Path standardError) {
        boolean succeeded() {
            return exitCode == 0;
        }
    }

    /** A/V offset of one studio recording, or why there is none. */
    record AvOffset(double medianMilliseconds, double maximumAbsoluteMilliseconds, String problem) {
        static AvOffset unavailable(String problem) {
            return new AvOffset(Double.NaN, Double.NaN, problem);
        }
    }

    record Pair(int number, boolean studioFirst, double loadAverageAtStart, Run studio, Run ffmpeg) {
        double cpuRatio() {
            return studio.usage().cpuSeconds() / ffmpeg.usage().cpuSeconds();
        }
    }

    record SizeResult(FrameSize size, List<Pair> pairs, List<AvOffset> avOffsets) {
    }

    /** Facts without which the figures mean little. */
    record Machine(String date, String processors, String cpuModel, String memory, String kernel, String jdk,
                   String ffmpegVersion, String loadAverageAtStart, String measuredWith) {
    }

    public static void main(String[] arguments) {
        int exitCode;
        try {
            Options options = Options.parse(arguments);
            exitCode = run(options);
        } catch (UsageException e) {
            if (e.getMessage() != null) {
                System.err.println("benchmark: " + e.getMessage());
            }
            System.err.println("usage: PipelineBenchmark [--seconds S (>= " + MINIMUM_SECONDS + ", default 30)]"
                    + " [--pairs N (>= " + MINIMUM_PAIRS + ", default 3)] [--sizes 1280x720,1920x1080]");
            exitCode = e.getMessage() == null ? 0 : 2;
        } catch (SetupException e) {
            System.err.println("benchmark: " + e.getMessage());
            exitCode = 1;
        }
        System.exit(exitCode);
    }

    private static int run(Options options) {
        Path launcher = Path.of("target", "studio", "bin", "studio").toAbsolutePath();
        if (!Files.isExecutable(launcher)) {
            throw new SetupException("no studio distribution at " + launcher + ": run ./mvnw -DskipTests package first");
        }
        if (NginxRtmpServer.installation().isEmpty()) {
            throw new SetupException(NginxRtmpServer.REQUIREMENT + " is not installed; the benchmark streams to it"
                    + " (Debian/Ubuntu: apt-get install nginx-light libnginx-mod-rtmp)");
        }
        Optional<Path> font = findFont();
        Path reportDirectory = Path.of("target", "benchmark").toAbsolutePath();
        Machine machine = describeMachine();
        System.err.printf(Locale.ROOT, "benchmark: %s; %s; load %s; %d s per run, %d pairs per size%n",
                machine.processors(), machine.cpuModel(), machine.loadAverageAtStart(), options.seconds(), options.pairs());
        font.ifPresentOrElse(path -> System.err.println("benchmark: FFmpeg burns in text with " + path),
                () -> System.err.println("benchmark: no " + FONT_FILE + " under " + FONT_DIRECTORY
                        + ": the FFmpeg command runs without drawtext (its CPU figure is then too low)"));

        List<SizeResult> results = new ArrayList<>();
        boolean everyRunMeasured = true;
        try (NginxRtmpServer nginx = startNginx()) {
            Thread cleanup = Thread.ofPlatform().unstarted(() -> {
                destroyWithDescendants(currentProcess);
                nginx.close();
            });
            Runtime.getRuntime().addShutdownHook(cleanup);
            for (FrameSize size : options.sizes()) {
                List<Pair> pairs = new ArrayList<>();
                for (int number = 1; number <= options.pairs(); number++) {
                    // Alternate who goes first, so a drift in the machine's load (or its temperature) does not
                    // always land on the same side.
                    boolean studioFirst = number % 2 == 1;
                    double loadAverage = loadAverages()[0];
                    String studioKey = "studio-" + size.label() + "-" + number;
                    String ffmpegKey = "ffmpeg-" + size.label() + "-" + number;
                    Path runDirectory = reportDirectory.resolve("runs").resolve(size.label() + "-" + number);
                    Run studio;
                    Run ffmpeg;
                    if (studioFirst) {
                        studio = runStudio(launcher, nginx, size, studioKey, options.seconds(), runDirectory);
                        ffmpeg = runFfmpeg(nginx, size, ffmpegKey, options.seconds(), font, runDirectory);
                    } else {
                        ffmpeg = runFfmpeg(nginx, size, ffmpegKey, options.seconds(), font, runDirectory);
                        studio = runStudio(launcher, nginx, size, studioKey, options.seconds(), runDirectory);
                    }
                    everyRunMeasured &= studio.succeeded() && ffmpeg.succeeded();
                    Pair pair = new Pair(number, studioFirst, loadAverage, studio, ffmpeg);
                    pairs.add(pair);
                    System.err.printf(Locale.ROOT, "benchmark: %s pair %d/%d: studio %.2f CPU-s, ffmpeg %.2f CPU-s, ratio %.3f%n",
                            size.label(), number, options.pairs(), studio.usage().cpuSeconds(),
                            ffmpeg.usage().cpuSeconds(), pair.cpuRatio());
                }
                // Decoding the recordings costs CPU too: only after every run of this size has finished.
                List<AvOffset> offsets = pairs.stream().map(pair -> avOffset(nginx, pair.studio())).toList();
                results.add(new SizeResult(size, pairs, offsets));
            }
            Runtime.getRuntime().removeShutdownHook(cleanup);
        }

        String report = report(options, machine, String.join(" ", readLoadAverageFields()), font, results,
                launcher, reportDirectory);
        System.out.println(report);
        try {
            Files.createDirectories(reportDirectory);
            Files.writeString(reportDirectory.resolve("report.md"), report, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.err.println("benchmark: report written to " + reportDirectory.resolve("report.md"));
        if (!everyRunMeasured) {
            System.err.println("benchmark: some runs failed (see their logs under " + reportDirectory.resolve("runs")
                    + "): their figures are not comparable");
            return 1;
        }
        return 0;
    }

    private static NginxRtmpServer startNginx() {
        try {
            return NginxRtmpServer.builder().named("benchmark-nginx").start();
        } catch (RuntimeException e) {
            throw new SetupException("cannot start nginx-rtmp: " + e.getMessage());
        }
    }

    // ---- the two contestants ------------------------------------------------------------------------------------

    static List<String> studioArguments(FrameSize size, int seconds, String url) {
        return List.of("live", "--headless", "--video", "test", "--audio", "test", "--size", size.label(),
                "--fps", String.valueOf(FRAMES_PER_SECOND),
                "--video-bitrate-kbps", String.valueOf(size.videoBitrateKilobitsPerSecond()),
                "--output", url, "--duration", String.valueOf(seconds), "--stats");
    }

    /**
     * The FFmpeg command line for the studio's job: x264 options as VideoEncoder sets them (CBR with a one-second
     * buffer, nal-hrd=cbr, no scene-cut, a keyframe every 2 s, force-cfr), AAC as EncoderSettings.defaults.
     */
    static List<String> ffmpegArguments(FrameSize size, int seconds, String url, Optional<Path> font) {
        int keyframeIntervalFrames = 2 * FRAMES_PER_SECOND;
        String bitrate = size.videoBitrateKilobitsPerSecond() + "k";
        // The studio's once-a-second white frame, so both encoders see the same kind of hard cut. Half a second off
        // the keyframe grid: on frame 0, 60, 120... every forced IDR would be a trivially cheap all-white picture,
        // while the studio's flashes follow the wall clock and rarely meet its keyframes.
        String flash = "drawbox=x=0:y=0:w=iw:h=ih:color=white:t=fill:enable='eq(mod(n," + FRAMES_PER_SECOND + "),"
                + FRAMES_PER_SECOND / 2 + ")'";
        String filter = font.map(path -> "drawtext=fontfile='" + path + "':text='%{n} %{localtime}':fontsize="
                + size.height() / 24 + ":fontcolor=white:box=1:boxcolor=0x101010:x=8:y=8," + flash).orElse(flash);
        return List.of("-loglevel", "info", "-stats", "-re",
                "-f", "lavfi", "-i", "testsrc2=size=" + size.label() + ":rate=" + FRAMES_PER_SECOND,
                "-re", "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000",
                "-map", "0:v", "-map", "1:a", "-vf", filter,
                "-c:v", "libx264", "-preset", "veryfast", "-tune", "zerolatency", "-profile:v", "high",
                "-pix_fmt", "yuv420p", "-b:v", bitrate, "-maxrate", bitrate, "-bufsize", bitrate,
                "-x264-params", "nal-hrd=cbr:scenecut=0:keyint=" + keyframeIntervalFrames + ":min-keyint="
                        + keyframeIntervalFrames + ":force-cfr=1",
                "-c:a", "aac", "-b:a", AUDIO_BITRATE_KILOBITS_PER_SECOND + "k", "-ar", "48000", "-ac", "2",
                "-t", String.valueOf(seconds), "-f", "flv", url);
    }

    private static Run runStudio(Path launcher, NginxRtmpServer nginx, FrameSize size, String streamKey, int seconds,
                                 Path directory) {
        var command = new ArrayList<String>();
        command.add(launcher.toString());
        command.addAll(studioArguments(size, seconds, nginx.url(streamKey)));
        var builder = new ProcessBuilder();
        // The JDK this benchmark runs on (the one it reports), and no launcher search for a Java: that search starts
        // several `java -version` probes, a cost of the launcher script on this machine, not of the engine.
        builder.environment().put("STUDIO_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Measured measured = measure(command, builder, directory, "studio", seconds);
        String standardOutput = readQuietly(measured.standardOutput());
        String standardError = readQuietly(measured.standardError());
        OptionalLong rendered = OptionalLong.empty();
        OptionalLong dropped = OptionalLong.empty();
        Matcher stopped = STUDIO_STOPPED.matcher(standardError);
        while (stopped.find()) {
            rendered = OptionalLong.of(Long.parseLong(stopped.group(1)));
            dropped = OptionalLong.of(Long.parseLong(stopped.group(2)));
        }
        var latencies = new ArrayList<Double>();
        Matcher latency = STUDIO_LATENCY.matcher(standardOutput);
        while (latency.find()) {
            latencies.add(Double.parseDouble(latency.group(1)));
        }
        awaitRecording(nginx, streamKey);
        return new Run("studio", streamKey, measured.exitCode(), measured.usage(), rendered, dropped,
                latencies.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(median(latencies)),
                measured.standardOutput(), measured.standardError());
    }

    private static Run runFfmpeg(NginxRtmpServer nginx, FrameSize size, String streamKey, int seconds,
                                 Optional<Path> font, Path directory) {
        var command = new ArrayList<String>();
        command.add(Ffmpeg.ffmpeg().toString());
        command.add("-hide_banner");
        command.add("-nostdin");
        command.addAll(ffmpegArguments(size, seconds, nginx.url(streamKey), font));
        var builder = new ProcessBuilder();
        // As Ffmpeg does for its own runs: the jar's executables find their direct libraries through RUNPATH, but not
        // what those load in turn (libavutil needs libva.so.2 from the same directory).
        String libraryDirectory = Ffmpeg.ffmpeg().getParent().toString();
        String existing = builder.environment().get("LD_LIBRARY_PATH");
        builder.environment().put("LD_LIBRARY_PATH", existing == null || existing.isEmpty()
                ? libraryDirectory : libraryDirectory + ":" + existing);
        Measured measured = measure(command, builder, directory, "ffmpeg", seconds);
        String standardError = readQuietly(measured.standardError());
        OptionalLong frames = lastNumber(FFMPEG_FRAME, standardError);
        // ffmpeg prints "dup=N drop=N" in its progress line only once either is non-zero.
        OptionalLong dropped = frames.isPresent() ? OptionalLong.of(lastNumber(FFMPEG_DROP, standardError).orElse(0))
                : OptionalLong.empty();
        awaitRecording(nginx, streamKey);
        return new Run("ffmpeg", streamKey, measured.exitCode(), measured.usage(), frames, dropped,
                OptionalDouble.empty(), measured.standardOutput(), measured.standardError());
    }

    /** Waits until nginx has closed the recording, so its last writes do not land in the next run's time. */
    private static void awaitRecording(NginxRtmpServer nginx, String streamKey) {
        try {
            nginx.recordedFile(streamKey, Duration.ofSeconds(30));
        } catch (IllegalStateException e) {
            System.err.println("benchmark: " + e.getMessage());
        }
    }

    private static AvOffset avOffset(NginxRtmpServer nginx, Run studio) {
        Path recording = nginx.directory().resolve("rec").resolve(studio.streamKey() + ".flv");
        if (!Files.isRegularFile(recording)) {
            return AvOffset.unavailable("no recording");
        }
        try {
            AvSyncAnalyzer.AvSyncReport report = AvSyncAnalyzer.analyze(recording);
            if (report.offsetsMs().isEmpty()) {
                return AvOffset.unavailable(report.flashCount() + " flashes, " + report.beepCount() + " beeps, none paired");
            }
            return new AvOffset(report.medianOffsetMs(), report.maxAbsOffsetMs(), "");
        } catch (RuntimeException e) {
            return AvOffset.unavailable("analysis failed: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    // ---- measuring a process ------------------------------------------------------------------------------------

    record Measured(int exitCode, Usage usage, Path standardOutput, Path standardError) {
    }

    /**
     * Runs the command to its end and measures the whole process: user + system CPU of every thread and of every
     * child it waited for, and its peak resident set. GNU time reads these from the kernel's rusage at exit, which
     * is exact; without it, /proc/PID is polled and the last values before exit are kept (the final ~100 ms of
     * shutdown are then missing from the CPU figure).
     */
    static Measured measure(List<String> command, ProcessBuilder builder, Path directory, String name,
                                    int seconds) {
        Path standardOutput = directory.resolve(name + ".out");
        Path standardError = directory.resolve(name + ".err");
        Path timeReport = directory.resolve(name + ".time");
        boolean gnuTime = Files.isExecutable(GNU_TIME);
        var fullCommand = new ArrayList<String>();
        if (gnuTime) {
            // elapsed wall seconds, user CPU seconds, system CPU seconds, peak resident kilobytes
            fullCommand.addAll(List.of(GNU_TIME.toString(), "-o", timeReport.toString(), "-f", "%e %U %S %M"));
        }
        fullCommand.addAll(command);
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve(name + ".command"), Ffmpeg.describe(fullCommand) + "\n");
            builder.command(fullCommand)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .redirectOutput(standardOutput.toFile())
                    .redirectError(standardError.toFile());
            long startNanos = System.nanoTime();
            Process process = builder.start();
            currentProcess = process;
            ProcessSample last = new ProcessSample(0, 0);
            long deadline = startNanos + Duration.ofSeconds(seconds).plus(RUN_GRACE).toNanos();
            boolean timedOut = false;
            while (!process.waitFor(POLL_INTERVAL.toMillis(), TimeUnit.MILLISECONDS)) {
                if (!gnuTime) {
                    last = ProcessSample.read(process.pid()).orElse(last);
                }
                if (System.nanoTime() > deadline) {
                    timedOut = true;
                    destroyWithDescendants(process);
                    process.waitFor();
                }
            }
            double wallSeconds = (System.nanoTime() - startNanos) / 1e9;
            currentProcess = null;
            int exitCode = timedOut ? -1 : process.exitValue();
            Usage usage = gnuTime ? parseTimeReport(timeReport, wallSeconds)
                    : new Usage(last.cpuSeconds(), wallSeconds, last.peakResidentMegabytes());
            if (exitCode != 0) {
                System.err.println("benchmark: " + name + " " + (timedOut ? "timed out" : "exited with " + exitCode)
                        + "; its log: " + standardError);
                System.err.println(tail(readQuietly(standardError)));
            }
            return new Measured(exitCode, usage, standardOutput, standardError);
        } catch (IOException e) {
            throw new SetupException("cannot run " + Ffmpeg.describe(fullCommand) + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SetupException("interrupted");
        }
    }

    /** GNU time writes "Command exited with non-zero status N" before the format line when the command fails. */
    private static Usage parseTimeReport(Path report, double wallSecondsFallback) {
        List<String> lines = readQuietly(report).lines().filter(line -> !line.isBlank()).toList();
        if (lines.isEmpty()) {
            return new Usage(Double.NaN, wallSecondsFallback, Double.NaN);
        }
        String[] fields = lines.getLast().strip().split("\\s+");
        try {
            return new Usage(Double.parseDouble(fields[1]) + Double.parseDouble(fields[2]), Double.parseDouble(fields[0]),
                    Double.parseDouble(fields[3]) / 1024);
        } catch (RuntimeException e) {
            return new Usage(Double.NaN, wallSecondsFallback, Double.NaN);
        }
    }

    /** CPU and peak memory of a live process from /proc, for machines without GNU time. */
    record ProcessSample(double cpuSeconds, double peakResidentMegabytes) {
        private static final double CLOCK_TICKS_PER_SECOND = clockTicksPerSecond();

        static Optional<ProcessSample> read(long pid) {
            try {
                String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
                // The command name (field 2) may hold spaces: count fields after its closing parenthesis.
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                // fields[11..14] = utime, stime, cutime, cstime (fields 14-17 of proc(5)), in clock ticks
                long ticks = 0;
                for (int index = 11; index <= 14; index++) {
                    ticks += Long.parseLong(fields[index]);
                }
                double peakKilobytes = Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status")).stream()
                        .filter(line -> line.startsWith("VmHWM:"))
                        .map(line -> Double.parseDouble(line.replaceAll("[^0-9]", "")))
                        .findFirst().orElse(Double.NaN);
                return Optional.of(new ProcessSample(ticks / CLOCK_TICKS_PER_SECOND, peakKilobytes / 1024));
            } catch (IOException | RuntimeException e) {
                return Optional.empty(); // the process has just exited
            }
        }

        private static double clockTicksPerSecond() {
            String output = commandOutput(List.of("getconf", "CLK_TCK")).strip();
            return output.matches("\\d+") ? Double.parseDouble(output) : 100;
        }
    }

    /** A SIGTERM ends GNU time but not the command it runs (which would go on streaming): end the descendants too. */
    private static void destroyWithDescendants(Process process) {
        if (process == null) {
            return;
        }
        process.toHandle().descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- the report ----------------------------------------------------------------------------------------------

    static String report(Options options, Machine machine, String loadAverageAtEnd, Optional<Path> font,
                         List<SizeResult> results, Path launcher, Path reportDirectory) {
        var text = new StringBuilder();
        text.append("# Pipeline benchmark: the studio against the FFmpeg command line\n\n");
        text.append("- Date: ").append(machine.date()).append('\n');
        text.append("- Machine: ").append(machine.processors()).append("; ").append(machine.cpuModel()).append("; ")
                .append(machine.memory()).append("; Linux ").append(machine.kernel()).append('\n');
        text.append("- Load average (1, 5, 15 min): ").append(machine.loadAverageAtStart()).append(" at start, ")
                .append(loadAverageAtEnd).append(" at end\n");
        text.append("- JDK: ").append(machine.jdk()).append('\n');
        text.append("- FFmpeg: ").append(machine.ffmpegVersion()).append(" (JavaCV's build, the one the studio links)\n");
        text.append("- Runs: ").append(options.seconds()).append(" s each, ").append(options.pairs())
                .append(" pairs per size, alternating which goes first; CPU and peak RSS ")
                .append(machine.measuredWith()).append('\n');
        text.append("- FFmpeg's burned-in text: ").append(font.map(path -> "drawtext with " + path)
                .orElse("none (no " + FONT_FILE + " found): its CPU figure is too low by the cost of drawtext")).append('\n');

        for (SizeResult result : results) {
            FrameSize size = result.size();
            text.append("\n## ").append(size.label()).append(" at ").append(FRAMES_PER_SECOND).append(" fps, ")
                    .append(size.videoBitrateKilobitsPerSecond()).append(" kbps\n\n");
            text.append("| Pair | First | Studio CPU-s | FFmpeg CPU-s | Ratio | Studio dropped | FFmpeg dropped "
                    + "| Studio peak RSS MB | FFmpeg peak RSS MB | Studio wall s | FFmpeg wall s "
                    + "| Studio A/V offset median (max abs) ms | Studio encoder latency ms | Load at start |\n");
            text.append("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            for (int index = 0; index < result.pairs().size(); index++) {
                Pair pair = result.pairs().get(index);
                AvOffset offset = result.avOffsets().get(index);
                text.append(String.format(Locale.ROOT, "| %d | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %.2f |\n",
                        pair.number(), pair.studioFirst() ? "studio" : "ffmpeg",
                        cpu(pair.studio()), cpu(pair.ffmpeg()), number(pair.cpuRatio(), "%.3f"),
                        count(pair.studio().droppedFrames()), count(pair.ffmpeg().droppedFrames()),
                        number(pair.studio().usage().peakResidentMegabytes(), "%.0f"),
                        number(pair.ffmpeg().usage().peakResidentMegabytes(), "%.0f"),
                        number(pair.studio().usage().wallSeconds(), "%.1f"),
                        number(pair.ffmpeg().usage().wallSeconds(), "%.1f"),
                        offset.problem().isEmpty()
                                ? String.format(Locale.ROOT, "%.1f (%.1f)", offset.medianMilliseconds(), offset.maximumAbsoluteMilliseconds())
                                : "n/a: " + offset.problem(),
                        pair.studio().medianLatencyMilliseconds().isPresent()
                                ? String.format(Locale.ROOT, "%.0f", pair.studio().medianLatencyMilliseconds().getAsDouble())
                                : "n/a",
                        pair.loadAverageAtStart()));
            }
            text.append('\n');
            List<Pair> measured = result.pairs().stream()
                    .filter(pair -> pair.studio().succeeded() && pair.ffmpeg().succeeded()
                            && Double.isFinite(pair.cpuRatio()))
                    .toList();
            double medianRatio = measured.isEmpty() ? Double.NaN
                    : median(measured.stream().map(Pair::cpuRatio).toList());
            OptionalLong maximumStudioDropped = result.pairs().stream().map(pair -> pair.studio().droppedFrames())
                    .filter(OptionalLong::isPresent).mapToLong(OptionalLong::getAsLong).max();
            boolean studioDropsKnown = result.pairs().stream().allMatch(pair -> pair.studio().droppedFrames().isPresent());
            List<Double> offsetMedians = result.avOffsets().stream().filter(offset -> offset.problem().isEmpty())
                    .map(AvOffset::medianMilliseconds).toList();
            double largestOffset = result.avOffsets().stream().filter(offset -> offset.problem().isEmpty())
                    .mapToDouble(AvOffset::maximumAbsoluteMilliseconds).max().orElse(Double.NaN);
            List<Double> latencies = result.pairs().stream().map(pair -> pair.studio().medianLatencyMilliseconds())
                    .filter(OptionalDouble::isPresent).map(OptionalDouble::getAsDouble).toList();

            text.append(String.format(Locale.ROOT, "- Median CPU ratio (studio / FFmpeg) over %d measured pairs: **%s** — target ≤ %.2f: **%s**%n",
                    measured.size(), number(medianRatio, "%.3f"), TARGET_CPU_RATIO,
                    Double.isNaN(medianRatio) ? "not measured" : medianRatio <= TARGET_CPU_RATIO ? "met" : "missed"));
            text.append("- Studio dropped frames, largest of the runs: **")
                    .append(maximumStudioDropped.isPresent() ? String.valueOf(maximumStudioDropped.getAsLong()) : "unknown")
                    .append(studioDropsKnown ? "" : " (some runs did not report)").append("**");
            if (size.height() >= 1080) {
                boolean met = studioDropsKnown && maximumStudioDropped.isPresent() && maximumStudioDropped.getAsLong() == 0;
                text.append(" — target 0 on ").append(TARGET_CORES).append(" cores: **").append(met ? "met" : "missed")
                        .append("**").append(machine.processors().startsWith(TARGET_CORES + " ") ? ""
                                : " (on this machine's " + machine.processors() + ", not " + TARGET_CORES + ")");
            }
            text.append('\n');
            text.append("- Studio A/V offset (audio after video is positive): ")
                    .append(offsetMedians.isEmpty() ? "n/a" : String.format(Locale.ROOT,
                            "median of the runs' medians %.1f ms, largest |offset| %.1f ms", median(offsetMedians), largestOffset))
                    .append('\n');
            text.append("- Studio encoder frame-to-wire latency: ").append(latencies.isEmpty()
                    ? "n/a (the status line shows no `latency N ms`)"
                    : String.format(Locale.ROOT, "median of the runs' medians %.0f ms", median(latencies))).append('\n');
        }

        FrameSize example = results.isEmpty() ? options.sizes().getFirst() : results.getFirst().size();
        text.append("\n## Command lines (").append(example.label()).append("; PORT is nginx's, K the pair)\n\n```\n");
        text.append("STUDIO_JAVA=").append(Path.of(System.getProperty("java.home"), "bin", "java")).append(' ')
                .append(launcher).append(' ')
                .append(String.join(" ", studioArguments(example, options.seconds(),
                        "rtmp://127.0.0.1:PORT/live/studio-K"))).append("\n\n");
        text.append("ffmpeg -hide_banner -nostdin ").append(ffmpegArguments(example, options.seconds(),
                "rtmp://127.0.0.1:PORT/live/ffmpeg-K", font).stream().map(PipelineBenchmark::shellQuoted)
                .reduce((left, right) -> left + " " + right).orElse("")).append("\n```\n");
        text.append("\nLogs of every run: ").append(reportDirectory.resolve("runs")).append('\n');
        return text.toString();
    }

    private static String cpu(Run run) {
        String figure = number(run.usage().cpuSeconds(), "%.2f");
        return run.succeeded() ? figure : figure + " (failed: exit " + run.exitCode() + ")";
    }

    private static String count(OptionalLong value) {
        return value.isPresent() ? String.valueOf(value.getAsLong()) : "?";
    }

    private static String number(double value, String format) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, format, value) : "n/a";
    }

    static double median(List<Double> values) {
        var sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /** For the command lines in the report, so they can be pasted into a shell. */
    private static String shellQuoted(String argument) {
        if (argument.matches("[A-Za-z0-9_./:=,+-]+")) {
            return argument;
        }
        if (argument.matches("[^$`\"\\\\!]*")) {
            return '"' + argument + '"';
        }
        return "'" + argument.replace("'", "'\\''") + "'";
    }

    // ---- the machine -------------------------------------------------------------------------------------------

    private static Machine describeMachine() {
        String processorCount = commandOutput(List.of("nproc")).strip();
        if (!processorCount.matches("\\d+")) {
            processorCount = String.valueOf(Runtime.getRuntime().availableProcessors());
        }
        String cpuModel = linesOf(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
                .map(line -> line.substring(line.indexOf(':') + 1).strip()).findFirst().orElse("unknown CPU");
        String memory = linesOf(Path.of("/proc/meminfo")).stream().filter(line -> line.startsWith("MemTotal:"))
                .map(line -> String.format(Locale.ROOT, "%.1f GiB RAM",
                        Double.parseDouble(line.replaceAll("[^0-9]", "")) / 1024 / 1024))
                .findFirst().orElse("unknown RAM");
        String jdk = System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version");
        String ffmpegVersion;
        try {
            ffmpegVersion = Ffmpeg.run(Duration.ofSeconds(30), "-version").stdoutText().lines().findFirst()
                    .orElse("unknown").replaceFirst("^ffmpeg version ", "").replaceFirst(" Copyright.*", "");
        } catch (RuntimeException e) {
            throw new SetupException("cannot run JavaCV's ffmpeg: " + e.getMessage());
        }
        return new Machine(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")),
                processorCount + " CPUs (nproc)", cpuModel, memory, System.getProperty("os.version"), jdk,
                ffmpegVersion, String.join(" ", readLoadAverageFields()),
                Files.isExecutable(GNU_TIME) ? "from GNU time (the kernel's rusage at exit)"
                        : "polled from /proc every 100 ms (no /usr/bin/time)");
    }

    private static List<String> readLoadAverageFields() {
        List<String> lines = linesOf(Path.of("/proc/loadavg"));
        if (lines.isEmpty()) {
            return List.of("n/a");
        }
        return List.of(lines.getFirst().split("\\s+")).subList(0, 3);
    }

    private static double[] loadAverages() {
        List<String> fields = readLoadAverageFields();
        try {
            return fields.stream().mapToDouble(Double::parseDouble).toArray();
        } catch (NumberFormatException e) {
            return new double[] {Double.NaN};
        }
    }

    private static Optional<Path> findFont() {
        if (!Files.isDirectory(FONT_DIRECTORY)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.walk(FONT_DIRECTORY)) {
            // The path goes into a filter string between single quotes: one with a quote or backslash cannot.
            return files.filter(path -> path.getFileName().toString().equals(FONT_FILE))
                    .filter(path -> !path.toString().contains("'") && !path.toString().contains("\\"))
                    .findFirst();
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    // ---- small helpers -----------------------------------------------------------------------------------------

    private static OptionalLong lastNumber(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        OptionalLong last = OptionalLong.empty();
        while (matcher.find()) {
            last = OptionalLong.of(Long.parseLong(matcher.group(1)));
        }
        return last;
    }

    private static String commandOutput(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor(10, TimeUnit.SECONDS);
            return output;
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private static List<String> linesOf(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            return List.of();
        }
    }

    private static String readQuietly(Path file) {
        try {
            // Decoded leniently: a log cut off mid-character must not hide the figures before it.
            return Files.exists(file) ? new String(Files.readAllBytes(file), StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static String tail(String text) {
        List<String> lines = List.of(text.replace('\r', '\n').strip().split("\n"));
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
    }
}
