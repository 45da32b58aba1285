package live.studio.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import live.studio.compose.Layout;
import live.studio.encode.EncoderException;
import live.studio.engine.LiveEngine;
import live.studio.output.Destination;
import live.studio.output.PacketOutput;
import live.studio.show.CommandException;
import live.studio.show.ProgramActions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The headless studio's program as commands drive it: {@code stream.start} goes live to the {@code --output}
 * destinations given on the command line, {@code record.start} records next to the {@code --record} file (a new
 * {@code NAME-2.mkv}, {@code NAME-3.mkv} ... each time, never over an earlier recording). No command names a URL or
 * a path. Engine calls that may block (connecting, finishing a file) run on the thread {@code program-actions}.
 */
public final class HeadlessProgram implements ProgramActions, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HeadlessProgram.class);

    private final LiveEngine engine;
    private final List<Destination> destinations;
    private final Optional<Path> recordFile;
    private final ExecutorService actions = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("program-actions").daemon().factory());
    private final List<PacketOutput> streams = new ArrayList<>();
    private boolean streaming;
    private boolean recording;
    private int recordingsStarted;

    public HeadlessProgram(LiveEngine engine, List<Destination> destinations, Optional<Path> recordFile) {
        this.engine = engine;
        this.destinations = List.copyOf(destinations);
        this.recordFile = recordFile;
    }

    /** At launch, on the caller's thread, so that a failure gives the command's exit code. */
    public synchronized void goLiveNow() throws EncoderException {
        for (Destination destination : destinations) {
            streams.add(engine.addDestination(destination));
        }
        streaming = !destinations.isEmpty();
    }

    public synchronized void recordNow() throws EncoderException, IOException {
        if (recordFile.isPresent()) {
            engine.startRecording(nextRecordingFile());
            recording = true;
        }
    }

    @Override
    public synchronized void startStreaming() throws CommandException {
        if (destinations.isEmpty()) {
            throw new CommandException("command", "this studio has no destination: start it with --output URL");
        }
        if (streaming) {
            return;
        }
        streaming = true;
        actions.execute(() -> {
            for (Destination destination : destinations) {
                try {
                    PacketOutput output = engine.addDestination(destination);
                    synchronized (this) {
                        streams.add(output);
                    }
                } catch (EncoderException e) {
                    LOG.error("stream.start: cannot encode: {}", e.getMessage());
                }
            }
        });
    }

    @Override
    public synchronized void stopStreaming() {
        if (!streaming) {
            return;
        }
        streaming = false;
        actions.execute(() -> {
            List<PacketOutput> stopping;
            synchronized (this) {
                stopping = new ArrayList<>(streams);
                streams.clear();
            }
            stopping.forEach(engine::removeDestination);
        });
    }

    @Override
    public synchronized void startRecording() throws CommandException {
        if (recordFile.isEmpty()) {
            throw new CommandException("command", "this studio has no recording file: start it with --record PATH");
        }
        if (recording) {
            return;
        }
        recording = true;
        Path file = nextRecordingFile();
        actions.execute(() -> {
            try {
                engine.startRecording(file);
                LOG.info("record.start: recording to {}", file);
            } catch (EncoderException | IOException | IllegalStateException e) {
                LOG.error("record.start: cannot record to {}: {}", file, e.getMessage());
            }
        });
    }

    @Override
    public synchronized void stopRecording() {
        if (!recording) {
            return;
        }
        recording = false;
        actions.execute(engine::stopRecording);
    }

    @Override
    public void setLayout(Layout layout) {
        engine.setLayout(layout);
    }

    /** The --record file the first time, then NAME-2.EXT, NAME-3.EXT ... skipping files that exist. */
    private Path nextRecordingFile() {
        Path first = recordFile.orElseThrow();
        recordingsStarted++;
        if (recordingsStarted == 1) {
            return first;
        }
        String fileName = first.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
        String extension = dot > 0 ? fileName.substring(dot) : "";
        for (int number = recordingsStarted; ; number++) {
            Path candidate = first.resolveSibling(stem + "-" + number + extension);
            if (!Files.exists(candidate) && !Files.exists(live.studio.output.RecordingFiles.partialOf(candidate))) {
                recordingsStarted = number;
                return candidate;
            }
        }
    }

    /** Lets queued engine calls finish (up to a few seconds) before the engine closes. */
    @Override
    public void close() {
        actions.shutdown();
        try {
            if (!actions.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("a stream or recording action still runs; stopping anyway");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
