package live.studio.ui.preflight;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import live.studio.capture.AudioSourceSpec;
import live.studio.encode.EncoderSettings;
import live.studio.engine.LiveEngine;
import live.studio.preflight.CameraCheck;
import live.studio.preflight.DiskSpaceCheck;
import live.studio.preflight.EncoderEstimate;
import live.studio.preflight.MicrophoneCheck;
import live.studio.preflight.PreflightCheck;
import live.studio.preflight.VideoSignalProbe;

/**
 * What the studio's own checks look at: the engine (main video source, mute, audio levels, format), the watched
 * sources, the encoder settings, the recordings folder and the run-sheet's planned length.
 *
 * @param audioSource  the audio source on air now (null before one opened); read on the UI thread
 * @param plannedShow  the run-sheet's planned length (zero when it plans none); read on the UI thread
 */
public record PreflightInputs(LiveEngine engine, VideoSignalProbe videoSignals, Supplier<AudioSourceSpec> audioSource,
                              EncoderSettings encoderSettings, Path recordingsFolder, Supplier<Duration> plannedShow) {

    public PreflightInputs {
        Objects.requireNonNull(engine);
        Objects.requireNonNull(videoSignals);
        Objects.requireNonNull(audioSource);
        Objects.requireNonNull(encoderSettings);
        Objects.requireNonNull(recordingsFolder);
        Objects.requireNonNull(plannedShow);
    }

    /** Camera, microphone, encoder and disk checks for one run; UI thread (reads what the window shows now). */
    public List<PreflightCheck> checks() {
        AudioSourceSpec audio = audioSource.get();
        Duration planned = plannedShow.get();
        int totalBitrateKbps = encoderSettings.videoBitrateKbps() + encoderSettings.audioBitrateKbps();
        return List.of(
                CameraCheck.check(videoSignals, () -> engine.videoSource(0), CameraCheck.DEFAULT_WINDOW),
                MicrophoneCheck.check(() -> audio, engine::muteState, engine::audioLevels, MicrophoneCheck.DEFAULT_WINDOW),
                new EncoderEstimate(engine.format(), encoderSettings, engine::stats).check(),
                DiskSpaceCheck.check(recordingsFolder, totalBitrateKbps, planned));
    }
}
