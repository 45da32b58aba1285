package live.studio.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import live.studio.capture.AudioSource;
import live.studio.capture.AudioSourceSpec;
import live.studio.capture.SourceException;
import live.studio.capture.SourceFactory;
import live.studio.capture.VideoSource;
import live.studio.capture.VideoSourceSpec;
import live.studio.compose.AudioMixer;
import live.studio.compose.Compositor;
import live.studio.compose.Layout;
import live.studio.compose.LayoutGeometry;
import live.studio.compose.MuteState;
import live.studio.compose.Rectangle;
import live.studio.encode.Encoder;
import live.studio.encode.EncoderException;
import live.studio.encode.EncoderSettings;
import live.studio.media.AudioLevels;
import live.studio.media.FfmpegLog;
import live.studio.media.MediaClock;
import live.studio.media.VideoFormat;
import live.studio.output.Destination;
import live.studio.output.OutputStatus;
import live.studio.output.PacketFanOut;
import live.studio.output.PacketOutput;
import live.studio.output.RecordingFormat;
import live.studio.output.RecordingFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live pipeline, assembled: sources → frame clock / audio mixer → one encoder → fan-out to every destination
 * and the recording. No JavaFX: the window, the headless command line and the tests all drive this one object.
 *
 * <p>The frame clock and the mixer run from {@link #start()} (so the preview works before going live); the encoder
 * runs while at least one output is attached, and every output reuses its packets.
 */
public final class LiveEngine implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LiveEngine.class);
    private static final int VIDEO_SLOTS = 2;
    /** The recording's name in {@link OutputStatus} (destinations have their own names). */
    public static final String RECORDING_OUTPUT_NAME = "Recording";

    private final VideoFormat format;
    private final EncoderSettings encoderSettings;
    private final SourceFactory sourceFactory;
    private final MediaClock clock = MediaClock.start();
    private final Compositor compositor;
    private final AudioMixer mixer;
    private final PacketFanOut fanOut = new PacketFanOut();
    private final List<Consumer<EngineStats>> statsListeners = new CopyOnWriteArrayList<>();
    private final List<PacketOutput> streams = new ArrayList<>();
    private final VideoSourceSpec[] videoSpecs = new VideoSourceSpec[VIDEO_SLOTS];
    private PacketOutput recording;
    private Path recordingFile;
    private RecordingFormat recordingFormat;
    private Encoder encoder;
    private Thread statsThread;
    private volatile boolean running;
    private volatile EngineStats lastStats;

    public LiveEngine(VideoFormat format, EncoderSettings encoderSettings, SourceFactory sourceFactory) {
        this.format = Objects.requireNonNull(format);
        this.encoderSettings = Objects.requireNonNull(encoderSettings);
        this.sourceFactory = Objects.requireNonNull(sourceFactory);
        this.compositor = new Compositor(format, clock);
        this.mixer = new AudioMixer(clock);
        FfmpegLog.install();
    }

    /** The clock every stage stamps against; graphics are timed on it too. */
    public MediaClock clock() {
        return clock;
    }

    public VideoFormat format() {
        return format;
    }

    /** Starts the frame clock, the audio mixer and the once-a-second stats. */
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        compositor.start();
        mixer.start();
        lastStats = buildStats(0, 0, -1);
        statsThread = live.studio.media.StageThreads.start("stats", this::publishStats);
    }

    /** Puts a source in a layout slot (0 main, 1 second) and starts it; the one it replaces is closed. */
    public synchronized void setVideoSource(int slot, VideoSourceSpec spec) throws SourceException {
        if (slot < 0 || slot >= VIDEO_SLOTS) {
            throw new IllegalArgumentException("video slot " + slot + " does not exist: use 0 (main) or 1 (second)");
        }
        VideoSource source = null;
        if (spec != null) {
            source = sourceFactory.createVideo(spec);
            Rectangle place = placeOf(slot);
            try {
                source.start(clock, place.width(), place.height());
            } catch (SourceException | RuntimeException e) {
                closeQuietly(source);
                throw e;
            }
        }
        VideoSource previous = compositor.setSource(slot, source);
        videoSpecs[slot] = spec;
        closeQuietly(previous);
        LOG.info("video source {}: {}", slot, source == null ? "none" : source.description());
    }

    public synchronized VideoSourceSpec videoSource(int slot) {
        return videoSpecs[slot];
    }

    public synchronized void setAudioSource(AudioSourceSpec spec) throws SourceException {
        AudioSource source = sourceFactory.createAudio(spec);
        if (source != null) {
            try {
                source.start(clock);
            } catch (SourceException | RuntimeException e) {
                closeQuietly(source);
                throw e;
            }
        }
        List<AudioSource> previous = mixer.sources();
        mixer.setSources(source == null ? List.of() : List.of(source));
        previous.forEach(LiveEngine::closeQuietly);
        LOG.info("audio source: {}", source == null ? "none" : source.description());
    }

    public void setLayout(Layout layout) {
        compositor.setLayout(layout);
    }

    public Layout layout() {
        return compositor.layout();
    }

    public void setAudioGainDb(double gainDb) {
        mixer.setGainDb(gainDb);
    }

    /** Program levels of the newest mixed chunk (about 21 ms), for a meter livelier than the once-a-second stats. */
    public AudioLevels audioLevels() {
        return mixer.levels();
    }

    public void setMuteState(MuteState state) {
        mixer.setMuteState(state);
    }

    public MuteState muteState() {
        return mixer.muteState();
    }

    public void setOverlays(List<live.studio.overlay.AnimatedOverlay> overlays) {
        compositor.setOverlays(overlays);
    }

    /** Shows the program in a preview (null to stop); the feed's size must be the program's. */
    public void setPreview(PreviewFeed feed) {
        compositor.setPreview(feed == null ? null : feed::offer);
    }

    /**
     * Starts streaming to a destination; the encoder starts with the first output. Returns at once: the connection
     * is made on the output's thread and its state shows in {@link #stats()}.
     */
    public synchronized PacketOutput addDestination(Destination destination) throws EncoderException {
        ensureEncoder();
        PacketOutput output = PacketOutput.stream(destination, PacketOutput.Settings.stream(format.fps(),
                encoderSettings.videoBitrateKbps() + encoderSettings.audioBitrateKbps()), encoder.streams());
        streams.add(output);
        fanOut.attach(output);
        output.start();
        return output;
    }

    /** Stops one destination (the others and the recording go on); waits for its trailer up to a few seconds. */
    public synchronized void removeDestination(PacketOutput output) {
        if (!streams.remove(output)) {
            return;
        }
        fanOut.detach(output);
        output.stop();
        stopEncoderIfIdle();
        Thread.ofPlatform().name("output-closer").daemon().start(output::close);
    }

    /**
     * The media time (the engine clock) that is time zero in {@code output}'s current connection or file, so a
     * moment on the clock can be found in what the output wrote. Empty until it has written its first keyframe.
     */
    public synchronized java.util.OptionalLong timelineOriginMediaNanos(PacketOutput output) {
        Encoder current = encoder;
        if (current == null || current.originMediaNanos().isEmpty() || output.connectionOriginMicros().isEmpty()) {
            return java.util.OptionalLong.empty();
        }
        return java.util.OptionalLong.of(current.originMediaNanos().getAsLong()
                + output.connectionOriginMicros().getAsLong() * 1_000L);
    }

    /** The recording in progress, if any (for {@link #timelineOriginMediaNanos}). */
    public synchronized java.util.Optional<PacketOutput> recordingOutput() {
        return java.util.Optional.ofNullable(recording);
    }

    /** Starts recording to {@code file} (.mkv, or .mp4 which is remuxed from Matroska at stop). */
    public synchronized void startRecording(Path file) throws EncoderException, IOException {
        if (recording != null) {
            throw new IllegalStateException("already recording to " + recordingFile);
        }
        RecordingFormat chosen = RecordingFormat.forFile(file);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (!Files.isWritable(parent == null ? Path.of(".") : parent)) {
            throw new IOException("cannot write the recording in " + parent + ": choose a folder you may write to");
        }
        // Never over an earlier recording, least of all the one a killed studio left at the same path.
        RecordingFiles.keepEarlier(file, chosen).forEach(moved -> LOG.warn("{}", moved));
        Path written = chosen == RecordingFormat.MP4 ? RecordingFiles.partialOf(file) : file;
        Path folder = parent == null ? Path.of(".") : parent;
        // A crash's unfinished MP4 recordings in this folder become MP4 files, beside the new recording, not before it.
        Thread.ofPlatform().name("recording-recovery").daemon()
                .start(() -> RecordingFiles.recoverOrphans(folder, Optional.of(written)));
        ensureEncoder();
        recording = PacketOutput.recording(RECORDING_OUTPUT_NAME, written, PacketOutput.Settings.recording(format.fps()), encoder.streams());
        recordingFile = file;
        recordingFormat = chosen;
        fanOut.attach(recording);
        recording.start();
    }

    /** Finishes the recording file (and the MP4 remux when asked); the streams go on. */
    public synchronized void stopRecording() {
        if (recording == null) {
            return;
        }
        PacketOutput finished = recording;
        Path file = recordingFile;
        RecordingFormat chosen = recordingFormat;
        recording = null;
        fanOut.detach(finished);
        finished.stop();
        stopEncoderIfIdle();
        finished.close();
        finishRecordingFile(finished, file, chosen);
    }

    /** Stops every stream and the recording, encoding what is queued and writing every trailer before returning. */
    public synchronized void stopAllOutputs() {
        List<PacketOutput> all = new ArrayList<>(streams);
        PacketOutput finishedRecording = recording;
        if (finishedRecording != null) {
            all.add(finishedRecording);
        }
        // Stop feeding the encoder first, let it flush into the outputs, then let each output drain and finish.
        compositor.setSink(null);
        mixer.setSink(null);
        if (encoder != null) {
            encoder.close();
            encoder = null;
        }
        all.forEach(PacketOutput::stop);
        all.forEach(PacketOutput::close);
        all.forEach(fanOut::detach);
        streams.clear();
        if (finishedRecording != null) {
            finishRecordingFile(finishedRecording, recordingFile, recordingFormat);
            recording = null;
        }
    }

    private void finishRecordingFile(PacketOutput finished, Path file, RecordingFormat chosen) {
        if (chosen != RecordingFormat.MP4 || finished.status().writtenBytes() == 0) {
            return;
        }
        Path matroska = RecordingFiles.partialOf(file);
        try {
            RecordingFiles.remuxAtomically(matroska, file);
            Files.deleteIfExists(matroska);
            LOG.info("recording saved as {}", file);
        } catch (IOException e) {
            LOG.error("could not turn the recording into MP4 ({}); the Matroska file {} is kept and plays", e.getMessage(), matroska);
        }
    }

    private void ensureEncoder() throws EncoderException {
        if (encoder != null && encoder.failure() == null) {
            return;
        }
        if (encoder != null) {
            encoder.close();
        }
        Encoder started = new Encoder(format, encoderSettings, clock, compositor::recycle, mixer::recycle, fanOut);
        started.start();
        encoder = started;
        compositor.setSink(started);
        mixer.setSink(started);
    }

    private void stopEncoderIfIdle() {
        if (encoder != null && streams.isEmpty() && recording == null) {
            compositor.setSink(null);
            mixer.setSink(null);
            encoder.close();
            encoder = null;
        }
    }

    private Rectangle placeOf(int slot) {
        List<Rectangle> places = LayoutGeometry.place(compositor.layout(), format.width(), format.height());
        return slot < places.size() ? places.get(slot) : LayoutGeometry.place(Layout.PICTURE_IN_PICTURE, format.width(), format.height()).get(slot);
    }

    /** The newest once-a-second stats. */
    public EngineStats stats() {
        return lastStats;
    }

    /** Called once a second on the {@code stats} thread. */
    public void addStatsListener(Consumer<EngineStats> listener) {
        statsListeners.add(listener);
    }

    public void removeStatsListener(Consumer<EngineStats> listener) {
        statsListeners.remove(listener);
    }

    private void publishStats() {
        long previousRendered = compositor.renderedFrames();
        long previousVideoBytes = 0;
        long previousNanos = clock.elapsedNanos();
        Encoder previousEncoder = null;
        try {
            while (running) {
                // on the whole second of media time, but never less than half a second after the last one: a rate
                // over a few milliseconds (the first interval) would read 75 fps for a frame or two
                clock.sleepUntil(((previousNanos + 500_000_000L) / 1_000_000_000L + 1) * 1_000_000_000L);
                long nowNanos = clock.elapsedNanos();
                double seconds = (nowNanos - previousNanos) / 1e9;
                long rendered = compositor.renderedFrames();
                Encoder currentEncoder;
                synchronized (this) {
                    currentEncoder = encoder;
                }
                long videoBytes = currentEncoder == null ? 0 : currentEncoder.encodedVideoBytes();
                if (currentEncoder != previousEncoder) {
                    previousVideoBytes = 0;
                    previousEncoder = currentEncoder;
                }
                double latencyMillis = currentEncoder == null ? -1 : currentEncoder.takeMeanLatencyMillis();
                EngineStats stats = buildStats((rendered - previousRendered) / seconds,
                        (videoBytes - previousVideoBytes) * 8 / 1000.0 / seconds, latencyMillis);
                previousRendered = rendered;
                previousVideoBytes = videoBytes;
                previousNanos = nowNanos;
                lastStats = stats;
                for (Consumer<EngineStats> listener : statsListeners) {
                    try {
                        listener.accept(stats);
                    } catch (RuntimeException e) {
                        LOG.warn("stats listener failed", e);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private EngineStats buildStats(double framesPerSecond, double videoBitrateKbps, double encodeLatencyMillis) {
        List<OutputStatus> outputs = new ArrayList<>();
        Encoder currentEncoder;
        synchronized (this) {
            streams.forEach(output -> outputs.add(output.status()));
            if (recording != null) {
                outputs.add(recording.status());
            }
            currentEncoder = encoder;
        }
        AudioLevels levels = mixer.levels();
        return new EngineStats(clock.elapsedNanos() / 1_000_000L, framesPerSecond, compositor.renderedFrames(),
                compositor.droppedFrames(), compositor.repeatedFrames(), compositor.lateTicks(),
                currentEncoder == null ? 0 : currentEncoder.videoQueueDepth(), Encoder.VIDEO_QUEUE_CAPACITY,
                currentEncoder == null ? 0 : currentEncoder.encodedFrames(), currentEncoder == null ? 0 : videoBitrateKbps,
                encodeLatencyMillis, levels, outputs,
                currentEncoder == null || currentEncoder.failure() == null ? "" : String.valueOf(currentEncoder.failure().getMessage()));
    }

    /** Every output's state now (not the once-a-second snapshot): destinations first, then the recording. */
    public synchronized List<OutputStatus> outputStatuses() {
        List<OutputStatus> statuses = new ArrayList<>();
        streams.forEach(output -> statuses.add(output.status()));
        if (recording != null) {
            statuses.add(recording.status());
        }
        return statuses;
    }

    /** Stops every output (finishing the files), then the clocks and the sources. */
    @Override
    public void close() {
        stopAllOutputs();
        synchronized (this) {
            running = false;
        }
        if (statsThread != null) {
            statsThread.interrupt();
        }
        compositor.close();
        mixer.close();
        for (int slot = 0; slot < VIDEO_SLOTS; slot++) {
            closeQuietly(compositor.setSource(slot, null));
        }
        mixer.sources().forEach(LiveEngine::closeQuietly);
        mixer.setSources(List.of());
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            LOG.warn("could not close {}: {}", closeable, e.getMessage());
        }
    }
}
