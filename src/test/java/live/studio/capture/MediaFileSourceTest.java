package live.studio.capture;

import static live.studio.capture.TestMedia.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import live.studio.media.AudioFormat;
import live.studio.media.MediaClock;
import live.studio.media.VideoFrame;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaFileSourceTest {
    @TempDir
    static Path directory;
    static Path clip;

    @BeforeAll
    static void makeClip() throws Exception {
        clip = TestMedia.testClip(directory);
    }

    @Test
    void picturesArriveFittedIntoTheRequestedSizeWithBlackBars() throws Exception {
        try (MediaFileSource source = new MediaFileSource(clip)) {
            source.start(MediaClock.start(), 320, 240);

            assertThat(eventually(() -> source.latest() != null)).isTrue();
            VideoFrame frame = source.latest();
            assertThat(frame.width()).isEqualTo(320);
            assertThat(frame.height()).isEqualTo(240);
            // 640x360 fits as 320x180: 30 rows of bars above and below
            assertThat(frame.pixels()[0]).isEqualTo(0xFF000000);
            assertThat(frame.pixels()[29 * 320 + 160]).isEqualTo(0xFF000000);
            assertThat(frame.pixels()[239 * 320 + 319]).isEqualTo(0xFF000000);
            long litPixels = java.util.stream.IntStream.range(30 * 320, 210 * 320)
                    .filter(i -> (frame.pixels()[i] & 0xFFFFFF) != 0).count();
            assertThat(litPixels).isGreaterThan(320L * 180 / 2);
            assertThat(java.util.Arrays.stream(frame.pixels()).allMatch(p -> TestMedia.alpha(p) == 0xFF)).isTrue();
        }
    }

    @Test
    void playsInALoopPastTheEndOfTheFileAtItsOwnPace() throws Exception {
        try (MediaFileSource source = new MediaFileSource(clip)) {
            MediaClock clock = MediaClock.start();
            source.start(clock, 320, 180);

            // 2 s at 30 fps = 60 pictures; more than 75 means it went round again
            assertThat(eventually(() -> source.stats().capturedCount() > 75)).isTrue();
            assertThat(source.stats().errorCount()).isZero();
            VideoFrame frame = source.latest();
            // paced by the clock: a picture is never stamped later than the clock reads
            assertThat(frame.mediaNanos()).isLessThanOrEqualTo(clock.elapsedNanos());
            assertThat(frame.mediaNanos()).isGreaterThan(2_000_000_000L);
        }
    }

    @Test
    void resizeTakesEffectWithTheNextPictures() throws Exception {
        try (MediaFileSource source = new MediaFileSource(clip)) {
            source.start(MediaClock.start(), 320, 180);
            assertThat(eventually(() -> source.latest() != null)).isTrue();

            source.resize(200, 200);

            assertThat(eventually(() -> source.latest().hasSize(200, 200))).isTrue();
            VideoFrame frame = source.latest();
            assertThat(frame.pixels()[0]).isEqualTo(0xFF000000); // 200x112 picture, bars above and below
        }
    }

    @Test
    void oddSized1366PicturesArriveWithTheRightPixelsAtTheColourEdge() throws Exception {
        Path halves = directory.resolve("halves.mkv");
        TestMedia.ffmpeg("-f", "lavfi", "-i", "color=c=red:s=1366x768:r=30,format=bgr0,drawbox=x=683:y=0:w=683:h=768:color=blue:t=fill",
                "-t", "1", "-c:v", "ffv1", "-pix_fmt", "bgr0", halves.toString());
        try (MediaFileSource source = new MediaFileSource(halves)) {
            source.start(MediaClock.start(), 1366, 768);

            assertThat(eventually(() -> source.latest() != null)).isTrue();
            int[] pixels = source.latest().pixels();
            for (int y : new int[] {0, 383, 767}) {
                assertThat(pixels[y * 1366 + 682]).as("row %d, x 682", y).isEqualTo(0xFFFF0000);
                assertThat(pixels[y * 1366 + 683]).as("row %d, x 683", y).isEqualTo(0xFF0000FF);
                assertThat(pixels[y * 1366 + 1365]).as("row %d, x 1365", y).isEqualTo(0xFF0000FF);
            }
        }
    }

    @Test
    void soundTrackArrivesInTheRingAndKeepsLooping() throws Exception {
        try (MediaFileAudioSource sound = new MediaFileAudioSource(clip)) {
            MediaClock clock = MediaClock.start();
            sound.start(clock);
            long startSample = AudioFormat.sampleAtOrAfter(0);

            assertThat(eventually(() -> sound.writtenUpTo() > startSample + 3 * AudioFormat.SAMPLE_RATE_HZ)).isTrue();
            long from = sound.writtenUpTo() - AudioFormat.SAMPLES_PER_CHUNK * 4L;
            float[] left = new float[AudioFormat.SAMPLES_PER_CHUNK];
            float[] right = new float[AudioFormat.SAMPLES_PER_CHUNK];
            int present = sound.mixInto(from, left, right, left.length, 1f);

            assertThat(present).isEqualTo(left.length);
            double peak = 0;
            for (int i = 0; i < left.length; i++) {
                peak = Math.max(peak, Math.abs(left[i]));
                assertThat(right[i]).isEqualTo(left[i]); // mono sine on both channels
            }
            assertThat(peak).isGreaterThan(0.05);
            // decoding stays close to real time: never more than the lead ahead of the clock
            assertThat(AudioFormat.sampleTimeNanos(sound.writtenUpTo()) - clock.elapsedNanos())
                    .isLessThan(MediaFileAudioSource.LEAD_NANOS + 200_000_000L);
        }
    }

    @Test
    void missingFileIsNamedWithWhatToDo() {
        Path missing = directory.resolve("nowhere/show.mp4");

        assertThatThrownBy(() -> new MediaFileSource(missing).start(MediaClock.start(), 320, 180))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("media file '" + missing + "' not found")
                .hasMessageContaining("check the path");
    }

    @Test
    void corruptFileGivesFfmpegsReasonAndWhatToDo() throws Exception {
        Path corrupt = directory.resolve("corrupt.mp4");
        byte[] garbage = new byte[64 * 1024];
        new java.util.Random(7).nextBytes(garbage);
        Files.write(corrupt, garbage);

        assertThatThrownBy(() -> new MediaFileSource(corrupt).start(MediaClock.start(), 320, 180))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("media file '" + corrupt + "' is not a playable media file (FFmpeg: ")
                .hasMessageContaining("re-export it");
        assertThatThrownBy(() -> new MediaFileAudioSource(corrupt).start(MediaClock.start()))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("'" + corrupt + "' is not a playable media file");
    }

    @Test
    void emptyFileIsReportedAsEmpty() throws Exception {
        Path empty = Files.createFile(directory.resolve("empty.mp4"));

        assertThatThrownBy(() -> new MediaFileSource(empty).start(MediaClock.start(), 320, 180))
                .hasMessageContaining("media file '" + empty + "' is empty (0 bytes)");
    }

    @Test
    void closeIsIdempotentAndStopsTheCaptureThread() throws Exception {
        MediaFileSource source = new MediaFileSource(clip);
        source.start(MediaClock.start(), 320, 180);
        assertThat(eventually(() -> source.latest() != null)).isTrue();

        source.close();
        source.close();

        assertThat(eventually(() -> Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.getName().equals("capture-file") && t.isAlive()))).isTrue();
        assertThat(source.latest()).isNotNull(); // the last picture stays readable
    }
}
