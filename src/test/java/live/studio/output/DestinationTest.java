package live.studio.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DestinationTest {

    @Test
    void parsesServerApplicationAndKeyWithDefaultPorts() {
        Destination youtube = Destination.parse("YouTube", "rtmp://a.rtmp.youtube.com/live2/abcd-1234-efgh");
        assertThat(youtube.protocol()).isEqualTo(Destination.Protocol.RTMP);
        assertThat(youtube.port()).isEqualTo(1935);
        assertThat(youtube.application()).isEqualTo("live2");
        Destination facebook = Destination.of("Facebook", "rtmps://live-api-s.facebook.com:443/rtmp/", "FB-999-0-XyZ");
        assertThat(facebook.protocol()).isEqualTo(Destination.Protocol.RTMPS);
        assertThat(facebook.port()).isEqualTo(443);
    }

    @Test
    void neverShowsTheKey() {
        Destination destination = Destination.parse("Twitch", "rtmp://live.twitch.tv/app/live_987654_secretSecret");
        assertThat(destination.toString()).doesNotContain("secretSecret").contains("****");
        assertThat(destination.redactedUrl()).isEqualTo("rtmp://live.twitch.tv/app/****");
        assertThat(SecretRedactor.redact("x live_987654_secretSecret y")).isEqualTo("x **** y");
    }

    @Test
    void takesTheKeyFromTheEnvironmentSoItIsNotOnTheCommandLine() {
        Destination destination = Destination.parse("Twitch", "rtmp://live.twitch.tv/app/${TWITCH_KEY}", Map.of("TWITCH_KEY", "live_1_fromEnvironment"));
        assertThat(destination.secretUrl()).isEqualTo("rtmp://live.twitch.tv/app/live_1_fromEnvironment");
        assertThatThrownBy(() -> Destination.parse("x", "rtmp://h/app/${MISSING_KEY}", Map.of()))
                .hasMessageContaining("MISSING_KEY").hasMessageContaining("not set");
    }

    @Test
    void badUrlsSayWhatIsWrongWithoutTheKey() {
        assertThatThrownBy(() -> Destination.parse("x", "http://example.com/app/key12345"))
                .hasMessageContaining("scheme 'http'").hasMessageContaining("rtmp://");
        assertThatThrownBy(() -> Destination.parse("x", "a.rtmp.youtube.com/live2/key12345")).hasMessageContaining("no scheme");
        assertThatThrownBy(() -> Destination.parse("x", "rtmp:///live2/key12345")).hasMessageContaining("no host");
        assertThatThrownBy(() -> Destination.parse("x", "rtmp://a.rtmp.youtube.com/live2")).hasMessageContaining("stream key");
        assertThatThrownBy(() -> Destination.parse("x", "rtmp://host name/app/secretkey999"))
                .hasMessageContaining("malformed").hasMessageNotContaining("secretkey999");
        assertThatThrownBy(() -> Destination.of("YouTube", "rtmp://a.rtmp.youtube.com/live2", " ")).hasMessageContaining("empty");
        assertThatThrownBy(() -> Destination.parse("x", "rtmp://127.0.0.1:70000/live/secretkey998"))
                .hasMessageContaining("port 70000").hasMessageContaining("1 to 65535").hasMessageNotContaining("secretkey998");
    }
}
