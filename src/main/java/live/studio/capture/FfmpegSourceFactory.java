package live.studio.capture;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import live.studio.media.VideoFormat;

/**
 * Creates every source type from its spec: devices, files and images through FFmpeg (and Java's image readers); the
 * test pattern and test tone through the functions it is given, which keeps this class free of the synthetic
 * sources' construction.
 */
public final class FfmpegSourceFactory implements SourceFactory {
    private final VideoFormat programFormat;
    private final Function<VideoSourceSpec.TestPattern, VideoSource> testPatterns;
    private final Supplier<AudioSource> testTones;

    /**
     * @param programFormat the program's size and frame rate (cameras and screens capture at its frame rate)
     * @param testPatterns  makes the test pattern, e.g. {@code spec -> new TestPatternSource(format)}
     * @param testTones     makes the test tone, e.g. {@code TestToneSource::new}
     */
    public FfmpegSourceFactory(VideoFormat programFormat, Function<VideoSourceSpec.TestPattern, VideoSource> testPatterns,
                               Supplier<AudioSource> testTones) {
        this.programFormat = Objects.requireNonNull(programFormat, "programFormat");
        this.testPatterns = Objects.requireNonNull(testPatterns, "testPatterns");
        this.testTones = Objects.requireNonNull(testTones, "testTones");
    }

    @Override
    public VideoSource createVideo(VideoSourceSpec spec) {
        return switch (spec) {
            case VideoSourceSpec.TestPattern testPattern -> testPatterns.apply(testPattern);
            case VideoSourceSpec.Camera camera -> new CameraSource(camera.device(), programFormat.fps());
            case VideoSourceSpec.Screen screen -> new ScreenSource(screen.display(), programFormat.fps());
            case VideoSourceSpec.MediaFile file -> new MediaFileSource(file.path());
            case VideoSourceSpec.StillImage image -> new StillImageSource(image.path());
        };
    }

    @Override
    public AudioSource createAudio(AudioSourceSpec spec) {
        return switch (spec) {
            case AudioSourceSpec.TestTone ignored -> testTones.get();
            case AudioSourceSpec.Microphone microphone -> new MicrophoneSource(microphone.device());
            case AudioSourceSpec.MediaFile file -> new MediaFileAudioSource(file.path());
            case AudioSourceSpec.None ignored -> null;
        };
    }
}
