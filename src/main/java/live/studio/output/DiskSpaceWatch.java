package live.studio.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Free space on the recording's disk, looked at every few seconds from the recording's own thread, so the host hears
 * that the disk is filling well before the recording stops: a warning below {@value #LOW_BYTES} bytes or below
 * {@value #LOW_SECONDS} s at the current bitrate, whichever comes first. Not thread-safe: the output thread owns it.
 */
final class DiskSpaceWatch {
    static final long LOW_BYTES = 1_000_000_000L;
    static final long LOW_SECONDS = 300;
    static final long CHECK_INTERVAL_NANOS = 5_000_000_000L;

    private final Path file;
    private long nextCheckNanos = Long.MIN_VALUE;
    private String warning = "";

    DiskSpaceWatch(Path file) {
        this.file = file.toAbsolutePath();
    }

    /** The warning to show now ("" when there is room); asks the file system at most every 5 s. */
    String check(long nowNanos, double bitrateKbps) {
        if (nextCheckNanos != Long.MIN_VALUE && nowNanos - nextCheckNanos < 0) {
            return warning;
        }
        nextCheckNanos = nowNanos + CHECK_INTERVAL_NANOS;
        try {
            Path existing = Files.exists(file) ? file : file.getParent();
            java.nio.file.FileStore store = Files.getFileStore(existing);
            // FileStore's own words on Linux and macOS: "/media/usb (/dev/sdb1)"
            warning = lowSpaceWarning(store.getUsableSpace(), bitrateKbps, store.toString());
        } catch (IOException | SecurityException e) {
            // The write itself will say what is wrong with the disk; a failed look at its size is no news.
            warning = "";
        }
        return warning;
    }

    /**
     * @param usableBytes what the file system lets this user still write
     * @param bitrateKbps what the recording writes a second (0 when not known yet)
     * @param disk        how to name the disk to the host
     * @return the warning, or "" when there is room for more than five minutes and 1 GB
     */
    static String lowSpaceWarning(long usableBytes, double bitrateKbps, String disk) {
        double bytesPerSecond = bitrateKbps * 1000 / 8;
        double secondsLeft = bytesPerSecond > 0 ? usableBytes / bytesPerSecond : Double.POSITIVE_INFINITY;
        if (usableBytes >= LOW_BYTES && secondsLeft >= LOW_SECONDS) {
            return "";
        }
        String left = usableBytes >= 100_000_000L
                ? String.format(Locale.ROOT, "%.1f GB", usableBytes / 1e9)
                : String.format(Locale.ROOT, "%d MB", usableBytes / 1_000_000L);
        String time = Double.isInfinite(secondsLeft) ? ""
                : secondsLeft >= 120 ? String.format(Locale.ROOT, ", about %d min at %.0f kbps", Math.round(secondsLeft / 60), bitrateKbps)
                : String.format(Locale.ROOT, ", about %d s at %.0f kbps", Math.round(secondsLeft), bitrateKbps);
        return "disk space low: " + left + " left" + (disk.isEmpty() ? "" : " on " + disk) + time
                + " — free some space or record to another disk";
    }
}
