package live.studio.encode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import live.studio.media.AudioChunk;
import live.studio.media.EncodedPacket;
import live.studio.media.ProgramFrame;
import live.studio.media.VideoFormat;
import org.junit.jupiter.api.Test;

/** The real x264 and AAC encoders, driven frame by frame on the test's thread. */
class EncoderTest {
    private static final VideoFormat FORMAT = new VideoFormat(320, 180, 30);

    private static ProgramFrame frame(int argb) {
        ProgramFrame frame = new ProgramFrame(FORMAT.width(), FORMAT.height());
        for (int i = 0; i < FORMAT.pixelCount(); i++) {
            frame.pixels().put(i, argb);
        }
        return frame;
    }

    @Test
    void videoTimestampsStayStrictlyIncreasingAcrossDroppedFramesAndKeyframesKeepTheirGrid() throws Exception {
        List<EncodedPacket> packets = new ArrayList<>();
        try (VideoEncoder encoder = VideoEncoder.open(FORMAT, EncoderSettings.defaults(800));
             ProgramFrame picture = frame(0xFF204080)) {
            for (long pts = 0; pts < 200; pts++) {
                if (pts >= 50 && pts < 57) {
                    continue; // seven frames dropped by the frame clock
                }
                picture.pixels().put((int) pts, 0xFFFFFFFF);
                encoder.encode(picture, pts, packets::add);
            }
            encoder.flush(packets::add);
        }
        assertThat(packets).hasSize(193);
        for (int i = 1; i < packets.size(); i++) {
            assertThat(packets.get(i).dts()).isGreaterThan(packets.get(i - 1).dts());
            assertThat(packets.get(i).pts()).isGreaterThanOrEqualTo(packets.get(i).dts());
        }
        List<Long> keyframes = packets.stream().filter(EncodedPacket::keyFrame).map(EncodedPacket::pts).toList();
        assertThat(keyframes).containsExactly(0L, 60L, 120L, 180L);
    }

    @Test
    void rejectsATimestampThatDoesNotMoveForward() throws Exception {
        try (VideoEncoder encoder = VideoEncoder.open(FORMAT, EncoderSettings.defaults(800));
             ProgramFrame picture = frame(0xFF000000)) {
            encoder.encode(picture, 5, packet -> { });
            assertThatThrownBy(() -> encoder.encode(picture, 5, packet -> { })).hasMessageContaining("must increase");
        }
    }

    @Test
    void aHardwareEncoderThatCannotOpenFallsBackToX264() throws Exception {
        EncoderSettings settings = EncoderSettings.defaults(800).withVideoEncoder(VideoEncoderChoice.NVENC);
        try (VideoEncoder encoder = VideoEncoder.open(FORMAT, settings)) {
            // no NVIDIA GPU on the test machines; where there is one, NVENC itself is fine too
            assertThat(encoder.choice()).isIn(VideoEncoderChoice.X264, VideoEncoderChoice.NVENC);
        }
    }

    @Test
    void aacFramesCarryTheirSamplePositions() throws Exception {
        List<EncodedPacket> packets = new ArrayList<>();
        AudioChunk chunk = new AudioChunk();
        try (AudioEncoder encoder = AudioEncoder.open(160)) {
            for (int index = 0; index < 50; index++) {
                encoder.encode(chunk, index * 1024L, packets::add);
            }
            encoder.flush(packets::add);
        }
        assertThat(packets).hasSizeGreaterThanOrEqualTo(50);
        for (int i = 1; i < packets.size(); i++) {
            assertThat(packets.get(i).pts() - packets.get(i - 1).pts()).isEqualTo(1024);
        }
        assertThat(packets.getFirst().timeBaseDenominator()).isEqualTo(48_000);
    }
}
