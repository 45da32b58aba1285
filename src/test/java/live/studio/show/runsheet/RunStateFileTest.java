package live.studio.show.runsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import live.studio.show.RunMode;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;

class RunStateFileTest {
    @TempDir
    Path folder;

    /** Closing right after a save (the studio stopping) still writes that last state: it is what a resume needs. */
    @RepeatedTest(20)
    void theStateSavedJustBeforeCloseIsOnDisk() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        RunState last = new RunState("show.json", RunMode.LIVE, RunPhase.RUNNING, now.minusSeconds(60),
                Optional.of("baskets"), now.minusSeconds(5), Duration.ZERO, Optional.empty(), Duration.ofSeconds(-3),
                List.of("a", "b"), List.of("c"), now);
        Path file = folder.resolve(RunStateFile.FILE_NAME);
        try (RunStateFile store = RunStateFile.open(file)) {
            store.save(last);
        }
        assertThat(RunStateFile.load(file)).contains(last);
    }
}
