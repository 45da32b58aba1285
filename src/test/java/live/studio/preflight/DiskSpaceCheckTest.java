package live.studio.preflight;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recording's disk against what the show will write, with this machine's real free space. */
class DiskSpaceCheckTest {
    @TempDir
    Path folder;

    @Test
    void theRequirementIsBitrateTimesTheShowPlusTheMargin() {
        // 4000 kbps for an hour: 1.8 GB, and a quarter more
        assertThat(DiskSpaceCheck.requiredBytes(4000, Duration.ofHours(1))).isEqualTo(2_250_000_000L);
    }

    @Test
    void aShowThatFitsIsOkWithTheNumbers() throws Exception {
        CheckResult result = DiskSpaceCheck.evaluate(folder, 1000, Duration.ofMinutes(1));

        assertThat(result.outcome()).isEqualTo(CheckOutcome.OK);
        assertThat(result.finding().key()).isEqualTo("disk.ok");
        assertThat(result.finding().arguments()).contains(1L);
    }

    @Test
    void aShowLongerThanTheDiskHoldsIsAWarningWithTheNumbers() throws Exception {
        long usable = Files.getFileStore(folder).getUsableSpace();
        // a planned show twice as long as this disk can hold at 50 Mbps
        long secondsThatFit = usable / (50_000L * 1000 / 8);
        Duration tooLong = Duration.ofSeconds(secondsThatFit * 2 + 60);

        CheckResult result = DiskSpaceCheck.evaluate(folder, 50_000, tooLong);

        assertThat(result.outcome()).isEqualTo(CheckOutcome.WARNING);
        assertThat(result.finding().key()).isEqualTo("disk.short");
        assertThat(result.finding().arguments()).contains(50_000, folder.toString());
    }

    @Test
    void aFolderNotMadeYetIsMeasuredOnItsParentsDisk() {
        CheckResult result = DiskSpaceCheck.evaluate(folder.resolve("recordings/2026"), 3000, Duration.ZERO);

        assertThat(result.outcome()).isEqualTo(CheckOutcome.OK);
        assertThat(result.finding().key()).isEqualTo("disk.ok-unplanned");
    }
}
