package live.studio.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a file so that a crash or a power cut at any moment leaves either the old content or the new one, never an
 * empty or half file: the bytes go to a temporary file in the same folder, are forced to disk, the previous version
 * becomes {@code NAME.bak} (itself by one rename, so the backup is always whole too), and one rename puts the new
 * file in place. Settings, keyboard shortcuts, show files and the run state are written this way; a reader that
 * finds the file unreadable can fall back to {@link #readBackup}.
 */
public final class AtomicFiles {
    private static final String BACKUP_SUFFIX = ".bak";
    private static final java.time.Duration LEFTOVER_AGE = java.time.Duration.ofMinutes(1);

    private AtomicFiles() {
    }

    public static void writeString(Path file, String text) throws IOException {
        write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    public static void write(Path file, byte[] content) throws IOException {
        write(file, content, Protection.ORDINARY);
    }

    /**
     * Writes a file only its owner may read or write (mode 0600 where the file system has POSIX permissions), for
     * secrets: the temporary file is created with that mode, so the content is never readable by others, not even
     * for a moment, and no {@code .bak} is kept, so a deleted secret does not live on in a backup. An existing file
     * with a wider mode is replaced by one with mode 0600. (Windows: the file inherits the ACL of the user's profile
     * folder, which only that user can read.)
     */
    public static void writeOwnerOnly(Path file, byte[] content) throws IOException {
        write(file, content, Protection.OWNER_ONLY);
    }

    /** Whether the file system of {@code path} has POSIX permissions (Linux, macOS), so 0600 can be set and checked. */
    public static boolean hasPosixPermissions(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /** Who may read a file written here, and whether its previous version is kept. */
    private enum Protection {
        /** The default mode (umask), the previous version kept as {@code .bak}. */
        ORDINARY,
        /** Mode 0600 from creation on, no backup. */
        OWNER_ONLY
    }

    private static void write(Path file, byte[] content, Protection protection) throws IOException {
        Path absolute = file.toAbsolutePath();
        Path directory = absolute.getParent();
        Files.createDirectories(directory);
        removeLeftovers(directory, absolute);
        Path temporary = protection == Protection.OWNER_ONLY && hasPosixPermissions(directory)
                ? Files.createTempFile(directory, "." + absolute.getFileName() + ".", ".tmp", ownerOnly())
                : Files.createTempFile(directory, "." + absolute.getFileName() + ".", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                // On disk before the rename: otherwise a power cut can leave the new name pointing at no data.
                channel.force(true);
            }
            // An owner-only file (secrets) keeps no backup: a deleted key must not live on in one.
            if (protection == Protection.ORDINARY && Files.isRegularFile(absolute) && Files.size(absolute) > 0) {
                keepBackup(absolute, directory);
            }
            replace(temporary, absolute);
            forceDirectory(directory);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static FileAttribute<Set<PosixFilePermission>> ownerOnly() {
        return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
    }

    /**
     * Makes the current file the backup, itself in one rename, so a crash never leaves half a backup either: a hard
     * link to the current file (it is replaced by a rename, never rewritten, so the link keeps the old bytes), or
     * where links are not allowed a copy forced to disk.
     */
    private static void keepBackup(Path file, Path directory) throws IOException {
        Path backup = backupOf(file);
        Path temporary = directory.resolve("." + backup.getFileName() + "." + ProcessHandle.current().pid() + "-"
                + System.nanoTime() + ".tmp");
        try {
            try {
                Files.createLink(temporary, file);
            } catch (IOException | UnsupportedOperationException noLinks) {
                Files.deleteIfExists(temporary);
                Files.copy(file, temporary);
                try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
            }
            replace(temporary, backup);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void replace(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException unsupported) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Temporary files a killed writer left behind (a kill between creating and renaming one), once they are old
     * enough that no writer can still be using them.
     */
    private static void removeLeftovers(Path directory, Path file) {
        java.time.Instant stale = java.time.Instant.now().minus(LEFTOVER_AGE);
        String prefix = "." + file.getFileName() + ".";
        try (java.nio.file.DirectoryStream<Path> entries = Files.newDirectoryStream(directory, entry -> {
            String name = entry.getFileName().toString();
            return name.startsWith(prefix) && name.endsWith(".tmp");
        })) {
            for (Path leftover : entries) {
                if (Files.getLastModifiedTime(leftover).toInstant().isBefore(stale)) {
                    Files.deleteIfExists(leftover);
                }
            }
        } catch (IOException ignored) {
            // tidying up is a courtesy: the write itself does not depend on it
        }
    }

    /** The previous version that {@link #write} kept, {@code NAME.bak} beside the file. */
    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + BACKUP_SUFFIX);
    }

    /** The backup's content when it exists, to offer when the file itself cannot be read. */
    public static Optional<byte[]> readBackup(Path file) throws IOException {
        Path backup = backupOf(file);
        return Files.isRegularFile(backup) ? Optional.of(Files.readAllBytes(backup)) : Optional.empty();
    }

    /** Makes the rename itself durable (Linux, macOS); where a folder cannot be opened (Windows) the rename is. */
    private static void forceDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException notSupported) {
            // Windows cannot open a folder as a channel; NTFS journals the rename.
        }
    }
}
