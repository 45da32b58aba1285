package live.studio.preflight;

import java.util.Objects;

/**
 * One check's result.
 *
 * @param checkId  the check it belongs to ({@code destination-1}, {@code camera}, ...)
 * @param outcome  OK, WARNING or FAILED
 * @param finding  what was found and, when not OK, what to do
 */
public record CheckResult(String checkId, CheckOutcome outcome, Finding finding) {

    public CheckResult {
        Objects.requireNonNull(checkId);
        Objects.requireNonNull(outcome);
        Objects.requireNonNull(finding);
    }

    public static CheckResult ok(String checkId, String key, Object... arguments) {
        return new CheckResult(checkId, CheckOutcome.OK, Finding.of(key, arguments));
    }

    public static CheckResult warning(String checkId, String key, Object... arguments) {
        return new CheckResult(checkId, CheckOutcome.WARNING, Finding.of(key, arguments));
    }

    public static CheckResult failed(String checkId, String key, Object... arguments) {
        return new CheckResult(checkId, CheckOutcome.FAILED, Finding.of(key, arguments));
    }
}
