package live.studio.app;

/** Opens the studio window (JavaFX); kept apart so the headless path never loads JavaFX. */
final class WindowLauncher {
    private WindowLauncher() {
    }

    static int launch() {
        System.err.println("studio: the window is not part of this build yet; use 'studio live --headless'");
        return ExitCode.RUNTIME_FAILURE.code();
    }
}
