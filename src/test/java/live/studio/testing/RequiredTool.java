package live.studio.testing;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * For tests that need a system server (nginx-rtmp, ngircd, Xvfb): on a developer's machine without it the test is
 * skipped, but in CI ({@code CI=true}, where .ci/run installs everything) a missing tool fails the test, so CI can
 * never pass by skipping.
 */
public final class RequiredTool {
    private RequiredTool() {
    }

    public static boolean inCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** Skips the test when {@code available} is false, except in CI, where it fails. */
    public static void assumeAvailableOrFailInCi(boolean available, String what) {
        assumeAvailableOrFail(available, what, inCi());
    }

    static void assumeAvailableOrFail(boolean available, String what, boolean ci) {
        if (available) {
            return;
        }
        if (ci) {
            Assertions.fail(what + " is required in CI; .ci/run installs it");
        }
        Assumptions.abort(what + " is not installed: test skipped (CI=true makes this a failure; .ci/run installs it)");
    }
}
