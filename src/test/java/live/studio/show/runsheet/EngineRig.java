package live.studio.show.runsheet;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import live.studio.catalog.Catalog;
import live.studio.show.ShowController;
import live.studio.show.ShowEvent;

/**
 * A cue engine on a real show controller with a hand-moved clock, driven the way its thread drives it: the clock
 * jumps to each moment {@link CueEngine#advance()} says is due next, so cues fire exactly when due.
 */
final class EngineRig {
    final ManualShowTime time = ManualShowTime.at8pm();
    final ShowController controller = new ShowController(Catalog.empty(), time);
    final List<ShowEvent> events = new ArrayList<>();
    final List<RunState> saved = new ArrayList<>();
    final CueEngine engine;

    EngineRig(RunSheet sheet, Staffing staffing) {
        controller.subscribe(events::add);
        engine = new CueEngine(controller, time, sheet, staffing, saved::add, "test-show");
        controller.setRunSheetActions(engine);
    }

    EngineRig(RunSheet sheet) {
        this(sheet, Staffing.OPERATOR);
    }

    /** Moves the clock forward by {@code duration}, stopping at every due moment on the way as the thread would. */
    void run(Duration duration) {
        long target = time.nanos() + duration.toNanos();
        while (true) {
            long next = engine.advance();
            if (next > target) {
                time.setNanos(target);
                engine.advance();
                return;
            }
            time.setNanos(Math.max(time.nanos(), next));
        }
    }

    void runSeconds(long seconds) {
        run(Duration.ofSeconds(seconds));
    }

    List<ShowEvent.CueFired> fired() {
        return events.stream().filter(ShowEvent.CueFired.class::isInstance).map(ShowEvent.CueFired.class::cast).toList();
    }

    List<String> firedIds() {
        return fired().stream().map(ShowEvent.CueFired::cueId).toList();
    }

    List<String> segmentsStarted() {
        return events.stream().filter(ShowEvent.SegmentStarted.class::isInstance)
                .map(event -> ((ShowEvent.SegmentStarted) event).segmentId()).toList();
    }
}
