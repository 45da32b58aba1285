package live.studio.show.runsheet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import live.studio.files.AtomicFiles;
import live.studio.media.StageThreads;
import live.studio.show.RunMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The run state on disk ({@code run-state.json} beside the settings): written whole or not at all
 * ({@link AtomicFiles}) on the thread {@code run-state}, the newest state winning when changes come faster than the
 * disk, so the cue engine never waits for a disk. A crash between a change and its write (a few milliseconds) loses
 * that change only.
 */
public final class RunStateFile implements RunStateStore, AutoCloseable {
    public static final String FILE_NAME = "run-state.json";
    private static final Logger LOG = LoggerFactory.getLogger(RunStateFile.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_BYTES = 4 * 1024 * 1024;

    private final Path file;
    private final AtomicReference<RunState> toWrite = new AtomicReference<>();
    private final Thread writer;
    private volatile boolean running = true;

    private RunStateFile(Path file) {
        this.file = file;
        this.writer = StageThreads.create("run-state", this::run);
    }

    /** Starts the writer of {@code file}. */
    public static RunStateFile open(Path file) {
        RunStateFile store = new RunStateFile(file);
        store.writer.start();
        return store;
    }

    public Path file() {
        return file;
    }

    @Override
    public void save(RunState state) {
        toWrite.set(state);
        LockSupport.unpark(writer);
    }

    private void run() {
        while (running || toWrite.get() != null) {
            RunState state = toWrite.getAndSet(null);
            if (state == null) {
                LockSupport.park(this);
                continue;
            }
            try {
                AtomicFiles.writeString(file, toJson(state));
            } catch (IOException | RuntimeException e) {
                LOG.error("Cannot save the run state to {}: {} (a crash now could not resume the show)", file,
                        e.getMessage());
            }
        }
    }

    /** Writes what is pending, then stops the writer. */
    @Override
    public void close() {
        running = false;
        LockSupport.unpark(writer);
        // Not interrupted: an interrupt closes the file channel under a write in progress, losing the last state.
        try {
            writer.join(StageThreads.DEFAULT_JOIN_TIMEOUT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String toJson(RunState state) {
        ObjectNode json = JSON.createObjectNode();
        json.put("version", 1);
        json.put("show", state.show());
        json.put("mode", state.mode().commandName());
        json.put("phase", state.phase().name().toLowerCase(java.util.Locale.ROOT));
        json.put("showStartedAt", state.showStartedAt().toString());
        state.segmentId().ifPresentOrElse(id -> json.put("segment", id), () -> json.putNull("segment"));
        json.put("segmentStartedAt", state.segmentStartedAt().toString());
        json.put("heldInSegment", state.heldInSegment().toString());
        state.heldSince().ifPresentOrElse(at -> json.put("heldSince", at.toString()), () -> json.putNull("heldSince"));
        json.put("overUnderBefore", state.overUnderBefore().toString());
        ArrayNode firedIds = json.putArray("firedCues");
        state.firedCueIds().forEach(firedIds::add);
        ArrayNode skippedIds = json.putArray("skippedCues");
        state.skippedCueIds().forEach(skippedIds::add);
        json.put("savedAt", state.savedAt().toString());
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n";
    }

    /**
     * The run saved in {@code file}: empty when there is none. A damaged file (unreadable JSON, a missing or wrong
     * field) is reported as a {@link RunStateException} naming the file and the field, never thrown at the show.
     */
    public static Optional<RunState> load(Path file) throws RunStateException {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new RunStateException(file + ": larger than " + MAX_BYTES + " bytes; not a run state");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException none) {
            return Optional.empty();
        } catch (IOException e) {
            throw new RunStateException(file + ": cannot read: " + e.getMessage());
        }
        JsonNode json;
        try {
            json = JSON.readTree(new String(bytes, StandardCharsets.UTF_8));
        } catch (JacksonException e) {
            throw new RunStateException(file + ": not JSON: " + e.getOriginalMessage());
        }
        if (json == null || !json.isObject()) {
            throw new RunStateException(file + ": not a JSON object");
        }
        Fields fields = new Fields(file, json);
        String modeName = fields.text("mode");
        RunMode mode = RunMode.byCommandName(modeName).orElseThrow(() -> fields.wrong("mode", "live or rehearsal"));
        RunPhase phase;
        try {
            phase = RunPhase.valueOf(fields.text("phase").toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw fields.wrong("phase", "not_started, running, held or finished");
        }
        Optional<Instant> heldSince = fields.optionalText("heldSince").isPresent()
                ? Optional.of(fields.instant("heldSince")) : Optional.empty();
        return Optional.of(new RunState(fields.text("show"), mode, phase, fields.instant("showStartedAt"),
                fields.optionalText("segment"), fields.instant("segmentStartedAt"), fields.duration("heldInSegment"),
                heldSince,
                fields.duration("overUnderBefore"), fields.texts("firedCues"), fields.texts("skippedCues"),
                fields.instant("savedAt")));
    }

    /** A run state that cannot be used, with the file and field at fault. */
    public static final class RunStateException extends Exception {
        public RunStateException(String message) {
            super(message);
        }
    }

    private record Fields(Path file, JsonNode json) {
        RunStateException wrong(String field, String expected) {
            return new RunStateException(file + ": " + field + ": expected " + expected + ", got "
                    + (json.has(field) ? json.get(field).toString() : "nothing"));
        }

        String text(String field) throws RunStateException {
            JsonNode value = json.get(field);
            if (value == null || !value.isString()) {
                throw wrong(field, "a string");
            }
            return value.asString();
        }

        Optional<String> optionalText(String field) throws RunStateException {
            JsonNode value = json.get(field);
            if (value == null || value.isNull()) {
                return Optional.empty();
            }
            return Optional.of(text(field));
        }

        Instant instant(String field) throws RunStateException {
            try {
                return Instant.parse(text(field));
            } catch (DateTimeParseException e) {
                throw wrong(field, "an instant like 2026-11-21T13:00:00Z");
            }
        }

        Duration duration(String field) throws RunStateException {
            try {
                return Duration.parse(text(field));
            } catch (DateTimeParseException e) {
                throw wrong(field, "a duration like PT1M30S");
            }
        }

        List<String> texts(String field) throws RunStateException {
            JsonNode value = json.get(field);
            if (value == null || !value.isArray()) {
                throw wrong(field, "a list of cue ids");
            }
            List<String> texts = new ArrayList<>();
            for (JsonNode item : value) {
                if (!item.isString()) {
                    throw wrong(field, "a list of cue ids");
                }
                texts.add(item.asString());
            }
            return texts;
        }
    }
}
