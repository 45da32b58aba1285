package live.studio.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a broken connection is told apart from a refused stream key (measured against nginx-rtmp: NetworkFaultsIT). */
class PacketOutputClassifyTest {

    @Test
    void aConnectionClosedRightAfterItWasAcceptedWasRefused() {
        // nginx's "deny publish": FFmpeg's open succeeds, the first writes fail with EPIPE
        assertThat(PacketOutput.classify(StopReason.CONNECTION_LOST, true, true)).isEqualTo(StopReason.REJECTED);
    }

    @Test
    void aConnectionThatLastedAndBreaksWasLost() {
        assertThat(PacketOutput.classify(StopReason.CONNECTION_LOST, true, false)).isEqualTo(StopReason.CONNECTION_LOST);
    }

    @Test
    void failuresBeforeTheOpenKeepTheMuxersReason() {
        assertThat(PacketOutput.classify(StopReason.CONNECTION_REFUSED, false, false)).isEqualTo(StopReason.CONNECTION_REFUSED);
        assertThat(PacketOutput.classify(StopReason.REJECTED, false, false)).isEqualTo(StopReason.REJECTED);
        assertThat(PacketOutput.classify(StopReason.TIMED_OUT, true, true)).isEqualTo(StopReason.TIMED_OUT);
    }

    @Test
    void aStreamsSendBufferHoldsAboutTwoSecondsOfIt() {
        assertThat(PacketOutput.Settings.stream(30, 6160).ioOptions()).containsEntry("send_buffer_size", "1540000");
        assertThat(PacketOutput.Settings.stream(30, 200).ioOptions()).containsEntry("send_buffer_size", Long.toString(64 * 1024));
    }
}
