package live.studio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import live.studio.show.runsheet.RunPhase;
import live.studio.show.runsheet.RunState;
import live.studio.show.runsheet.RunStateFile;
import live.studio.testing.TestOutput;
import org.junit.jupiter.api.Test;

/**
 * {@code studio live --headless --show} killed with SIGKILL in the middle of a segment, then started again with
 * {@code --resume}: the run goes on in the segment it was in, the cues that had fired are not fired again, the ones
 * still ahead fire, and the show runs to its end by itself.
 */
class ShowCrashResumeIT {
    private static final Pattern FIRED = Pattern.compile("studio live: show: cue (\\S+) fired in (\\S+)");
    private static final Pattern SKIPPED = Pattern.compile("studio live: show: cue (\\S+) skipped in \\S+ \\(due while");

    private static final String SHOW = """
            {
              "show": {"title": "Crash test", "host": "Test", "language": "en"},
              "runSheet": [
                {"id": "opening", "title": "Opening", "duration": "6s", "advance": "auto",
                 "cues": [
                   {"id": "a1", "at": "1s", "command": "banner.show", "text": "Welcome"},
                   {"id": "a3", "at": "3s", "command": "banner.hide"}
                 ]},
                {"id": "demo", "title": "Demo", "duration": "40s", "advance": "manual",
                 "cues": [
                   {"id": "b2", "at": "2s", "command": "lowerThird.show", "name": "Camille", "role": "Host"},
                   {"id": "b5", "at": "5s", "command": "lowerThird.hide"},
                   {"id": "b30", "at": "30s", "command": "banner.show", "text": "Last minutes"},
                   {"id": "b36", "at": "36s", "command": "banner.hide"}
                 ]},
                {"id": "closing", "title": "Closing", "duration": "5s",
                 "cues": [
                   {"id": "c1", "at": "1s", "command": "banner.show", "text": "Thank you"}
                 ]}
              ]
            }
            """;

    @Test
    void aKilledShowResumesInItsSegmentWithoutFiringACueTwice() throws Exception {
        Path directory = TestOutput.newDirectory("crash-resume");
        Path show = directory.resolve("show.json");
        Files.writeString(show, SHOW);
        Path runState = directory.resolve("run-state.json");
        Path firstLog = directory.resolve("first.log");
        Path secondLog = directory.resolve("second.log");

        Process first = studio(show, runState, directory.resolve("first.mkv"), false, firstLog);
        try {
            awaitLine(first, firstLog, "cue b5 fired in demo", 60);
            Thread.sleep(2_000);
            first.destroyForcibly(); // SIGKILL: no shutdown hook, no last save
            assertThat(first.waitFor(20, TimeUnit.SECONDS)).isTrue();
        } finally {
            first.destroyForcibly();
        }
        RunState saved = RunStateFile.load(runState).orElseThrow();
        assertThat(saved.phase()).isEqualTo(RunPhase.RUNNING);
        assertThat(saved.segmentId()).contains("demo");
        assertThat(saved.firedCueIds()).containsExactly("a1", "a3", "b2", "b5");

        Process second = studio(show, runState, directory.resolve("second.mkv"), true, secondLog);
        try {
            assertThat(second.waitFor(90, TimeUnit.SECONDS)).as("the resumed show ends by itself").isTrue();
        } finally {
            second.destroyForcibly();
        }
        String log = Files.readString(secondLog);
        assertThat(second.exitValue()).as(log).isZero();
        assertThat(log).contains("resuming the run saved at").contains("segment 2/3 demo started (resumed)")
                .doesNotContain("segment 1/3 opening started").contains("the run-sheet has ended");
        assertThat(fired(Files.readString(firstLog), FIRED)).containsExactly("a1", "a3", "b2", "b5");
        // what was ahead fires once, or (on a machine so loaded the restart outlasts a cue's moment) is skipped as due
        // while the studio was down; never fired late, never fired again
        List<String> fired = fired(log, FIRED);
        List<String> missed = fired(log, SKIPPED);
        assertThat(fired).as(log).doesNotContain("a1", "a3", "b2", "b5").contains("c1");
        List<String> accounted = new ArrayList<>(missed);
        accounted.addAll(fired);
        assertThat(accounted).as(log).containsExactly("b30", "b36", "c1");
        assertThat(log).contains("segment 3/3 closing started (automatic)");
        assertThat(RunStateFile.load(runState).orElseThrow().phase()).isEqualTo(RunPhase.FINISHED);
    }

    private static Process studio(Path show, Path runState, Path record, boolean resume, Path log) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "live", "--headless", "--size", "640x360",
                "--record", record.toString(), "--show", show.toString(), "--run-state", runState.toString()));
        if (resume) {
            command.add("--resume");
        }
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void awaitLine(Process process, Path log, String line, int seconds) throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (!Files.readString(log).contains(line)) {
            assertThat(process.isAlive()).as(Files.readString(log)).isTrue();
            assertThat(System.nanoTime()).as("waiting for '%s' in %s", line, Files.readString(log)).isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private static List<String> fired(String log, Pattern pattern) {
        List<String> ids = new ArrayList<>();
        Matcher matcher = pattern.matcher(log);
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }
}
