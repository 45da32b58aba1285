package live.studio.ui.runsheet;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import live.studio.show.runsheet.CueEngine;
import live.studio.show.runsheet.RunSheet;
import live.studio.show.runsheet.RunStatus;

/**
 * The views' side of the cue engine: its status as {@link RunProgress}, edits straight to
 * {@link CueEngine#replaceRunSheet}. It keeps how long each segment ran (the engine's status has only the current
 * one's clock) from the snapshots it is asked for, for the timeline; the figures shown come from the engine itself.
 * UI thread only.
 */
public final class CueEngineRunSheet implements RunSheetEngine {
    private final CueEngine engine;
    private final Map<String, Duration> actualDurations = new LinkedHashMap<>();
    private Optional<String> lastSegmentId = Optional.empty();
    private Duration lastElapsed = Duration.ZERO;

    public CueEngineRunSheet(CueEngine engine) {
        this.engine = Objects.requireNonNull(engine);
    }

    @Override
    public RunSheet runSheet() {
        return engine.runSheet();
    }

    @Override
    public void replaceRunSheet(RunSheet edited) {
        engine.replaceRunSheet(edited);
    }

    @Override
    public RunProgress progress() {
        RunStatus status = engine.status();
        if (status.phase() == live.studio.show.runsheet.RunPhase.NOT_STARTED) {
            actualDurations.clear();
        }
        if (lastSegmentId.isPresent() && !lastSegmentId.equals(status.segmentId())) {
            actualDurations.put(lastSegmentId.get(), lastElapsed);
        }
        lastSegmentId = status.segmentId();
        lastElapsed = status.segmentElapsed() == null ? Duration.ZERO : status.segmentElapsed();
        RunProgress.RunPhase phase = switch (status.phase()) {
            case NOT_STARTED -> RunProgress.RunPhase.NOT_STARTED;
            case RUNNING -> RunProgress.RunPhase.RUNNING;
            case HELD -> RunProgress.RunPhase.HOLDING;
            case FINISHED -> RunProgress.RunPhase.ENDED;
        };
        return new RunProgress(phase, status.segmentId(), lastElapsed, actualDurations,
                new LinkedHashSet<>(status.firedCueIds()), status.asOf().toLocalDateTime(), Optional.of(status));
    }
}
