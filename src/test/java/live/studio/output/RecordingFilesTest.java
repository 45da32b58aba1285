package live.studio.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordingFilesTest {
    @TempDir
    Path folder;

    @Test
    void aNewRecordingNeverOverwritesAnEarlierOne() throws IOException {
        Path show = folder.resolve("show.mkv");
        Files.writeString(show, "yesterday's show");

        assertThat(RecordingFiles.keepEarlier(show, RecordingFormat.MATROSKA)).singleElement().asString()
                .contains("an earlier recording was at " + show).endsWith("kept as " + folder.resolve("show-earlier.mkv"));
        assertThat(show).doesNotExist();
        assertThat(folder.resolve("show-earlier.mkv")).hasContent("yesterday's show");

        Files.writeString(show, "today's show");
        RecordingFiles.keepEarlier(show, RecordingFormat.MATROSKA);
        assertThat(folder.resolve("show-earlier-2.mkv")).hasContent("today's show");
        assertThat(folder.resolve("show-earlier.mkv")).hasContent("yesterday's show");
    }

    @Test
    void nothingToKeepMovesNothing() throws IOException {
        assertThat(RecordingFiles.keepEarlier(folder.resolve("show.mp4"), RecordingFormat.MP4)).isEmpty();
        assertThat(names()).isEmpty();
    }

    @Test
    void theUnfinishedPartOfAKilledMp4RecordingIsMovedAsidePairedWithItsFinalName() throws IOException {
        Path show = folder.resolve("show.mp4");
        Files.writeString(RecordingFiles.partialOf(show), "matroska of a killed studio");

        assertThat(RecordingFiles.keepEarlier(show, RecordingFormat.MP4)).singleElement().asString()
                .contains("an unfinished recording").contains("kept as " + folder.resolve("show-earlier.mp4.part.mkv"));
        assertThat(names()).containsExactly("show-earlier.mp4.part.mkv");
    }

    @Test
    void orphansArePartialFilesNotWrittenForAWhileExceptTheOneBeingRecorded() throws IOException {
        Path old = Files.writeString(folder.resolve("a.mp4.part.mkv"), "a");
        Path recent = Files.writeString(folder.resolve("b.mp4.part.mkv"), "b");
        Path current = Files.writeString(folder.resolve("c.mp4.part.mkv"), "c");
        Files.writeString(folder.resolve("d.mkv"), "a finished Matroska recording");
        Instant longAgo = Instant.now().minusSeconds(3600);
        Files.setLastModifiedTime(old, FileTime.from(longAgo));
        Files.setLastModifiedTime(current, FileTime.from(longAgo));

        assertThat(RecordingFiles.orphansIn(folder, Optional.of(current))).containsExactly(old);
        assertThat(recent).exists();
    }

    @Test
    void anOrphanThatIsNotMatroskaIsKeptAndSaidSo() throws IOException {
        Path partial = Files.writeString(folder.resolve("x.mp4.part.mkv"), "not a recording");
        Files.setLastModifiedTime(partial, FileTime.from(Instant.now().minusSeconds(60)));

        assertThat(RecordingFiles.recoverOrphans(folder, Optional.empty())).singleElement().satisfies(recovery -> {
            assertThat(recovery.recovered()).isEmpty();
            assertThat(recovery.message()).contains("could not turn the unfinished recording").contains("it is kept");
        });
        assertThat(names()).containsExactly("x.mp4.part.mkv");
    }

    @Test
    void freeNamesSkipFilesAndPartials() throws IOException {
        Path show = folder.resolve("show.mp4");
        assertThat(RecordingFiles.freeName(show, "")).isEqualTo(show);
        Files.writeString(show, "");
        Files.writeString(folder.resolve("show-2.mp4.part.mkv"), "");
        assertThat(RecordingFiles.freeName(show, "")).isEqualTo(folder.resolve("show-3.mp4"));
        assertThat(RecordingFiles.finalNameOf(folder.resolve("show.mp4.part.mkv"))).isEqualTo(show);
    }

    private java.util.List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
