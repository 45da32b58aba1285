package live.studio.app;

/** The command line's exit codes (ARCHITECTURE's contract). */
public enum ExitCode {
    DONE(0), BAD_INPUT(1), USAGE(2), RUNTIME_FAILURE(3);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
