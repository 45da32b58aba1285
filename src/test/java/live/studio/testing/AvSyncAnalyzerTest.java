package live.studio.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The analyzer against files whose offset is known: a black picture with one white frame at the start of every
 * second, and a sample-exact 1 kHz beep of 50 ms over a quiet 440 Hz tone, moved against the flash by a known amount.
 */
class AvSyncAnalyzerTest {
    /** Flashes and beeps at 0, 1, ... 5 s: the files last 5.5 s. */
    private static final int SECONDS = 6;

    @Test
    void alignedFlashAndBeepGiveNoOffset() {
        var report = AvSyncAnalyzer.analyze(makeFlashAndBeep("aligned.mkv", 0, 0));

        assertThat(report.flashCount()).isEqualTo(SECONDS);
        assertThat(report.beepCount()).isEqualTo(SECONDS);
        assertThat(report.offsetsMs()).hasSize(SECONDS);
        assertThat(report.medianOffsetMs()).isCloseTo(0, within(5.0));
        assertThat(report.maxAbsOffsetMs()).isLessThan(5);
    }

    @Test
    void beepEightyMillisecondsLateMeasuresPlusEighty() {
        // FLV, as an RTMP ingest records it.
        var report = AvSyncAnalyzer.analyze(makeFlashAndBeep("audio-late.flv", 0, 80));

        assertThat(report.flashCount()).isEqualTo(SECONDS);
        assertThat(report.offsetsMs()).hasSize(SECONDS);
        assertThat(report.medianOffsetMs()).isCloseTo(80, within(5.0));
        assertThat(report.offsetsMs()).allSatisfy(offset -> assertThat(offset).isCloseTo(80, within(5.0)));
    }

    @Test
    void flashHundredMillisecondsLateMeasuresMinusHundred() {
        var report = AvSyncAnalyzer.analyze(makeFlashAndBeep("video-late.mkv", 100, 0));

        assertThat(report.medianOffsetMs()).isCloseTo(-100, within(5.0));
        assertThat(report.maxAbsOffsetMs()).isCloseTo(100, within(5.0));
    }

    @Test
    void reportPairsEachFlashWithTheNearestBeepWithinHalfASecond() {
        var report = AvSyncAnalyzer.report(List.of(1.0, 2.0, 3.0, 4.0), List.of(1.02, 2.5001, 3.0, 3.96, 5.0));

        assertThat(report.offsetsMs()).hasSize(3);
        assertThat(report.offsetsMs().get(0)).isCloseTo(20, within(1e-6));
        assertThat(report.offsetsMs().get(1)).isCloseTo(0, within(1e-6));
        assertThat(report.offsetsMs().get(2)).isCloseTo(-40, within(1e-6));
        assertThat(report.medianOffsetMs()).isCloseTo(0, within(1e-6));
        assertThat(report.maxAbsOffsetMs()).isCloseTo(40, within(1e-6));
        assertThat(report.flashCount()).isEqualTo(4);
        assertThat(report.beepCount()).isEqualTo(5);
    }

    /** Encodes, as the studio does (libx264 + AAC), a flash at each second + flashDelayMs and a beep at + beepDelayMs. */
    private static Path makeFlashAndBeep(String name, int flashDelayMs, int beepDelayMs) {
        Path file = TestOutput.newDirectory("av-sync").resolve(name);
        // 30 fps; flashDelayMs must be a whole number of frames. The 1 ms nudge keeps t = k/30 from rounding down.
        String flashOn = String.format(Locale.ROOT, "gte(t,%1$.3f)*lt(mod(t-%1$.3f+0.001,1),0.03)", flashDelayMs / 1000.0);
        String beepOn = String.format(Locale.ROOT, "gte(t,%1$.3f)*lt(mod(t-%1$.3f,1),0.05)", beepDelayMs / 1000.0);
        Ffmpeg.run(Duration.ofMinutes(5), "-v", "error", "-y",
                "-f", "lavfi", "-i", "color=c=black:s=320x240:r=30:d=" + (SECONDS - 0.5),
                "-f", "lavfi", "-i", "aevalsrc='0.75*sin(2*PI*1000*t)*" + beepOn + "+0.05*sin(2*PI*440*t)':s=48000:d="
                        + (SECONDS - 0.5),
                "-vf", "drawbox=x=0:y=0:w=iw:h=ih:color=white:t=fill:enable='" + flashOn + "'",
                "-c:v", "libx264", "-preset", "veryfast", "-pix_fmt", "yuv420p", "-g", "30",
                "-c:a", "aac", "-b:a", "128k", "-ac", "1",
                file.toString()).requireSuccess();
        return file;
    }
}
