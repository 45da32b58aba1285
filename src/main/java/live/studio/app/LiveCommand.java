package live.studio.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.Optional;
import live.studio.capture.AudioSourceSpec;
import live.studio.control.ApiServer;
import live.studio.control.ChatLinks;
import live.studio.control.ApiSettings;
import live.studio.control.ApiTokens;
import live.studio.control.NetworkScope;
import live.studio.control.ProgramMonitor;
import live.studio.app.settings.SettingsLocation;
import live.studio.show.RunMode;
import live.studio.show.ShowController;
import live.studio.show.ShowTime;
import live.studio.show.file.ShowFile;
import live.studio.show.runsheet.RunStateFile;
import live.studio.show.ShowRuntime;
import live.studio.overlay.ThemeException;
import live.studio.capture.SourceException;
import live.studio.capture.VideoSourceSpec;
import live.studio.chat.ChatSettings;
import live.studio.chat.ChatSource;
import live.studio.encode.EncoderException;
import live.studio.encode.EncoderSettings;
import live.studio.encode.VideoEncoderChoice;
import live.studio.engine.EngineStats;
import live.studio.engine.LiveEngine;
import live.studio.media.VideoFormat;
import live.studio.output.Destination;
import live.studio.output.OutputState;
import live.studio.output.OutputStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code studio live --headless}: the engine with no window, for servers, scripts, tests and benchmarks. */
@Command(name = "live", mixinStandardHelpOptions = true,
        description = "Stream (and record) without a window. SIGINT/SIGTERM stop cleanly and finish the recording.")
final class LiveCommand implements java.util.concurrent.Callable<Integer> {
    /** How long a destination may take to connect before the command says so. */
    private static final long CONNECT_REPORT_MILLIS = 10_000;

    @Spec
    CommandSpec spec;

    @Option(names = "--headless", description = "Run without a window (required for now).")
    boolean headless;

    @Option(names = "--video", defaultValue = "test", paramLabel = "SOURCE",
            description = "test | camera[:DEVICE] | screen[:DISPLAY] | file:PATH | image:PATH (default: ${DEFAULT-VALUE})")
    String video;

    @Option(names = "--audio", defaultValue = "test", paramLabel = "SOURCE",
            description = "test | mic[:DEVICE] | none (default: ${DEFAULT-VALUE})")
    String audio;

    @Option(names = "--size", defaultValue = "1280x720", paramLabel = "WxH",
            description = "Canvas size, e.g. 1280x720, 1920x1080, 720x1280 (default: ${DEFAULT-VALUE})")
    String size;

    @Option(names = "--fps", defaultValue = "30", paramLabel = "N", description = "24, 25, 30, 50 or 60 (default: ${DEFAULT-VALUE})")
    int fps;

    @Option(names = "--video-bitrate-kbps", defaultValue = "3000", paramLabel = "N", description = "CBR video bitrate (default: ${DEFAULT-VALUE})")
    int videoBitrateKbps;

    @Option(names = "--encoder", defaultValue = "x264", paramLabel = "NAME",
            description = "x264, nvenc, quick_sync, videotoolbox, media_foundation, vaapi; falls back to x264 (default: ${DEFAULT-VALUE})")
    String encoderName;

    @Option(names = "--output", paramLabel = "URL",
            description = "rtmp:// or rtmps:// ingest URL ending in the stream key; repeatable. ${NAME} is replaced by the environment variable NAME.")
    List<String> outputs = new ArrayList<>();

    @Option(names = "--record", paramLabel = "PATH", description = "Record to this file (.mkv, or .mp4 remuxed at the end).")
    Path record;

    @Option(names = "--duration", paramLabel = "SECONDS", description = "Stop after this many seconds (default: until SIGINT/SIGTERM).")
    Double durationSeconds;

    @Option(names = "--stats", description = "Print one status line a second.")
    boolean stats;

    @Option(names = "--show", paramLabel = "PATH",
            description = "Run this show file: its catalog and theme for the graphics, and its run-sheet by itself "
                    + "(manual segments end at their planned length). Ends when the run-sheet ends unless --duration is given.")
    Path show;

    @Option(names = "--resume",
            description = "With --show: continue the run of this show that was under way when the studio stopped "
                    + "(a crash, a kill), at the segment it was in, without firing its cues again; starts from the top when there is none.")
    boolean resume;

    @Option(names = "--rehearsal",
            description = "With --show: run the whole show with the outputs off (no stream, no recording).")
    boolean rehearsal;

    @Option(names = "--run-state", paramLabel = "PATH",
            description = "With --show: where the run state is saved as it changes (default: run-state.json beside the settings).")
    Path runStateFile;

    @Option(names = "--api-port", paramLabel = "N",
            description = "Start the remote-control API on this port (0 = any free port) and print its address and token.")
    Integer apiPort;

    @Option(names = "--api-listen", paramLabel = "SCOPE", defaultValue = "loopback",
            description = "loopback (default: this computer only) or lan (every network interface: anyone on the network with the token can run the show).")
    String apiListen;

    @Option(names = "--api-host-name", paramLabel = "NAME",
            description = "With --api-listen lan: the name clients use for this computer (e.g. studio.local); its IP addresses always work.")
    String apiHostName;

    @Option(names = "--api-allow-origin", paramLabel = "ORIGIN",
            description = "A web page origin allowed to call the API, e.g. http://127.0.0.1:8080; repeatable. Others are refused.")
    List<String> apiAllowedOrigins = new ArrayList<>();

    @Option(names = "--chat", paramLabel = "SOURCE",
            description = "Read a chat and print each message as one line; repeatable: twitch:CHANNEL, youtube:VIDEO_ID, "
                    + "irc://HOST:PORT/#CHANNEL, ircs://HOST:PORT/#CHANNEL. Credentials come from the environment: "
                    + "STUDIO_YOUTUBE_API_KEY or STUDIO_YOUTUBE_OAUTH_TOKEN (YouTube needs one), STUDIO_TWITCH_LOGIN and "
                    + "STUDIO_TWITCH_OAUTH_TOKEN (to send on Twitch), STUDIO_IRC_NICK.")
    List<String> chat = new ArrayList<>();

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        if (!headless) {
            err.println("studio live: add --headless (the window's own Go Live button streams from the studio window)");
            return ExitCode.USAGE.code();
        }
        if (show == null && (resume || rehearsal || runStateFile != null)) {
            err.println("studio live: --resume, --rehearsal and --run-state go with --show PATH");
            return ExitCode.USAGE.code();
        }
        List<ChatSource> chatSources = new ArrayList<>();
        for (String source : chat) {
            try {
                chatSources.add(ChatSource.parse(source));
            } catch (IllegalArgumentException e) {
                err.println("studio live: --chat " + e.getMessage());
                return ExitCode.USAGE.code();
            }
        }
        if (outputs.isEmpty() && record == null && apiPort == null && show == null) {
            err.println("studio live: nothing to do: give at least one --output URL, --record PATH, --show PATH or --api-port N");
            return ExitCode.USAGE.code();
        }

        VideoFormat format;
        EncoderSettings encoderSettings;
        VideoSourceSpec videoSpec;
        AudioSourceSpec audioSpec;
        List<Destination> destinations = new ArrayList<>();
        ApiSettings apiSettings = null;
        ChatSettings chatSettings = null;
        try {
            if (apiPort != null) {
                apiSettings = new ApiSettings(apiScope(), apiPort, Optional.ofNullable(apiHostName), apiAllowedOrigins);
            }
            format = VideoFormat.parse(size, fps);
            encoderSettings = EncoderSettings.defaults(videoBitrateKbps).withVideoEncoder(VideoEncoderChoice.parse(encoderName));
            videoSpec = VideoSourceSpec.parse(video);
            audioSpec = AudioSourceSpec.parse(audio);
            for (int index = 0; index < outputs.size(); index++) {
                destinations.add(Destination.parse("destination " + (index + 1), outputs.get(index)));
            }
            if (record != null) {
                live.studio.output.RecordingFormat.forFile(record);
            }
            if (!chatSources.isEmpty()) {
                chatSettings = ChatSettings.fromEnvironment(System.getenv());
            }
            if (durationSeconds != null && !(durationSeconds > 0)) {
                throw new IllegalArgumentException("--duration must be a positive number of seconds, got " + durationSeconds);
            }
        } catch (IllegalArgumentException e) {
            err.println("studio live: " + live.studio.output.SecretRedactor.redact(e.getMessage()));
            return ExitCode.BAD_INPUT.code();
        }

        Optional<ShowFile> showFile = Optional.empty();
        if (show != null) {
            showFile = HeadlessShow.load(show, err);
            if (showFile.isEmpty()) {
                err.println("studio live: " + show + " has errors (above); nothing was streamed");
                return ExitCode.BAD_INPUT.code();
            }
        }

        CountDownLatch stopRequested = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(1);
        Thread shutdownHook = Thread.ofPlatform().name("shutdown").unstarted(() -> {
            stopRequested.countDown();
            try {
                finished.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Runtime.getRuntime().addShutdownHook(shutdownHook);

        LiveEngine engine = new LiveEngine(format, encoderSettings, Sources.factory(format));
        HeadlessProgram program = new HeadlessProgram(engine, destinations, Optional.ofNullable(record));
        ApiServer api = null;
        ShowRuntime showRuntime = null;
        HeadlessShow headlessShow = null;
        HeadlessChat headlessChat = chatSources.isEmpty() ? null : new HeadlessChat(chatSettings, out, err);
        try {
            engine.setVideoSource(0, videoSpec);
            engine.setAudioSource(audioSpec);
            engine.start();
            ShowController controller = null;
            if (apiSettings != null || showFile.isPresent()) {
                // The show file's catalog and theme; without one, the API drives the demo catalog's graphics.
                try {
                    showRuntime = ShowStarter.start(engine, showFile.isPresent() ? showFile.get().catalog()
                                    : ShowStarter.loadCatalog(StudioAssets.demoCatalog(), err),
                            ShowStarter.renderer(showFile.map(ShowFile::theme).orElse(StudioAssets.DEFAULT_THEME),
                                    ShowStarter.canvasOf(engine)));
                } catch (ThemeException e) {
                    err.println("studio live: " + e.getMessage() + " (the installation is damaged: reinstall)");
                    return ExitCode.RUNTIME_FAILURE.code();
                }
                controller = showRuntime.controller();
                controller.setProgramActions(program);
                if (headlessChat != null) {
                    controller.setChatMessages(ChatLinks.messages(headlessChat.service().feed()));
                }
            }
            if (apiSettings != null) {
                try {
                    api = ApiServer.start(apiSettings, ApiTokens.generate(), controller, ProgramMonitor.of(engine));
                } catch (java.io.IOException e) {
                    err.println("studio live: " + e.getMessage());
                    return ExitCode.RUNTIME_FAILURE.code();
                }
                if (apiSettings.scope() == NetworkScope.LAN) {
                    err.println("studio live: warning: the API listens on every network interface; anyone on this "
                            + "network who has the token can run the show");
                }
                if (headlessChat != null) {
                    ApiServer server = api;
                    api.setChatHistory(ChatLinks.history(headlessChat.service().feed()));
                    ChatLinks.streamTo(headlessChat.service().feed(), () -> Optional.of(server));
                }
                err.println("studio live: api read-only token: " + api.tokens().readOnly());
                out.println(api.announcement());
                out.flush();
            }
            if (stats) {
                engine.addStatsListener(statsLine -> {
                    out.println(headlessChat == null ? statsLine.statusLine()
                            : statsLine.statusLine() + " · " + headlessChat.statusText());
                    out.flush();
                });
            }
            if (headlessChat != null) {
                // Chat never stops the stream: a connector that cannot connect is reported and retried on its own.
                chatSources.forEach(headlessChat::connect);
            }
            if (!rehearsal) {
                program.goLiveNow();
                program.recordNow();
            }
            if (showFile.isPresent()) {
                headlessShow = HeadlessShow.start(controller, ShowTime.of(engine.clock()), showFile.get(),
                        show.toAbsolutePath().normalize().toString(), runStateFile != null ? runStateFile
                                : SettingsLocation.currentDirectory().resolve(RunStateFile.FILE_NAME),
                        resume ? HeadlessShow.Resume.CONTINUE : HeadlessShow.Resume.FROM_THE_TOP,
                        rehearsal ? RunMode.REHEARSAL : RunMode.LIVE, err);
            }
            long startNanos = System.nanoTime();
            java.util.Map<String, OutputState> reported = new java.util.HashMap<>();
            boolean slowConnectReported = false;
            while (true) {
                long elapsedMillis = (System.nanoTime() - startNanos) / 1_000_000L;
                if (durationSeconds != null && elapsedMillis >= durationSeconds * 1000) {
                    break;
                }
                if (stopRequested.await(100, TimeUnit.MILLISECONDS)) {
                    err.println("studio live: stopping (signal)");
                    break;
                }
                if (headlessShow != null && durationSeconds == null && headlessShow.finished()) {
                    err.println("studio live: the run-sheet has ended; stopping");
                    break;
                }
                List<OutputStatus> statuses = engine.outputStatuses();
                for (OutputStatus output : statuses) {
                    if (reported.get(output.name()) != output.state()) {
                        reported.put(output.name(), output.state());
                        report(output, err);
                    }
                }
                if (!slowConnectReported && elapsedMillis > CONNECT_REPORT_MILLIS) {
                    slowConnectReported = true;
                    statuses.stream().filter(output -> output.state() == OutputState.CONNECTING).forEach(output ->
                            err.println("studio live: " + output.name() + " is still connecting to " + output.target()));
                }
                // with the API, a producer may stop every output and start them again: only a signal or --duration ends
                if (api == null && !rehearsal && statuses.stream().noneMatch(output -> output.state().isActive())) {
                    err.println("studio live: every output has failed; stopping");
                    return ExitCode.RUNTIME_FAILURE.code();
                }
            }
            if (api != null) {
                api.close();
                api = null;
            }
            program.close();
            boolean anyFailed = engine.outputStatuses().stream().anyMatch(output -> output.state() == OutputState.FAILED);
            engine.stopAllOutputs();
            EngineStats last = engine.stats();
            err.println("studio live: stopped; " + last.renderedFrames() + " frames, " + last.droppedFrames() + " dropped");
            return anyFailed ? ExitCode.RUNTIME_FAILURE.code() : ExitCode.DONE.code();
        } catch (SourceException e) {
            err.println("studio live: " + e.getMessage());
            return ExitCode.RUNTIME_FAILURE.code();
        } catch (EncoderException e) {
            err.println("studio live: cannot encode: " + e.getMessage());
            return ExitCode.RUNTIME_FAILURE.code();
        } catch (java.io.IOException e) {
            err.println("studio live: " + e.getMessage());
            return ExitCode.BAD_INPUT.code();
        } finally {
            if (headlessChat != null) {
                headlessChat.close();
            }
            if (api != null) {
                api.close();
            }
            if (headlessShow != null) {
                headlessShow.close();
            }
            if (showRuntime != null) {
                showRuntime.close();
            }
            program.close();
            engine.close();
            err.flush();
            out.flush();
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is already running and waits for `finished`
            }
        }
    }

    private NetworkScope apiScope() {
        return switch (apiListen.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "loopback" -> NetworkScope.LOOPBACK;
            case "lan" -> NetworkScope.LAN;
            default -> throw new IllegalArgumentException("--api-listen must be loopback or lan, got " + apiListen);
        };
    }

    /** One line when an output goes live, fails or starts reconnecting. */
    private static void report(OutputStatus output, PrintWriter err) {
        switch (output.state()) {
            case LIVE -> err.println("studio live: " + output.name() + " is live (" + output.target() + ")");
            case FAILED -> err.println("studio live: " + output.name() + " failed: " + output.stopReason().description()
                    + (output.stopReason().advice().isEmpty() ? "" : " — " + output.stopReason().advice())
                    + (output.detail().isEmpty() ? "" : " [" + output.detail() + "]"));
            case RECONNECTING -> err.println("studio live: " + output.name() + " lost: " + output.stopReason().description()
                    + "; reconnecting");
            default -> {
                return;
            }
        }
        err.flush();
    }
}
