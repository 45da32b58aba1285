package live.studio.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path folder;

    @Test
    void writesANewFileWithNoBackup() throws IOException {
        Path file = folder.resolve("show.json");
        AtomicFiles.writeString(file, "{\"a\":1}");
        assertThat(file).hasContent("{\"a\":1}");
        assertThat(AtomicFiles.backupOf(file)).doesNotExist();
    }

    @Test
    void keepsThePreviousVersionAsTheOneBackup() throws IOException {
        Path file = folder.resolve("settings.json");
        AtomicFiles.writeString(file, "first");
        AtomicFiles.writeString(file, "second");
        AtomicFiles.writeString(file, "third");
        assertThat(file).hasContent("third");
        assertThat(AtomicFiles.backupOf(file)).hasContent("second");
        assertThat(new String(AtomicFiles.readBackup(file).orElseThrow(), StandardCharsets.UTF_8)).isEqualTo("second");
    }

    @Test
    void leavesNoTemporaryFilesBehind() throws IOException {
        Path file = folder.resolve("run-state.json");
        for (int write = 0; write < 5; write++) {
            AtomicFiles.writeString(file, "version " + write);
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrder("run-state.json", "run-state.json.bak");
        }
    }

    @Test
    void aFailedRenameLeavesNoTemporaryFileAndTheTargetUntouched() throws IOException {
        // The target is a folder with something in it: the final rename fails after the temporary file was written.
        Path target = folder.resolve("show.json");
        Files.createDirectories(target);
        Files.writeString(target.resolve("keep.txt"), "kept");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AtomicFiles.writeString(target, "new"))
                .isInstanceOf(IOException.class);
        assertThat(target.resolve("keep.txt")).hasContent("kept");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactly("show.json");
        }
    }

    @Test
    void theBackupKeepsItsBytesWhenTheFileIsReplacedAgain() throws IOException {
        // The backup may share the old file's inode (a hard link): the file is replaced by a rename, never rewritten.
        Path file = folder.resolve("show.json");
        AtomicFiles.writeString(file, "one");
        AtomicFiles.writeString(file, "two");
        AtomicFiles.writeString(file, "three");
        assertThat(AtomicFiles.backupOf(file)).hasContent("two");
        assertThat(file).hasContent("three");
        AtomicFiles.writeString(file, "four");
        assertThat(AtomicFiles.backupOf(file)).hasContent("three");
    }

    @Test
    void aTemporaryFileAKilledWriterLeftIsRemovedOnceItIsOld() throws IOException {
        Path file = folder.resolve("run-state.json");
        Path leftover = Files.writeString(folder.resolve(".run-state.json.12345.tmp"), "half");
        Path fresh = Files.writeString(folder.resolve(".run-state.json.67890.tmp"), "another writer's, right now");
        Files.setLastModifiedTime(leftover, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(3600)));
        AtomicFiles.writeString(file, "whole");
        assertThat(leftover).doesNotExist();
        assertThat(fresh).exists();
    }

    @Test
    void anEmptyOldFileIsNotKeptAsTheBackup() throws IOException {
        Path file = folder.resolve("empty.json");
        Files.writeString(file, "");
        AtomicFiles.writeString(file, "content");
        assertThat(AtomicFiles.backupOf(file)).doesNotExist();
    }
}
