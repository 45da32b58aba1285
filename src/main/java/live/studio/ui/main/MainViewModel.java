package live.studio.ui.main;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import live.studio.capture.AudioSourceSpec;
import live.studio.capture.CaptureDevice;
import live.studio.capture.VideoSourceSpec;
import live.studio.compose.Layout;
import live.studio.compose.MuteState;
import live.studio.encode.EncoderException;
import live.studio.engine.EngineStats;
import live.studio.engine.LiveEngine;
import live.studio.engine.PreviewFeed;
import live.studio.media.AudioLevels;
import live.studio.media.VideoFormat;
import live.studio.output.OutputState;
import live.studio.output.OutputStatus;
import live.studio.output.PacketOutput;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import live.studio.show.CommandSource;
import live.studio.ui.common.FilePicker;
import live.studio.ui.common.Messages;
import live.studio.ui.common.Notice;
import live.studio.ui.common.Notifications;
import live.studio.ui.common.UiThread;
import live.studio.ui.destinations.DestinationEntry;
import live.studio.ui.destinations.DestinationsViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The studio window's state and actions: sources, layout, audio, Go Live, Record, the status bar and the messages
 * for the operator. Every property is read and written on the UI thread; whatever may block (opening a source,
 * starting the encoder, finishing a file) runs on {@code engineCalls}, and the results come back through
 * {@link UiThread}, the only crossing.
 */
public final class MainViewModel implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MainViewModel.class);
    private static final Messages TEXT = Messages.of(MainViewModel.class);
    private static final DateTimeFormatter RECORDING_NAME = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");
    public static final double MIN_GAIN_DB = -40;
    public static final double MAX_GAIN_DB = 20;
    /** How fast the meter's peak line falls back per refresh (about 20 a second), so short peaks stay readable. */
    private static final double PEAK_FALL_DB_PER_REFRESH = 1.2;

    private final LiveEngine engine;
    private final UiThread ui;
    private final Executor engineCalls;
    private final Supplier<List<CaptureDevice>> devices;
    private final Path recordingsFolder;
    private final Clock clock;
    private final Notifications notifications = new Notifications();
    private final DestinationsViewModel destinations = new DestinationsViewModel();
    private final SourcePicker<VideoSourceSpec> mainVideo;
    private final SourcePicker<VideoSourceSpec> secondVideo;
    private final SourcePicker<AudioSourceSpec> audio;
    private final ObjectProperty<Layout> layout = new SimpleObjectProperty<>(this, "layout");
    private final DoubleProperty gainDb = new SimpleDoubleProperty(this, "gainDb", 0);
    private final ObjectProperty<MuteState> muteState = new SimpleObjectProperty<>(this, "muteState", MuteState.LIVE);
    private final ReadOnlyDoubleWrapper audioPeakDbfs = new ReadOnlyDoubleWrapper(this, "audioPeakDbfs", AudioLevels.SILENCE_DBFS);
    private final ReadOnlyDoubleWrapper audioRmsDbfs = new ReadOnlyDoubleWrapper(this, "audioRmsDbfs", AudioLevels.SILENCE_DBFS);
    private final ReadOnlyObjectWrapper<BroadcastState> broadcastState = new ReadOnlyObjectWrapper<>(this, "broadcastState", BroadcastState.OFF_AIR);
    private final ReadOnlyObjectWrapper<RecordingState> recordingState = new ReadOnlyObjectWrapper<>(this, "recordingState", RecordingState.IDLE);
    private final ReadOnlyStringWrapper engineStatus = new ReadOnlyStringWrapper(this, "engineStatus", TEXT.text("status.starting"));
    private final ReadOnlyStringWrapper outputsStatus = new ReadOnlyStringWrapper(this, "outputsStatus", StatusText.noOutputs());
    private final ReadOnlyObjectWrapper<LiveStats> liveStats = new ReadOnlyObjectWrapper<>(this, "liveStats");
    private final ObservableList<DestinationHealth> destinationHealth = FXCollections.observableArrayList();
    /** One wrapper for every reader: a wrapper only weakly listens to its list, so a fresh one per call would go quiet. */
    private final ObservableList<DestinationHealth> destinationHealthView = FXCollections.unmodifiableObservableList(destinationHealth);
    private final Map<String, OutputState> lastOutputStates = new HashMap<>();
    private final EventLog eventLog;
    private java.util.function.DoubleSupplier processCpu = ProcessCpu.ofThisProcess();
    private final ReadOnlyStringWrapper onAirTime = new ReadOnlyStringWrapper(this, "onAirTime", "");
    private final ReadOnlyStringWrapper recordingTime = new ReadOnlyStringWrapper(this, "recordingTime", "");
    private final Map<DestinationEntry, PacketOutput> liveOutputs = new LinkedHashMap<>();
    private final Set<String> reportedProblems = new HashSet<>();
    private final Consumer<EngineStats> statsListener;
    private final Consumer<StatsSample> statsOnUi;
    private Instant onAirSince;
    private Instant recordingSince;
    private Path recordingFile;

    /**
     * @param engineCalls      where calls that may block run, one at a time and in order (tests pass a same-thread one)
     * @param devices          the cameras, microphones and screens to offer; may be slow, is called on {@code engineCalls}
     * @param recordingsFolder where Record writes its files
     * @param clock            for the recording's file name and the running times
     */
    public MainViewModel(LiveEngine engine, UiThread ui, Executor engineCalls, Supplier<List<CaptureDevice>> devices,
                         FilePicker files, Path recordingsFolder, Clock clock) {
        this.engine = Objects.requireNonNull(engine);
        this.ui = Objects.requireNonNull(ui);
        this.engineCalls = Objects.requireNonNull(engineCalls);
        this.devices = Objects.requireNonNull(devices);
        this.recordingsFolder = Objects.requireNonNull(recordingsFolder);
        this.clock = Objects.requireNonNull(clock);
        mainVideo = new SourcePicker<>(VideoSlot.MAIN.label(), SourceChoices.video(VideoSlot.MAIN, List.of()), SourceChoices.TEST_PATTERN,
                spec -> engine.setVideoSource(VideoSlot.MAIN.index(), spec), engineCalls, ui, files, notifications);
        secondVideo = new SourcePicker<>(VideoSlot.SECOND.label(), SourceChoices.video(VideoSlot.SECOND, List.of()), SourceChoices.NO_VIDEO,
                spec -> engine.setVideoSource(VideoSlot.SECOND.index(), spec), engineCalls, ui, files, notifications);
        audio = new SourcePicker<>(TEXT.text("audio.title"), SourceChoices.audio(List.of()), SourceChoices.TEST_TONE, engine::setAudioSource,
                engineCalls, ui, files, notifications);
        layout.set(engine.layout());
        layout.addListener((observable, before, after) -> engine.setLayout(after == null ? Layout.FULL_FRAME : after));
        gainDb.addListener((observable, before, after) -> engine.setAudioGainDb(after.doubleValue()));
        muteState.set(engine.muteState());
        muteState.addListener((observable, before, after) -> engine.setMuteState(after == null ? MuteState.LIVE : after));
        statsOnUi = ui.latestWins(sample -> applyStats(sample.stats(), sample.cpuLoad()));
        // The CPU figure is read here, on the engine's stats thread, once a second: never on the UI thread.
        statsListener = stats -> statsOnUi.accept(new StatsSample(stats, processCpu.getAsDouble()));
        eventLog = new EventLog(clock, ui);
        // Every message the window shows the operator is kept in the event log too.
        notifications.notices().addListener((ListChangeListener<Notice>) change -> {
            while (change.next()) {
                if (change.wasAdded() && change.getFrom() == 0) {
                    Notice notice = change.getList().getFirst();
                    eventLog.add(EventKind.NOTICE, switch (notice.severity()) {
                        case INFO -> TEXT.text("log.notice.info", notice.message());
                        case WARNING -> TEXT.text("log.notice.warning", notice.message());
                        case ERROR -> TEXT.text("log.notice.error", notice.message());
                    });
                }
            }
        });
    }

    /** One second of engine stats with the process's CPU load read at the same time. */
    private record StatsSample(EngineStats stats, double cpuLoad) {
    }

    /** Where the CPU figure comes from (tests give a fixed one); called once a second off the UI thread. */
    public void setProcessCpu(java.util.function.DoubleSupplier cpuLoad) {
        processCpu = Objects.requireNonNull(cpuLoad);
    }

    /** Opens the default sources (test pattern and tone unless chosen otherwise), starts the clocks, lists the devices. */
    public void start() {
        engine.addStatsListener(statsListener);
        mainVideo.applySelection();
        secondVideo.applySelection();
        audio.applySelection();
        engineCalls.execute(engine::start);
        refreshDevices();
    }

    /** Asks the system for its cameras, microphones and screens again (a camera plugged in since). */
    public void refreshDevices() {
        engineCalls.execute(() -> {
            List<CaptureDevice> found;
            try {
                found = List.copyOf(devices.get());
            } catch (RuntimeException e) {
                LOG.warn("could not list the capture devices", e);
                ui.execute(() -> notifications.post(Notice.warning(TEXT.text("notice.devices-unlisted", e.getMessage()))));
                return;
            }
            ui.execute(() -> {
                mainVideo.replaceChoices(SourceChoices.video(VideoSlot.MAIN, found));
                secondVideo.replaceChoices(SourceChoices.video(VideoSlot.SECOND, found));
                audio.replaceChoices(SourceChoices.audio(found));
            });
        });
    }

    public void attachPreview(PreviewFeed feed) {
        engine.setPreview(feed);
    }

    public VideoFormat format() {
        return engine.format();
    }

    public SourcePicker<VideoSourceSpec> mainVideo() {
        return mainVideo;
    }

    public SourcePicker<VideoSourceSpec> secondVideo() {
        return secondVideo;
    }

    public SourcePicker<AudioSourceSpec> audio() {
        return audio;
    }

    public DestinationsViewModel destinations() {
        return destinations;
    }

    public Notifications notifications() {
        return notifications;
    }

    public ObjectProperty<Layout> layoutProperty() {
        return layout;
    }

    public DoubleProperty gainDbProperty() {
        return gainDb;
    }

    public ObjectProperty<MuteState> muteStateProperty() {
        return muteState;
    }

    public ReadOnlyDoubleProperty audioPeakDbfsProperty() {
        return audioPeakDbfs.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty audioRmsDbfsProperty() {
        return audioRmsDbfs.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BroadcastState> broadcastStateProperty() {
        return broadcastState.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RecordingState> recordingStateProperty() {
        return recordingState.getReadOnlyProperty();
    }

    /** The frame clock and encoder half of the status bar. */
    public ReadOnlyStringProperty engineStatusProperty() {
        return engineStatus.getReadOnlyProperty();
    }

    /** The destinations and recording half of the status bar. */
    public ReadOnlyStringProperty outputsStatusProperty() {
        return outputsStatus.getReadOnlyProperty();
    }

    /** "0:12:03" while on air, else empty. */
    public ReadOnlyStringProperty onAirTimeProperty() {
        return onAirTime.getReadOnlyProperty();
    }

    /** "0:04:10" while recording, else empty. */
    public ReadOnlyStringProperty recordingTimeProperty() {
        return recordingTime.getReadOnlyProperty();
    }

    /** The stats bar's figures, once a second; null until the engine's first second. */
    public ReadOnlyObjectProperty<LiveStats> liveStatsProperty() {
        return liveStats.getReadOnlyProperty();
    }

    /** One chip per ticked destination: its state while on air, "ready" before. */
    public ObservableList<DestinationHealth> destinationHealth() {
        return destinationHealthView;
    }

    /** What happened during the show, for the producer. */
    public EventLog eventLog() {
        return eventLog;
    }

    /** Mutes or unmutes the program audio (button or key), and says so in the event log. */
    public void toggleMute(CommandSource source) {
        MuteState next = muteState.get() == MuteState.MUTED ? MuteState.LIVE : MuteState.MUTED;
        muteState.set(next);
        logCommand(next == MuteState.MUTED ? "audio.mute" : "audio.unmute", source);
    }

    /** A window action that does not pass through the show controller, logged like the commands that do. */
    private void logCommand(String command, CommandSource source) {
        eventLog.add(EventKind.COMMAND, TEXT.text("log.command", command, ShowEventText.source(source)));
    }

    /** Reads the mixer's newest levels (called about 20 times a second by the view, on the UI thread). */
    public void refreshAudioLevels() {
        AudioLevels levels = engine.audioLevels();
        audioRmsDbfs.set(levels.rmsDbfs());
        audioPeakDbfs.set(Math.max(levels.peakDbfs(), audioPeakDbfs.get() - PEAK_FALL_DB_PER_REFRESH));
    }

    // ---- Go Live ----

    /**
     * What stands between the operator's Go Live and the streams starting: the window's pre-flight check, which calls
     * {@code goLive} once the operator confirms (or never, when they cancel). The API's stream.start does not pass here.
     */
    @FunctionalInterface
    public interface GoLiveGate {
        void beforeGoLive(Runnable goLive);
    }

    private GoLiveGate goLiveGate = Runnable::run;

    public void setGoLiveGate(GoLiveGate gate) {
        goLiveGate = java.util.Objects.requireNonNull(gate);
    }

    /** The operator's Go Live (button or shortcut): through the gate while off air; stops while on air. */
    public void toggleLive() {
        toggleLive(CommandSource.WINDOW);
    }

    /** {@link #toggleLive()}, logged with who asked (the window's button or its key). */
    public void toggleLive(CommandSource source) {
        switch (broadcastState.get()) {
            case OFF_AIR -> {
                logCommand("stream.start", source);
                goLiveGate.beforeGoLive(this::goLive);
            }
            case ON_AIR -> {
                logCommand("stream.stop", source);
                stopLive();
            }
            case STARTING, STOPPING -> { }
        }
    }

    /** Streams to every ticked destination; each connects on its own, and its state shows in the list and status bar. */
    public void goLive() {
        if (broadcastState.get() != BroadcastState.OFF_AIR) {
            return;
        }
        List<DestinationEntry> chosen = destinations.enabledEntries();
        if (chosen.isEmpty()) {
            notifications.post(Notice.warning(destinations.entries().isEmpty()
                    ? TEXT.text("notice.no-destination")
                    : TEXT.text("notice.none-ticked")));
            return;
        }
        broadcastState.set(BroadcastState.STARTING);
        reportedProblems.clear();
        chosen.forEach(entry -> entry.setStatus(TEXT.text("destination.connecting")));
        engineCalls.execute(() -> {
            Map<DestinationEntry, PacketOutput> started = new LinkedHashMap<>();
            List<String> problems = new ArrayList<>();
            for (DestinationEntry entry : chosen) {
                try {
                    started.put(entry, engine.addDestination(entry.toDestination()));
                } catch (EncoderException | RuntimeException e) {
                    problems.add(TEXT.text("notice.cannot-go-live", entry.name(), e.getMessage()));
                }
            }
            ui.execute(() -> {
                problems.forEach(problem -> notifications.post(Notice.error(problem)));
                chosen.stream().filter(entry -> !started.containsKey(entry)).forEach(entry -> entry.setStatus(TEXT.text("destination.failed-to-start")));
                liveOutputs.putAll(started);
                if (started.isEmpty()) {
                    broadcastState.set(BroadcastState.OFF_AIR);
                    return;
                }
                onAirSince = clock.instant();
                onAirTime.set(StatusText.elapsed(Duration.ZERO));
                broadcastState.set(BroadcastState.ON_AIR);
            });
        });
    }

    /** Stops every destination (the recording goes on). */
    public void stopLive() {
        if (broadcastState.get() != BroadcastState.ON_AIR) {
            return;
        }
        broadcastState.set(BroadcastState.STOPPING);
        Map<DestinationEntry, PacketOutput> stopping = new LinkedHashMap<>(liveOutputs);
        liveOutputs.clear();
        engineCalls.execute(() -> {
            stopping.values().forEach(engine::removeDestination);
            ui.execute(() -> {
                stopping.keySet().forEach(entry -> entry.setStatus(DestinationEntry.OFF_AIR));
                onAirSince = null;
                onAirTime.set("");
                broadcastState.set(BroadcastState.OFF_AIR);
            });
        });
    }

    // ---- Record ----

    public void toggleRecording() {
        toggleRecording(CommandSource.WINDOW);
    }

    /** {@link #toggleRecording()}, logged with who asked. */
    public void toggleRecording(CommandSource source) {
        switch (recordingState.get()) {
            case IDLE -> logCommand("recording.start", source);
            case RECORDING -> logCommand("recording.stop", source);
            case STARTING, STOPPING -> { }
        }
        switch (recordingState.get()) {
            case IDLE -> startRecording();
            case RECORDING -> stopRecording();
            case STARTING, STOPPING -> { }
        }
    }

    /** Records the program to {@code studio-YYYY-MM-DD-HHMMSS.mkv} in the recordings folder. */
    public void startRecording() {
        if (recordingState.get() != RecordingState.IDLE) {
            return;
        }
        Path file = nextRecordingFile();
        recordingState.set(RecordingState.STARTING);
        engineCalls.execute(() -> {
            try {
                engine.startRecording(file);
                ui.execute(() -> {
                    recordingFile = file;
                    recordingSince = clock.instant();
                    recordingTime.set(StatusText.elapsed(Duration.ZERO));
                    recordingState.set(RecordingState.RECORDING);
                    eventLog.add(EventKind.RECORDING, TEXT.text("log.recording-started", file));
                });
            } catch (EncoderException | IOException | RuntimeException e) {
                ui.execute(() -> {
                    notifications.post(Notice.error(TEXT.text("notice.cannot-record", file, e.getMessage())));
                    recordingState.set(RecordingState.IDLE);
                });
            }
        });
    }

    /** Finishes the file (its index written) and says where it is. */
    public void stopRecording() {
        if (recordingState.get() != RecordingState.RECORDING) {
            return;
        }
        recordingState.set(RecordingState.STOPPING);
        Path file = recordingFile;
        engineCalls.execute(() -> {
            engine.stopRecording();
            ui.execute(() -> {
                if (file != null && Files.isRegularFile(file)) {
                    notifications.post(Notice.info(TEXT.text("notice.recording-saved", file)));
                }
                eventLog.add(EventKind.RECORDING, TEXT.text("log.recording-stopped", file == null ? "" : file));
                recordingFile = null;
                recordingSince = null;
                recordingTime.set("");
                recordingState.set(RecordingState.IDLE);
            });
        });
    }

    /** The file the current recording is written to, or null. */
    public Path recordingFile() {
        return recordingFile;
    }

    Path nextRecordingFile() {
        String stem = "studio-" + RECORDING_NAME.format(LocalDateTime.now(clock));
        Path file = recordingsFolder.resolve(stem + ".mkv");
        for (int copy = 2; Files.exists(file); copy++) {
            file = recordingsFolder.resolve(stem + "-" + copy + ".mkv");
        }
        return file;
    }

    // ---- once a second ----

    /** UI thread: the status bar, each destination's state, and a message for every new failure. */
    void applyStats(EngineStats stats) {
        applyStats(stats, -1);
    }

    void applyStats(EngineStats stats, double cpuLoad) {
        LiveStats previous = liveStats.get();
        liveStats.set(LiveStats.of(stats, format().fps(), previous == null ? 0 : previous.droppedFrames(), cpuLoad));
        logStateChanges(stats);
        engineStatus.set(StatusText.engineLine(stats));
        outputsStatus.set(StatusText.outputsLine(stats));
        liveOutputs.forEach((entry, output) -> entry.setStatus(StatusText.stateOf(output.status())));
        for (OutputStatus output : stats.outputs()) {
            reportProblems(output);
        }
        Instant now = clock.instant();
        if (onAirSince != null) {
            onAirTime.set(StatusText.elapsed(Duration.between(onAirSince, now)));
        }
        if (recordingSince != null) {
            recordingTime.set(StatusText.elapsed(Duration.between(recordingSince, now)));
        }
        if (broadcastState.get() == BroadcastState.ON_AIR && !liveOutputs.isEmpty()
                && liveOutputs.values().stream().noneMatch(output -> output.state().isActive())) {
            notifications.post(Notice.error(TEXT.text("notice.off-air")));
            stopLive();
        }
        if (recordingState.get() == RecordingState.RECORDING && stats.outputs().stream()
                .anyMatch(output -> output.name().equals(LiveStats.RECORDING_OUTPUT) && output.state() == OutputState.FAILED)) {
            stopRecording();
        }
        updateHealth(stats);
    }

    /** Each output's change of state, once: live, reconnecting (when, why), failed (why), stopped. */
    private void logStateChanges(EngineStats stats) {
        for (OutputStatus output : stats.outputs()) {
            OutputState before = lastOutputStates.put(output.name(), output.state());
            if (before != output.state()) {
                String reason = output.stopReason() == live.studio.output.StopReason.NONE ? ""
                        : output.stopReason().description();
                String text = switch (output.state()) {
                    case RECONNECTING -> TEXT.text("log.output-reconnecting", output.name(),
                            StatusText.reconnectSeconds(output), reason);
                    case FAILED -> TEXT.text("log.output-failed", output.name(), reason
                            + (output.detail().isBlank() ? "" : " — " + output.detail()));
                    default -> output.name() + ": " + StatusText.state(output);
                };
                eventLog.add(output.name().equals(LiveStats.RECORDING_OUTPUT) ? EventKind.RECORDING : EventKind.OUTPUT, text);
            }
        }
        // An output removed (stopped and gone) may come back later under the same name: its next state is news.
        lastOutputStates.keySet().retainAll(stats.outputs().stream().map(OutputStatus::name).toList());
    }

    /** The chips: every ticked destination, with its output's state while one runs for it. */
    private void updateHealth(EngineStats stats) {
        Map<String, OutputStatus> byName = new HashMap<>();
        stats.outputs().forEach(output -> byName.put(output.name(), output));
        List<DestinationHealth> chips = new ArrayList<>();
        Set<String> shown = new HashSet<>();
        for (DestinationEntry entry : destinations.enabledEntries()) {
            OutputStatus output = byName.get(entry.name());
            chips.add(output == null ? new DestinationHealth(entry.name(), TEXT.text("health.ready"), HealthLevel.IDLE)
                    : health(output));
            shown.add(entry.name());
        }
        // An output the API started for a destination no longer ticked still streams: it has a chip too.
        stats.outputs().stream().filter(output -> !output.name().equals(LiveStats.RECORDING_OUTPUT))
                .filter(output -> !shown.contains(output.name())).forEach(output -> chips.add(health(output)));
        if (!chips.equals(destinationHealth)) {
            destinationHealth.setAll(chips);
        }
    }

    static DestinationHealth health(OutputStatus output) {
        HealthLevel level = switch (output.state()) {
            case LIVE -> output.congestion() >= 0.25 || !output.warning().isEmpty() ? HealthLevel.WARNING : HealthLevel.OK;
            case CONNECTING, RECONNECTING -> HealthLevel.WARNING;
            case FAILED -> HealthLevel.FAILED;
            case IDLE, STOPPED -> HealthLevel.IDLE;
        };
        String state = switch (output.state()) {
            case LIVE -> TEXT.text("health.live", Long.toString(Math.round(output.bitrateKbps())));
            case RECONNECTING -> TEXT.text("health.reconnecting", Long.toString(StatusText.reconnectSeconds(output)));
            case FAILED -> TEXT.text("health.failed", output.stopReason().description());
            default -> StatusText.state(output);
        };
        return new DestinationHealth(output.name(), state, level);
    }

    private void reportProblems(OutputStatus output) {
        switch (output.state()) {
            case FAILED -> {
                if (reportedProblems.add(output.name() + " failed")) {
                    notifications.post(Notice.error(StatusText.outputSummary(output) + (output.detail().isBlank() ? "" : " — " + output.detail())));
                }
            }
            case RECONNECTING -> {
                if (reportedProblems.add(output.name() + " reconnecting")) {
                    notifications.post(Notice.warning(TEXT.text("notice.reconnecting", output.name(),
                            output.stopReason().description())));
                }
            }
            case LIVE -> {
                // Back on air: a later break is worth a new message.
                reportedProblems.remove(output.name() + " reconnecting");
                if (output.warning().isEmpty()) {
                    reportedProblems.remove(output.name() + " warning");
                } else if (reportedProblems.add(output.name() + " warning")) {
                    notifications.post(Notice.warning(output.name() + ": " + output.warning()));
                }
            }
            default -> { }
        }
    }

    /** Stops every output, finishing the recording, then the engine. Call after {@code engineCalls} has drained. */
    @Override
    public void close() {
        engine.removeStatsListener(statsListener);
        engine.setPreview(null);
        Path file = recordingFile;
        engine.close();
        if (file != null) {
            LOG.info("recording saved as {}", file);
        }
    }
}
