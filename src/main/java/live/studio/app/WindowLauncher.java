package live.studio.app;

import live.studio.capture.DeviceDiscovery;
import live.studio.encode.EncoderSettings;
import live.studio.output.SecretRedactor;
import live.studio.ui.StudioApplication;
import live.studio.ui.StudioEnvironment;

/** Opens the studio window (JavaFX); kept apart so the headless path never loads JavaFX. */
final class WindowLauncher {
    private WindowLauncher() {
    }

    static int launch() {
        StudioEnvironment environment = new StudioEnvironment(StudioEnvironment.DEFAULT_FORMAT,
                EncoderSettings.defaults(StudioEnvironment.DEFAULT_VIDEO_BITRATE_KBPS),
                Sources.factory(StudioEnvironment.DEFAULT_FORMAT),
                () -> new DeviceDiscovery().all(),
                StudioEnvironment.defaultRecordingsFolder())
                // Opens the demo catalog. Graphics stay undrawn (NO_GRAPHICS) until the themed renderer is wired
                // here with withOverlayRenderers(canvas -> OverlayRenderer.create(theme, canvas)).
                .withSettingsFolder(StudioEnvironment.defaultSettingsFolder());
        try {
            StudioApplication.launch(environment);
            return ExitCode.DONE.code();
        } catch (RuntimeException e) {
            // Typically no display to open the window on (a server, an SSH session).
            System.err.println("studio: cannot open the window (" + SecretRedactor.redact(String.valueOf(e.getMessage()))
                    + "); 'studio live --headless' streams without one");
            return ExitCode.RUNTIME_FAILURE.code();
        }
    }
}
