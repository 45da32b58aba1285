package live.studio.capture;

import static org.assertj.core.api.Assertions.assertThat;

import live.studio.testing.RequiredTool;
import org.junit.jupiter.api.Test;

class FfmpegDevicesTest {

    @Test
    void grabbersLoadWhereTheSystemLibrariesAreInstalledAndOtherwiseSayWhatToInstall() {
        String failure = FfmpegDevices.loadFailure();
        if (failure != null) {
            assertThat(failure).contains("apt-get install libpulse0");
        }
        RequiredTool.assumeAvailableOrFailInCi(failure == null, "FFmpeg's capture support (libavdevice) and its system libraries");
        assertThat(failure).isNull();
    }
}
