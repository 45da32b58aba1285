package live.studio.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DiskSpaceWatchTest {

    @Test
    void plentyOfSpaceGivesNoWarning() {
        assertThat(DiskSpaceWatch.lowSpaceWarning(50_000_000_000L, 6000, "/home (/dev/sda2)")).isEmpty();
    }

    @Test
    void lessThanOneGigabyteWarnsEvenAtALowBitrate() {
        assertThat(DiskSpaceWatch.lowSpaceWarning(800_000_000L, 500, "/media/usb (/dev/sdb1)"))
                .isEqualTo("disk space low: 0.8 GB left on /media/usb (/dev/sdb1), about 213 min at 500 kbps"
                        + " — free some space or record to another disk");
    }

    @Test
    void lessThanFiveMinutesAtTheCurrentBitrateWarnsWithPlentyOfGigabytesAtAHighBitrate() {
        // 2 GB at 60 Mbit/s (a 4K recording): about 267 s
        assertThat(DiskSpaceWatch.lowSpaceWarning(2_000_000_000L, 60_000, "/"))
                .startsWith("disk space low: 2.0 GB left on /, about 4 min at 60000 kbps");
        assertThat(DiskSpaceWatch.lowSpaceWarning(3_000_000_000L, 60_000, "/")).isEmpty();
    }

    @Test
    void aNearlyFullDiskCountsSecondsAndMegabytes() {
        assertThat(DiskSpaceWatch.lowSpaceWarning(6_000_000L, 3000, "/tmp/x (tmpfs)"))
                .startsWith("disk space low: 6 MB left on /tmp/x (tmpfs), about 16 s at 3000 kbps");
    }

    @Test
    void beforeTheFirstSecondOfBitrateOnlyTheSizeCounts() {
        assertThat(DiskSpaceWatch.lowSpaceWarning(500_000_000L, 0, "/")).isEqualTo(
                "disk space low: 0.5 GB left on / — free some space or record to another disk");
        assertThat(DiskSpaceWatch.lowSpaceWarning(5_000_000_000L, 0, "/")).isEmpty();
    }
}
