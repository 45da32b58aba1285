package live.studio.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a recording's bytes go, so that nothing already recorded is ever overwritten or lost to a crash:
 * <ul>
 * <li>an MP4 recording is written as {@code NAME.mp4.part.mkv} (Matroska survives a crash) and remuxed at stop into
 *     a temporary file that one rename makes {@code NAME.mp4};</li>
 * <li>a file already at the recording's path (an earlier show, or the file of a studio that was killed and is now
 *     restarted with the same command) is renamed {@code NAME-earlier.EXT} first, never overwritten;</li>
 * <li>a {@code .part.mkv} left by a crash (an <em>orphan</em>) is found when a recording starts in its folder and
 *     remuxed into its MP4; until then it plays as it is.</li>
 * </ul>
 */
public final class RecordingFiles {
    private static final Logger LOG = LoggerFactory.getLogger(RecordingFiles.class);
    public static final String PARTIAL_SUFFIX = ".part.mkv";
    /** A partial file written to this recently may belong to another studio that is recording now: left alone. */
    static final Duration ORPHAN_QUIET_TIME = Duration.ofSeconds(10);

    /** What became of an orphaned partial recording. */
    public record Recovery(Path partial, Optional<Path> recovered, String message) {
    }

    private RecordingFiles() {
    }

    /** The Matroska file an MP4 recording is written to until it stops. */
    public static Path partialOf(Path mp4) {
        return mp4.resolveSibling(mp4.getFileName() + PARTIAL_SUFFIX);
    }

    /**
     * Moves what is at {@code file} (and at its partial, for MP4) out of the way, to the first free
     * {@code NAME-earlier[-N].EXT}, so a new recording never overwrites an earlier one.
     *
     * @return a sentence for the host per file moved
     */
    public static List<String> keepEarlier(Path file, RecordingFormat format) throws IOException {
        List<String> moved = new ArrayList<>();
        List<Path> occupied = new ArrayList<>(List.of(file));
        if (format == RecordingFormat.MP4) {
            occupied.add(partialOf(file));
        }
        for (Path existing : occupied) {
            if (!Files.exists(existing)) {
                continue;
            }
            boolean partial = existing.getFileName().toString().endsWith(PARTIAL_SUFFIX);
            Path finalName = partial ? finalNameOf(existing) : existing;
            Path earlier = freeName(finalName, "-earlier");
            Path target = partial ? partialOf(earlier) : earlier;
            move(existing, target);
            moved.add((partial ? "an unfinished recording (the studio stopped without finishing it) " : "an earlier recording ")
                    + "was at " + existing + ": kept as " + target);
        }
        return moved;
    }

    /**
     * Turns every orphaned {@code .part.mkv} in {@code folder} into its MP4 (a free name when that exists), deleting
     * the partial only once the MP4 is whole. A partial that cannot be remuxed is kept: it plays as Matroska.
     *
     * @param except the partial being recorded now, if any
     */
    public static List<Recovery> recoverOrphans(Path folder, Optional<Path> except) {
        List<Recovery> recoveries = new ArrayList<>();
        for (Path partial : orphansIn(folder, except)) {
            Path target = freeName(finalNameOf(partial), "");
            try {
                remuxAtomically(partial, target);
                Files.delete(partial);
                recoveries.add(new Recovery(partial, Optional.of(target),
                        "recovered the unfinished recording " + partial + " as " + target));
            } catch (IOException e) {
                recoveries.add(new Recovery(partial, Optional.empty(), "could not turn the unfinished recording " + partial
                        + " into MP4 (" + e.getMessage() + "); it is kept and plays as Matroska (.mkv)"));
            }
        }
        recoveries.forEach(recovery -> LOG.warn("{}", recovery.message()));
        return recoveries;
    }

    /** Partials not written to for {@link #ORPHAN_QUIET_TIME}, oldest first. */
    static List<Path> orphansIn(Path folder, Optional<Path> except) {
        List<Path> orphans = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return orphans;
        }
        Instant quietSince = Instant.now().minus(ORPHAN_QUIET_TIME);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "*" + PARTIAL_SUFFIX)) {
            for (Path entry : entries) {
                if (except.map(path -> path.toAbsolutePath().equals(entry.toAbsolutePath())).orElse(false)) {
                    continue;
                }
                if (Files.isRegularFile(entry) && Files.getLastModifiedTime(entry).toInstant().isBefore(quietSince)) {
                    orphans.add(entry);
                }
            }
        } catch (IOException e) {
            LOG.warn("could not look for unfinished recordings in {}: {}", folder, e.getMessage());
        }
        orphans.sort((a, b) -> {
            try {
                return Files.getLastModifiedTime(a).compareTo(Files.getLastModifiedTime(b));
            } catch (IOException e) {
                return a.compareTo(b);
            }
        });
        return orphans;
    }

    /**
     * Remuxes into a temporary file beside the target and renames it into place, so a crash during the remux leaves
     * the partial and no half MP4.
     */
    public static void remuxAtomically(Path matroska, Path mp4) throws IOException {
        Path temporary = mp4.resolveSibling("." + mp4.getFileName() + ".remux.tmp");
        try {
            Remux.copy(matroska, temporary, "mp4");
            move(temporary, mp4);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** {@code NAME.mp4.part.mkv} → {@code NAME.mp4}. */
    static Path finalNameOf(Path partial) {
        String name = partial.getFileName().toString();
        return partial.resolveSibling(name.substring(0, name.length() - PARTIAL_SUFFIX.length()));
    }

    /** {@code file} itself when neither it nor its partial exists, else NAME{tag}.EXT, NAME{tag}-2.EXT ... */
    static Path freeName(Path file, String tag) {
        if (tag.isEmpty() && !Files.exists(file)) {
            return file;
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        for (int number = 1; ; number++) {
            String suffix = tag.isEmpty() ? "-" + (number + 1) : number == 1 ? tag : tag + "-" + number;
            Path candidate = file.resolveSibling(stem + suffix + extension);
            if (!Files.exists(candidate) && !Files.exists(partialOf(candidate))) {
                return candidate;
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
