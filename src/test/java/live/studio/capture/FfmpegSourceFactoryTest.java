package live.studio.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import live.studio.media.VideoFormat;
import org.junit.jupiter.api.Test;

class FfmpegSourceFactoryTest {
    private final VideoSource pattern = new StillImageSource(Path.of("pattern-stand-in.png"));
    private final AudioSource tone = new MediaFileAudioSource(Path.of("tone-stand-in.wav"));
    private final FfmpegSourceFactory factory = new FfmpegSourceFactory(new VideoFormat(1280, 720, 30), spec -> pattern, () -> tone);

    @Test
    void createsEachVideoSourceTypeFromItsSpec() {
        assertThat(factory.createVideo(VideoSourceSpec.parse("test"))).isSameAs(pattern);
        assertThat(factory.createVideo(VideoSourceSpec.parse("camera:/dev/video0"))).isInstanceOf(CameraSource.class);
        assertThat(factory.createVideo(VideoSourceSpec.parse("screen::1"))).isInstanceOfSatisfying(ScreenSource.class,
                screen -> assertThat(screen.display()).isEqualTo(":1"));
        assertThat(factory.createVideo(VideoSourceSpec.parse("file:/media/demo.mp4"))).isInstanceOfSatisfying(MediaFileSource.class,
                file -> assertThat(file.path()).isEqualTo(Path.of("/media/demo.mp4")));
        assertThat(factory.createVideo(VideoSourceSpec.parse("image:/media/slate.png"))).isInstanceOf(StillImageSource.class);
    }

    @Test
    void createsEachAudioSourceTypeAndNothingForNone() {
        assertThat(factory.createAudio(AudioSourceSpec.parse("test"))).isSameAs(tone);
        assertThat(factory.createAudio(AudioSourceSpec.parse("mic"))).isInstanceOf(MicrophoneSource.class);
        assertThat(factory.createAudio(new AudioSourceSpec.Microphone(Optional.of("alsa:hw:1,0")))).isInstanceOf(MicrophoneSource.class);
        assertThat(factory.createAudio(AudioSourceSpec.parse("file:/media/music.mp3"))).isInstanceOf(MediaFileAudioSource.class);
        assertThat(factory.createAudio(AudioSourceSpec.parse("none"))).isNull();
    }
}
