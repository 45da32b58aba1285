package live.studio.preflight;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import live.studio.capture.VideoSourceSpec;

/**
 * The main video source shows signal: it delivers pictures during the window, they change (not frozen) and they are
 * not black. The test pattern passes with a note; a still picture passes (it is meant not to move); no source fails.
 */
public final class CameraCheck {
    public static final String ID = "camera";
    public static final Duration DEFAULT_WINDOW = Duration.ofMillis(1500);
    /** Mean luma (0..1) below which a picture counts as black: a lens cap or a dark room, not a dim scene. */
    static final double BLACK_LUMA = 0.04;

    private CameraCheck() {
    }

    /** @param mainSource the main slot's source now (null when there is none) */
    public static PreflightCheck check(VideoSignalProbe probe, Supplier<VideoSourceSpec> mainSource, Duration window) {
        return PreflightCheck.of(ID, CheckResult.warning(ID, "check-timeout"), () -> {
            VideoSourceSpec spec = mainSource.get();
            if (spec == null) {
                return CheckResult.failed(ID, "camera.no-source");
            }
            Optional<VideoSignalProbe.VideoSignal> signal = probe.sample(spec, window);
            if (signal.isEmpty()) {
                return CheckResult.failed(ID, "camera.not-running", spec.toString());
            }
            return judge(spec, signal.get(), window);
        });
    }

    static CheckResult judge(VideoSourceSpec spec, VideoSignalProbe.VideoSignal signal, Duration window) {
        String source = signal.description();
        if (spec instanceof VideoSourceSpec.StillImage) {
            return CheckResult.ok(ID, "camera.still-image", source);
        }
        if (signal.deliveredPictures() == 0 && signal.seenPictures() <= 1) {
            return CheckResult.failed(ID, "camera.no-picture", source, window.toMillis() / 1000.0);
        }
        if (signal.brightestMeanLuma() < BLACK_LUMA) {
            return CheckResult.warning(ID, "camera.black", source);
        }
        if (signal.distinctPictures() <= 1) {
            return CheckResult.warning(ID, "camera.frozen", source);
        }
        if (spec instanceof VideoSourceSpec.TestPattern) {
            return CheckResult.ok(ID, "camera.test-pattern");
        }
        double picturesPerSecond = signal.deliveredPictures() / (window.toMillis() / 1000.0);
        return CheckResult.ok(ID, "camera.ok", source, Math.round(picturesPerSecond));
    }
}
