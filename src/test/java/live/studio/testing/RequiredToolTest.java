package live.studio.testing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class RequiredToolTest {
    @Test
    void anAvailableToolLetsTheTestRun() {
        assertThatCode(() -> RequiredTool.assumeAvailableOrFail(true, "nginx", true)).doesNotThrowAnyException();
        assertThatCode(() -> RequiredTool.assumeAvailableOrFail(true, "nginx", false)).doesNotThrowAnyException();
    }

    @Test
    void aMissingToolSkipsOnADeveloperMachine() {
        assertThatThrownBy(() -> RequiredTool.assumeAvailableOrFail(false, "nginx with libnginx-mod-rtmp", false))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("nginx with libnginx-mod-rtmp is not installed");
    }

    @Test
    void aMissingToolFailsInCi() {
        assertThatThrownBy(() -> RequiredTool.assumeAvailableOrFail(false, "nginx with libnginx-mod-rtmp", true))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("nginx with libnginx-mod-rtmp is required in CI; .ci/run installs it");
    }
}
