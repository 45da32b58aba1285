package live.studio.preflight;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import live.studio.app.Sources;
import live.studio.capture.AudioSourceSpec;
import live.studio.capture.VideoSourceSpec;
import live.studio.compose.MuteState;
import live.studio.encode.EncoderSettings;
import live.studio.engine.LiveEngine;
import live.studio.media.VideoFormat;
import live.studio.testing.Ffmpeg;
import live.studio.testing.TestOutput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The camera and microphone checks on a running engine with real sources (the test pattern and tone, media files
 * made by ffmpeg): a moving picture passes, a black one and a frozen one are warned about, no source fails; the tone
 * passes, silence and mute are warned about.
 */
class SignalChecksIT {
    private static final VideoFormat FORMAT = new VideoFormat(320, 180, 30);
    private static final Duration WINDOW = Duration.ofMillis(1200);
    private final VideoSignalProbe probe = new VideoSignalProbe();
    private LiveEngine engine;
    private Path media;

    @BeforeEach
    void startEngine() {
        engine = new LiveEngine(FORMAT, EncoderSettings.defaults(800), probe.watch(Sources.factory(FORMAT)));
        engine.start();
        media = TestOutput.newDirectory("preflight-signal");
    }

    @AfterEach
    void stopEngine() {
        engine.close();
    }

    private CheckResult camera() throws InterruptedException {
        return CameraCheck.check(probe, () -> engine.videoSource(0), WINDOW).run();
    }

    private CheckResult microphone(AudioSourceSpec spec) throws InterruptedException {
        return MicrophoneCheck.check(() -> spec, engine::muteState, engine::audioLevels, WINDOW).run();
    }

    private Path video(String name, String lavfiSource) {
        Path file = media.resolve(name + ".mkv");
        Ffmpeg.run(Duration.ofSeconds(60), "-f", "lavfi", "-i", lavfiSource + (lavfiSource.endsWith("=") ? "" : ":") + "s=320x180:r=30:d=4",
                "-c:v", "libx264", "-pix_fmt", "yuv420p", "-y", file.toString()).requireSuccess();
        return file;
    }

    @Test
    void theTestPatternMovesAndIsNamedAsNoCamera() throws Exception {
        engine.setVideoSource(0, new VideoSourceSpec.TestPattern());

        CheckResult result = camera();

        assertThat(result.outcome()).isEqualTo(CheckOutcome.OK);
        assertThat(result.finding().key()).isEqualTo("camera.test-pattern");
    }

    @Test
    void aMovingVideoShowsSignal() throws Exception {
        engine.setVideoSource(0, new VideoSourceSpec.MediaFile(video("moving", "testsrc2=")));

        CheckResult result = camera();

        assertThat(result.outcome()).as(result.toString()).isEqualTo(CheckOutcome.OK);
        assertThat(result.finding().key()).isEqualTo("camera.ok");
    }

    @Test
    void aBlackPictureIsWarnedAbout() throws Exception {
        engine.setVideoSource(0, new VideoSourceSpec.MediaFile(video("black", "color=c=black")));

        CheckResult result = camera();

        assertThat(result.outcome()).isEqualTo(CheckOutcome.WARNING);
        assertThat(result.finding().key()).isEqualTo("camera.black");
    }

    @Test
    void aPictureThatNeverChangesIsWarnedAboutAsFrozen() throws Exception {
        engine.setVideoSource(0, new VideoSourceSpec.MediaFile(video("frozen", "color=c=0x3070C0")));

        CheckResult result = camera();

        assertThat(result.outcome()).isEqualTo(CheckOutcome.WARNING);
        assertThat(result.finding().key()).isEqualTo("camera.frozen");
    }

    @Test
    void noVideoSourceFails() throws Exception {
        engine.setVideoSource(0, null);

        CheckResult result = camera();

        assertThat(result.outcome()).isEqualTo(CheckOutcome.FAILED);
        assertThat(result.finding().key()).isEqualTo("camera.no-source");
    }

    @Test
    void aSourceThatDeliversNothingFails() {
        CheckResult result = CameraCheck.judge(new VideoSourceSpec.Camera(java.util.Optional.of("/dev/video0")),
                new VideoSignalProbe.VideoSignal("Camera: /dev/video0", 0, 0, 0, 0), WINDOW);

        assertThat(result.outcome()).isEqualTo(CheckOutcome.FAILED);
        assertThat(result.finding().key()).isEqualTo("camera.no-picture");
    }

    @Test
    void theTestToneIsHeard() throws Exception {
        AudioSourceSpec tone = new AudioSourceSpec.TestTone();
        engine.setAudioSource(tone);

        CheckResult result = microphone(tone);

        assertThat(result.outcome()).isEqualTo(CheckOutcome.OK);
        assertThat(result.finding().key()).isEqualTo("microphone.test-tone");
    }

    @Test
    void aMutedMicrophoneIsAWarningThatSaysHowToGoOn() throws Exception {
        AudioSourceSpec tone = new AudioSourceSpec.TestTone();
        engine.setAudioSource(tone);
        engine.setMuteState(MuteState.MUTED);

        CheckResult result = microphone(tone);

        assertThat(result.outcome()).isEqualTo(CheckOutcome.WARNING);
        assertThat(result.finding().key()).isEqualTo("microphone.muted");
    }

    @Test
    void silenceIsWarnedAboutWithTheLoudestLevelHeard() throws Exception {
        Path silence = media.resolve("silence.mka");
        Ffmpeg.run(Duration.ofSeconds(60), "-f", "lavfi", "-i", "anullsrc=r=48000:cl=stereo", "-t", "4",
                "-c:a", "aac", "-y", silence.toString()).requireSuccess();
        AudioSourceSpec file = new AudioSourceSpec.MediaFile(silence);
        engine.setAudioSource(file);

        CheckResult result = microphone(file);

        assertThat(result.outcome()).isEqualTo(CheckOutcome.WARNING);
        assertThat(result.finding().key()).isEqualTo("microphone.silent");
    }
}
