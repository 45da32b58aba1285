package live.studio.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import live.studio.engine.EngineStats;
import live.studio.media.AudioLevels;
import live.studio.output.OutputState;
import live.studio.output.OutputStatus;
import live.studio.output.StopReason;
import org.junit.jupiter.api.Test;

class LiveStatsTest {

    @Test
    void bitrateAddsUpTheDestinationsAndLeavesTheRecordingOut() {
        LiveStats stats = LiveStats.of(stats(29.9, 0, List.of(output("YouTube", OutputState.LIVE, 4500, 0.1),
                output("Twitch", OutputState.LIVE, 3000, 0.3), output("Recording", OutputState.LIVE, 4600, 0))), 30, 0, 0.42);

        assertThat(stats.bitrateText()).isEqualTo("7500 kbps");
        assertThat(stats.congestionText()).as("the worst destination").isEqualTo("30 %");
        assertThat(stats.congestionLevel()).isEqualTo(StatLevel.WARNING);
        assertThat(stats.cpuText()).isEqualTo("42 %");
        assertThat(stats.cpuLevel()).isEqualTo(StatLevel.OK);
        assertThat(stats.framesLevel()).isEqualTo(StatLevel.OK);
    }

    @Test
    void aStoppedOrFailedOutputNeitherSendsNorCongests() {
        LiveStats stats = LiveStats.of(stats(30, 0, List.of(output("YouTube", OutputState.FAILED, 0, 1.0),
                output("Twitch", OutputState.LIVE, 2500, 0.05))), 30, 0, 0.1);

        assertThat(stats.bitrateKbps()).isEqualTo(2500);
        assertThat(stats.worstCongestion()).isEqualTo(0.05);
        assertThat(stats.congestionLevel()).isEqualTo(StatLevel.OK);
    }

    @Test
    void badFiguresAreMarkedBad() {
        LiveStats stats = LiveStats.of(stats(21, 12, List.of(output("YouTube", OutputState.LIVE, 900, 0.8))), 30, 5, 0.95);

        assertThat(stats.framesLevel()).isEqualTo(StatLevel.BAD);
        assertThat(stats.droppedLevel()).as("dropping during the last second").isEqualTo(StatLevel.BAD);
        assertThat(stats.cpuLevel()).isEqualTo(StatLevel.BAD);
        assertThat(stats.congestionLevel()).isEqualTo(StatLevel.BAD);
        assertThat(LiveStats.of(stats(30, 12, List.of()), 30, 12, -1).droppedLevel())
                .as("dropped earlier, not now").isEqualTo(StatLevel.WARNING);
        assertThat(LiveStats.of(stats(30, 0, List.of()), 30, 0, -1).cpuText()).as("unknown CPU").isEqualTo("–");
    }

    static OutputStatus output(String name, OutputState state, double bitrateKbps, double congestion) {
        return new OutputStatus(name, "rtmp://example/app/****", state, StopReason.NONE, "", bitrateKbps, congestion,
                0, 0, 0, 1000);
    }

    static EngineStats stats(double fps, long dropped, List<OutputStatus> outputs) {
        return new EngineStats(61_000, fps, 1830, dropped, 0, 0, 1, 8, 1800, 4480, 14, new AudioLevels(-12, -20), outputs, "");
    }
}
