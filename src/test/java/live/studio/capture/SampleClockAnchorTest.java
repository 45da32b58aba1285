package live.studio.capture;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SampleClockAnchorTest {

    @Test
    void firstChunkEndsNowAndLaterChunksFollowContiguously() {
        SampleClockAnchor anchor = new SampleClockAnchor();

        assertThat(anchor.place(1024, 48_000)).isEqualTo(48_000 - 1024);
        // arrives a little early or late (scheduling jitter): still contiguous
        assertThat(anchor.place(1024, 48_000 + 1024 + 300)).isEqualTo(48_000);
        assertThat(anchor.place(1024, 48_000 + 2048 - 500)).isEqualTo(48_000 + 1024);
        assertThat(anchor.reanchorCount()).isZero();
    }

    @Test
    void driftOfMoreThanAHundredMillisecondsReanchorsAndIsCounted() {
        SampleClockAnchor anchor = new SampleClockAnchor();
        anchor.place(1024, 10_000);
        long stalledArrival = 10_000 + 1024 + 4_801 + 1024;

        assertThat(anchor.place(1024, stalledArrival)).isEqualTo(stalledArrival - 1024);
        assertThat(anchor.reanchorCount()).isEqualTo(1);
    }

    @Test
    void resetAnchorsAfreshWithoutCountingADrift() {
        SampleClockAnchor anchor = new SampleClockAnchor();
        anchor.place(1024, 10_000);
        anchor.reset();

        assertThat(anchor.place(1024, 500_000)).isEqualTo(500_000 - 1024);
        assertThat(anchor.reanchorCount()).isZero();
    }
}
