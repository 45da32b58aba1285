package live.studio.control;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import live.studio.compose.Layout;
import live.studio.engine.EngineStats;
import live.studio.engine.LiveEngine;
import live.studio.output.OutputStatus;

/** What the API reads from the program: stats, each output's health, the layout. */
public interface ProgramMonitor {

    /** The newest once-a-second stats; empty before the first. */
    Optional<EngineStats> stats();

    /** Each output now: destinations first, then the recording. */
    List<OutputStatus> outputs();

    Layout layout();

    /** Calls {@code listener} with each new stats (once a second, on the engine's stats thread). */
    void addStatsListener(Consumer<EngineStats> listener);

    void removeStatsListener(Consumer<EngineStats> listener);

    /** Whether {@code output} is the recording rather than a destination. */
    static boolean isRecording(OutputStatus output) {
        return output.name().equals(LiveEngine.RECORDING_OUTPUT_NAME);
    }

    static ProgramMonitor of(LiveEngine engine) {
        return new ProgramMonitor() {
            @Override
            public Optional<EngineStats> stats() {
                return Optional.ofNullable(engine.stats());
            }

            @Override
            public List<OutputStatus> outputs() {
                return engine.outputStatuses();
            }

            @Override
            public Layout layout() {
                return engine.layout();
            }

            @Override
            public void addStatsListener(Consumer<EngineStats> listener) {
                engine.addStatsListener(listener);
            }

            @Override
            public void removeStatsListener(Consumer<EngineStats> listener) {
                engine.removeStatsListener(listener);
            }
        };
    }
}
