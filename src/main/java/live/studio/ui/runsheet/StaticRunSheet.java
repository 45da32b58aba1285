package live.studio.ui.runsheet;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Objects;
import live.studio.show.runsheet.RunSheet;

/** A run-sheet that is edited but not run: the views before a show starts, and their tests. */
public final class StaticRunSheet implements RunSheetEngine {
    private final Clock clock;
    private volatile RunSheet runSheet;

    public StaticRunSheet(RunSheet runSheet, Clock clock) {
        this.runSheet = Objects.requireNonNull(runSheet);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public RunSheet runSheet() {
        return runSheet;
    }

    @Override
    public RunProgress progress() {
        return RunProgress.notStarted(LocalDateTime.now(clock));
    }

    @Override
    public void replaceRunSheet(RunSheet edited) {
        runSheet = Objects.requireNonNull(edited);
    }
}
