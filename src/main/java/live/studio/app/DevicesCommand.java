package live.studio.app;

import java.io.PrintWriter;
import java.util.List;
import live.studio.capture.CaptureDevice;
import live.studio.capture.DeviceDiscovery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code studio devices}: the cameras (with their modes), microphones and screens this machine offers. */
@Command(name = "devices", mixinStandardHelpOptions = true,
        description = "List cameras (with their modes), microphones and screens, as --video/--audio take them.")
final class DevicesCommand implements java.util.concurrent.Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        DeviceDiscovery discovery = new DeviceDiscovery();
        print(out, "Cameras", "camera:", discovery.cameras());
        print(out, "Microphones", "mic:", discovery.microphones());
        print(out, "Screens", "screen:", discovery.screens());
        out.flush();
        return ExitCode.DONE.code();
    }

    private static void print(PrintWriter out, String title, String prefix, List<CaptureDevice> devices) {
        out.println(title + ":");
        if (devices.isEmpty()) {
            out.println("  none found");
        }
        for (CaptureDevice device : devices) {
            out.println("  " + prefix + device.id() + "  " + device.name());
            for (CaptureDevice.Mode mode : device.modes()) {
                out.println("      " + mode);
            }
        }
    }
}
