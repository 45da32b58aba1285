package live.studio.preflight;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Room for the recording: the recordings folder's free space against what the show writes, bitrate × the
 * run-sheet's planned length, plus a margin (the container, a show that runs over). Short is a warning with the
 * numbers: going live does not need the recording.
 */
public final class DiskSpaceCheck {
    public static final String ID = "disk";
    /** When the run-sheet plans nothing, a show is taken to last this long. */
    public static final Duration UNPLANNED_SHOW = Duration.ofHours(1);
    /** Extra room over bitrate × duration: the container's overhead and a show that runs late. */
    public static final double MARGIN = 0.25;

    private DiskSpaceCheck() {
    }

    /** What the recording of a show needs, margin included. */
    public static long requiredBytes(int totalBitrateKbps, Duration show) {
        double bytes = totalBitrateKbps * 1000.0 / 8 * show.toMillis() / 1000.0;
        return (long) Math.ceil(bytes * (1 + MARGIN));
    }

    /**
     * @param folder           where recordings go (it may not exist yet: its nearest existing parent is measured)
     * @param totalBitrateKbps video + audio
     * @param plannedShow      the run-sheet's planned length, zero when it plans nothing
     */
    public static PreflightCheck check(Path folder, int totalBitrateKbps, Duration plannedShow) {
        return PreflightCheck.of(ID, CheckResult.warning(ID, "check-timeout"),
                () -> evaluate(folder, totalBitrateKbps, plannedShow));
    }

    public static CheckResult evaluate(Path folder, int totalBitrateKbps, Duration plannedShow) {
        Path existing = folder.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return CheckResult.warning(ID, "disk.unknown", folder.toString());
        }
        long usable;
        try {
            FileStore store = Files.getFileStore(existing);
            usable = store.getUsableSpace();
        } catch (IOException | SecurityException e) {
            return CheckResult.warning(ID, "disk.unknown", folder.toString());
        }
        boolean planned = !plannedShow.isZero() && !plannedShow.isNegative();
        Duration show = planned ? plannedShow : UNPLANNED_SHOW;
        long required = requiredBytes(totalBitrateKbps, show);
        long length = minutes(show);
        if (!Files.isWritable(existing)) {
            return CheckResult.warning(ID, "disk.not-writable", existing.toString());
        }
        if (usable < required) {
            long minutesLeft = usable / Math.max(1, totalBitrateKbps * 1000L / 8) / 60;
            return CheckResult.warning(ID, planned ? "disk.short" : "disk.short-unplanned", gigabytes(required), length,
                    totalBitrateKbps, gigabytes(usable), folder.toString(), minutesLeft);
        }
        return CheckResult.ok(ID, planned ? "disk.ok" : "disk.ok-unplanned", gigabytes(usable), gigabytes(required), length);
    }

    /** Gigabytes (10^9 bytes, as file managers count), for the message to write with the operator's decimal mark. */
    static double gigabytes(long bytes) {
        return Math.round(bytes / 1e7) / 100.0;
    }

    static long minutes(Duration show) {
        return Math.max(1, Math.round(show.toSeconds() / 60.0));
    }
}
