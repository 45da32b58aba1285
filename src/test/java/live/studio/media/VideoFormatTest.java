package live.studio.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VideoFormatTest {

    @Test
    void parsesLandscapeAndVerticalSizes() {
        assertThat(VideoFormat.parse("1280x720", 30)).isEqualTo(new VideoFormat(1280, 720, 30));
        assertThat(VideoFormat.parse("1080X1920", 60).orientation()).isEqualTo(VideoFormat.Orientation.PORTRAIT);
    }

    @Test
    void frameTimesDoNotAccumulateRounding() {
        VideoFormat format = new VideoFormat(1280, 720, 30);
        assertThat(format.frameTimeNanos(30L * 3600 * 10)).isEqualTo(3600L * 10 * 1_000_000_000L);
    }

    @Test
    void badSizesAndRatesSayWhatToUse() {
        assertThatThrownBy(() -> VideoFormat.parse("1280*720", 30)).hasMessageContaining("WIDTHxHEIGHT");
        assertThatThrownBy(() -> VideoFormat.parse("1281x720", 30)).hasMessageContaining("odd").hasMessageContaining("1280x720");
        assertThatThrownBy(() -> VideoFormat.parse("99999x720", 30)).hasMessageContaining("out of range");
        assertThatThrownBy(() -> VideoFormat.parse("1280x720", 29)).hasMessageContaining("24, 25, 30, 50, 60");
    }
}
