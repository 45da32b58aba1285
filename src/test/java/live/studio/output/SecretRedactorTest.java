package live.studio.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretRedactorTest {

    @Test
    void masksTheKeyPartOfAnyRtmpUrlEvenUnregistered() {
        assertThat(SecretRedactor.redact("[rtmp @ 0x55] Cannot open rtmp://a.rtmp.youtube.com/live2/abcd-efgh-ijkl-mnop: refused"))
                .isEqualTo("[rtmp @ 0x55] Cannot open rtmp://a.rtmp.youtube.com/live2/****: refused");
        assertThat(SecretRedactor.redact("RTMPS://live-api-s.facebook.com:443/rtmp/FB-123-0-Ab?s_bl=1&s_sc=2 failed"))
                .doesNotContain("FB-123").doesNotContain("s_sc=2");
    }

    @Test
    void masksARegisteredKeyWhereverItAppears() {
        SecretRedactor.register("live_123456_AbCdEfGh");
        assertThat(SecretRedactor.redact("publishing live_123456_AbCdEfGh to app 'app'")).isEqualTo("publishing **** to app 'app'");
    }

    @Test
    void leavesOtherTextAlone() {
        assertThat(SecretRedactor.redact("rtmp://127.0.0.1:1935/live")).isEqualTo("rtmp://127.0.0.1:1935/live");
        assertThat(SecretRedactor.redact("encoder queue 2/4")).isEqualTo("encoder queue 2/4");
        assertThat(SecretRedactor.redact(null)).isNull();
    }
}
