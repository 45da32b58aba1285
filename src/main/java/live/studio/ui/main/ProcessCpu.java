package live.studio.ui.main;

import java.lang.management.ManagementFactory;
import java.util.function.DoubleSupplier;

/** The whole studio process's CPU load, 0 to 1 over all cores, or -1 where the platform cannot say. */
public final class ProcessCpu {
    private ProcessCpu() {
    }

    /** Reads the JVM's own figure (a /proc read on Linux): call it off the UI thread, about once a second. */
    public static DoubleSupplier ofThisProcess() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean system) {
            return system::getProcessCpuLoad;
        }
        return () -> -1;
    }
}
