package live.studio.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import live.studio.engine.EngineStats;
import live.studio.media.AudioLevels;
import live.studio.output.OutputState;
import live.studio.output.OutputStatus;
import live.studio.output.StopReason;
import org.junit.jupiter.api.Test;

class StatusTextTest {

    @Test
    void engineLineShowsFramesEncoderQueueAndBitrate() {
        EngineStats stats = stats(List.of(live("YouTube", 4512.4)));

        assertThat(StatusText.engineLine(stats)).isEqualTo("29.9 fps · dropped 3 · repeated 12 · encoder queue 2/8 · video 4480 kbps");
    }

    @Test
    void anEncoderThatFailedMidShowLeadsTheLine() {
        EngineStats healthy = stats(List.of(live("YouTube", 4500)));
        EngineStats failed = new EngineStats(healthy.uptimeMillis(), healthy.framesPerSecond(), healthy.renderedFrames(),
                healthy.droppedFrames(), healthy.repeatedFrames(), healthy.lateTicks(), 0, healthy.encoderQueueCapacity(),
                healthy.encodedFrames(), 0, -1, healthy.audioLevels(), healthy.outputs(), "video encode: Invalid argument (-22)");
        assertThat(StatusText.engineLine(failed)).startsWith("Encoder failed: video encode: Invalid argument (-22) · ");
        assertThat(failed.statusLine()).startsWith("ENCODER FAILED: video encode");
        assertThat(StatusText.engineLine(healthy)).doesNotContain("failed");
    }

    @Test
    void withNothingOnAirTheEncoderIsIdle() {
        EngineStats stats = stats(List.of());

        assertThat(StatusText.engineLine(stats)).isEqualTo("29.9 fps · dropped 3 · repeated 12 · encoder idle");
        assertThat(StatusText.outputsLine(stats)).isEqualTo("Off air · not recording");
    }

    @Test
    void outputsLineSummarisesEveryDestination() {
        OutputStatus reconnecting = new OutputStatus("Twitch", "rtmp://live.twitch.tv/app/****", OutputState.RECONNECTING,
                StopReason.CONNECTION_LOST, "", 0, 0, 0, 2, 2600, 1000);
        OutputStatus failed = new OutputStatus("Facebook", "rtmps://live-api-s.facebook.com:443/rtmp/****", OutputState.FAILED,
                StopReason.REJECTED, "", 0, 0, 0, 0, 0, 0);

        String line = StatusText.outputsLine(stats(List.of(live("YouTube", 4500), reconnecting, failed)));

        assertThat(line).isEqualTo("YouTube: live 4500 kbps · Twitch: reconnecting in 3 s (attempt 2) · "
                + "Facebook: failed: the server refused the stream key (check the stream key (the end of the destination URL) "
                + "and the application name before it; a refused key is not retried)");
    }

    @Test
    void congestionIsShownOnlyWhenItMatters() {
        OutputStatus congested = new OutputStatus("YouTube", "t", OutputState.LIVE, StopReason.NONE, "", 2100, 0.42, 30, 0, 0, 1);

        assertThat(StatusText.outputSummary(congested)).isEqualTo("YouTube: live 2100 kbps (network congested 42 %), 30 video frames dropped");
        assertThat(StatusText.outputSummary(live("YouTube", 2100))).isEqualTo("YouTube: live 2100 kbps");
    }

    @Test
    void stateOfLeavesTheNameOut() {
        assertThat(StatusText.stateOf(live("YouTube", 4500))).isEqualTo("live 4500 kbps");
    }

    @Test
    void elapsedTimeReadsAsHoursMinutesSeconds() {
        assertThat(StatusText.elapsed(Duration.ofSeconds(3 * 3600 + 4 * 60 + 5))).isEqualTo("3:04:05");
        assertThat(StatusText.elapsed(Duration.ZERO)).isEqualTo("0:00:00");
    }

    private static OutputStatus live(String name, double bitrateKbps) {
        return new OutputStatus(name, "rtmp://example/app/****", OutputState.LIVE, StopReason.NONE, "", bitrateKbps, 0, 0, 0, 0, 1000);
    }

    private static EngineStats stats(List<OutputStatus> outputs) {
        return new EngineStats(61_000, 29.94, 1830, 3, 12, 1, 2, 8, 1800, 4480.2, 14.5, new AudioLevels(-12, -20), outputs, "");
    }
}
