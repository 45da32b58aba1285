package live.studio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import live.studio.testing.DecodedFrames;
import live.studio.testing.FfmpegRtmpIngest;
import live.studio.testing.Probe;
import live.studio.testing.SmallDisk;
import live.studio.testing.TestOutput;
import org.junit.jupiter.api.Test;

/**
 * The recording's disk fills up mid-show (a real 4 MB file system): the host was warned before, is told the disk is
 * full and what to do, the stream goes on untouched, and the file recorded up to then plays.
 */
class RecordingDiskFullIT {
    private static final double RUN_SECONDS = 16;

    @Test
    void aFullDiskStopsTheRecordingNotTheStreamAndThePartialFilePlays() throws Exception {
        Path directory = TestOutput.newDirectory("disk-full");
        try (SmallDisk disk = SmallDisk.mount(directory, 4);
             FfmpegRtmpIngest ingest = FfmpegRtmpIngest.start(directory, "disk-full-key").awaitListening()) {
            Path recording = disk.path().resolve("show.mkv");
            // 6 Mbit/s fills 4 MB in about 5 s
            StudioCommand run = StudioCommand.run("live", "--headless", "--size", "640x360", "--video-bitrate-kbps", "6000",
                    "--output", ingest.url(), "--record", recording.toString(), "--duration", Double.toString(RUN_SECONDS));

            String err = run.err();
            assertThat(err).contains("Recording: warning: disk space low").contains("free some space or record to another disk");
            assertThat(err).contains("Recording failed: the recording's disk is full")
                    .contains("free some space (or choose a recordings folder on another disk)");
            assertThat(err.indexOf("disk space low")).as(err).isLessThan(err.indexOf("Recording failed"));
            assertThat(err).doesNotContain("destination 1 lost").doesNotContain("every output has failed");
            assertThat(run.exitCode()).as("a failed output is a runtime failure: " + err).isEqualTo(ExitCode.RUNTIME_FAILURE.code());

            // The partial file plays: ffprobe reads it and its frames decode, several seconds of them.
            Probe partial = Probe.of(recording);
            assertThat(partial.video()).isPresent();
            double recordedSeconds = partial.videoPackets().getLast().ptsTimeSeconds();
            assertThat(recordedSeconds).as(err).isBetween(2.0, 8.0);
            assertThat(DecodedFrames.of(recording)).as("decodable frames").hasSizeGreaterThan((int) (recordedSeconds * 30) - 30);

            // The stream went on to the end, with no hole where the disk filled.
            Path streamed = ingest.stopAndWait();
            Probe stream = Probe.of(streamed);
            List<Probe.Packet> video = stream.videoPackets();
            assertThat(stream.durationSeconds()).as(err).isGreaterThan(RUN_SECONDS - 2.5);
            assertThat(stream.durationSeconds()).isGreaterThan(recordedSeconds + 6);
            for (int i = 1; i < video.size(); i++) {
                assertThat(video.get(i).dtsTimeSeconds() - video.get(i - 1).dtsTimeSeconds())
                        .as("gap in the stream at %.2f s", video.get(i).dtsTimeSeconds()).isLessThan(0.5);
            }
        }
    }
}
