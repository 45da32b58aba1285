package live.studio.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real, small file system (a tmpfs of a few megabytes) mounted for a test that must fill a disk. Needs Linux and
 * root, or a password-less {@code sudo}; where neither is there the test is skipped, and in CI it fails.
 */
public final class SmallDisk implements AutoCloseable {
    private final Path mountPoint;
    private final List<String> privilege;

    private SmallDisk(Path mountPoint, List<String> privilege) {
        this.mountPoint = mountPoint;
        this.privilege = privilege;
    }

    /** Mounts a tmpfs of {@code megabytes} MB at a new folder under {@code parent}. */
    public static SmallDisk mount(Path parent, int megabytes) throws IOException, InterruptedException {
        boolean linux = System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).startsWith("linux");
        RequiredTool.assumeAvailableOrFailInCi(linux, "Linux (for a tmpfs of a few megabytes)");
        Path mountPoint = Files.createDirectories(parent.resolve("small-disk"));
        for (List<String> privilege : List.of(List.<String>of(), List.of("sudo", "-n"))) {
            if (run(privilege, "mount", "-t", "tmpfs", "-o", "size=" + megabytes + "m", "tmpfs", mountPoint.toString())) {
                // a tmpfs mounted by root is root's: the studio under test may run as another user (sudo case)
                run(privilege, "chmod", "1777", mountPoint.toString());
                return new SmallDisk(mountPoint, privilege);
            }
        }
        RequiredTool.assumeAvailableOrFailInCi(false, "root or password-less sudo (to mount a " + megabytes + " MB tmpfs)");
        throw new IllegalStateException("unreachable");
    }

    public Path path() {
        return mountPoint;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (!run(privilege, "umount", mountPoint.toString())) {
            run(privilege, "umount", "-l", mountPoint.toString());
        }
    }

    private static boolean run(List<String> privilege, String... command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>(privilege);
        full.addAll(List.of(command));
        Process process;
        try {
            process = new ProcessBuilder(full).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException missing) {
            return false; // no sudo on this machine
        }
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return false;
        }
        return process.exitValue() == 0;
    }
}
