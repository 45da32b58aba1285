package live.studio.preflight;

import java.time.Duration;
import java.util.function.Supplier;
import live.studio.capture.AudioSourceSpec;
import live.studio.compose.MuteState;
import live.studio.media.AudioLevels;

/**
 * The microphone shows signal: the program's audio peak rises above a floor at least once during the window (the
 * mixer's levels, read every 50 ms). Muted is a warning (the host may mean to go live muted); no sound is a warning
 * that says what to try; the test tone passes with a note.
 */
public final class MicrophoneCheck {
    public static final String ID = "microphone";
    public static final Duration DEFAULT_WINDOW = Duration.ofMillis(1500);
    /** A peak below this over the whole window is no signal: a quiet room with a working microphone reads above it. */
    public static final double FLOOR_DBFS = -60;
    private static final long POLL_MILLIS = 50;

    private MicrophoneCheck() {
    }

    /**
     * @param source the audio source now (null before one has opened)
     * @param mute   whether the program audio is muted now
     * @param levels the mixer's newest levels (after gain and mute)
     */
    public static PreflightCheck check(Supplier<AudioSourceSpec> source, Supplier<MuteState> mute,
                                       Supplier<AudioLevels> levels, Duration window) {
        return PreflightCheck.of(ID, CheckResult.warning(ID, "check-timeout"), () -> {
            AudioSourceSpec spec = source.get();
            if (spec == null || spec instanceof AudioSourceSpec.None) {
                return CheckResult.warning(ID, "microphone.none");
            }
            if (mute.get() == MuteState.MUTED) {
                return CheckResult.warning(ID, "microphone.muted");
            }
            double loudestDbfs = AudioLevels.SILENCE_DBFS;
            long end = System.nanoTime() + window.toNanos();
            while (System.nanoTime() < end) {
                loudestDbfs = Math.max(loudestDbfs, levels.get().peakDbfs());
                if (loudestDbfs > FLOOR_DBFS && spec instanceof AudioSourceSpec.TestTone) {
                    break;
                }
                Thread.sleep(POLL_MILLIS);
            }
            if (mute.get() == MuteState.MUTED) {
                return CheckResult.warning(ID, "microphone.muted");
            }
            long loudest = Math.round(loudestDbfs);
            if (loudestDbfs <= FLOOR_DBFS) {
                return CheckResult.warning(ID, "microphone.silent", loudest, Math.round(FLOOR_DBFS));
            }
            if (spec instanceof AudioSourceSpec.TestTone) {
                return CheckResult.ok(ID, "microphone.test-tone");
            }
            return CheckResult.ok(ID, "microphone.ok", loudest);
        });
    }
}
