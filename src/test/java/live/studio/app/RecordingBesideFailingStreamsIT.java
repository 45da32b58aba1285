package live.studio.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import live.studio.testing.FfmpegRtmpIngest;
import live.studio.testing.Ports;
import live.studio.testing.Probe;
import live.studio.testing.TestOutput;
import org.junit.jupiter.api.Test;

/**
 * Network faults never touch the recording: beside one destination that can never connect and one whose ingest is
 * killed early (and stays dead, so it reconnects for the rest of the run), the recording keeps every frame the
 * encoder made, with no hole in its video or its audio.
 */
class RecordingBesideFailingStreamsIT {
    private static final int FPS = 30;
    private static final double RUN_SECONDS = 12;
    private static final double AAC_FRAME_SECONDS = 1024.0 / 48_000;

    @Test
    void theRecordingKeepsEveryFrameWhileTheStreamsFail() throws Exception {
        Path directory = TestOutput.newDirectory("recording-beside-failing-streams");
        Path recording = directory.resolve("show.mkv");
        String nothingListens = "rtmp://127.0.0.1:" + Ports.freeLoopbackPort() + "/live/never";
        StudioCommand run;
        try (FfmpegRtmpIngest doomed = FfmpegRtmpIngest.start(directory, "doomed-key").awaitListening()) {
            Thread killer = Thread.ofPlatform().start(() -> {
                try {
                    Thread.sleep(3000);
                    doomed.kill();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            run = StudioCommand.run("live", "--headless", "--size", "640x360", "--fps", Integer.toString(FPS),
                    "--output", nothingListens, "--output", doomed.url(), "--record", recording.toString(),
                    "--duration", Double.toString(RUN_SECONDS));
            killer.join();
        }
        String err = run.err();
        assertThat(err).contains("destination 1 failed").contains("destination 2 lost");
        assertThat(err).doesNotContain("Recording failed");

        Matcher stopped = Pattern.compile("stopped; (\\d+) frames, (\\d+) dropped").matcher(err);
        assertThat(stopped.find()).as(err).isTrue();
        long droppedBeforeTheEncoder = Long.parseLong(stopped.group(2));

        Probe probe = Probe.of(recording);
        List<Double> videoPts = probe.videoPackets().stream().map(Probe.Packet::ptsTimeSeconds).sorted().toList();
        double videoSeconds = videoPts.getLast() - videoPts.getFirst();
        assertThat(videoSeconds).as(err).isCloseTo(RUN_SECONDS, offset(1.0));
        // Every frame between the first and the last is there: only frames the frame clock itself dropped (the
        // encoder's queue was full, counted in the stats) may leave a hole.
        long expectedFrames = Math.round(videoSeconds * FPS) + 1;
        long missingFrames = expectedFrames - videoPts.size();
        assertThat(missingFrames).as("frames missing from the recording (%d dropped before the encoder)\n%s",
                droppedBeforeTheEncoder, err).isBetween(0L, droppedBeforeTheEncoder);
        for (int i = 1; i < videoPts.size(); i++) {
            double step = videoPts.get(i) - videoPts.get(i - 1);
            assertThat(step).as("video frame at %.3f s", videoPts.get(i)).isGreaterThan(0.5 / FPS);
        }
        List<Double> audioPts = probe.audioPackets().stream().map(Probe.Packet::ptsTimeSeconds).sorted().toList();
        for (int i = 1; i < audioPts.size(); i++) {
            assertThat(audioPts.get(i) - audioPts.get(i - 1)).as("audio hole at %.3f s", audioPts.get(i))
                    .isLessThan(AAC_FRAME_SECONDS * 1.5);
        }
        assertThat(audioPts.getLast() - audioPts.getFirst()).isCloseTo(videoSeconds, offset(0.2));
    }
}
