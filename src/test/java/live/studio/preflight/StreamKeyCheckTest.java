package live.studio.preflight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import live.studio.preflight.StreamKeyCheck.KeySource;
import org.junit.jupiter.api.Test;

class StreamKeyCheckTest {

    @Test
    void everyDestinationWithItsKeyIsOk() {
        CheckResult result = StreamKeyCheck.evaluate(List.of(new KeySource("YouTube", true, "rtmp://a.rtmp.youtube.com/live2")));

        assertThat(result.outcome()).isEqualTo(CheckOutcome.OK);
        assertThat(result.finding().arguments()).containsExactly(1);
    }

    @Test
    void aKeyAtTheEndOfTheServerUrlCounts() {
        CheckResult result = StreamKeyCheck.evaluate(List.of(new KeySource("Own server", false, "rtmp://ingest.example/live/abcd-1234")));

        assertThat(result.outcome()).isEqualTo(CheckOutcome.OK);
        assertThat(result.finding().toString()).doesNotContain("abcd-1234");
    }

    @Test
    void aMissingKeyFailsNamingTheDestinationOnly() {
        CheckResult result = StreamKeyCheck.evaluate(List.of(
                new KeySource("YouTube", true, "rtmp://a.rtmp.youtube.com/live2"),
                new KeySource("Twitch", false, "rtmp://live.twitch.tv/app")));

        assertThat(result.outcome()).isEqualTo(CheckOutcome.FAILED);
        assertThat(result.finding().key()).isEqualTo("stream-key.missing");
        assertThat(result.finding().arguments()).containsExactly("Twitch", 1);
    }

    @Test
    void noDestinationTickedFails() {
        assertThat(StreamKeyCheck.evaluate(List.of()).finding().key()).isEqualTo("stream-key.no-destination");
    }
}
