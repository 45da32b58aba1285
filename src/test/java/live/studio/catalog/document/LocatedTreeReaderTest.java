package live.studio.catalog.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import live.studio.catalog.document.DocumentProblem.Severity;
import live.studio.catalog.document.LocatedNode.ArrayNode;
import live.studio.catalog.document.LocatedNode.NumberKind;
import live.studio.catalog.document.LocatedNode.NumberNode;
import live.studio.catalog.document.LocatedNode.ObjectNode;
import live.studio.catalog.document.LocatedNode.StringNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocatedTreeReaderTest {
    @TempDir
    Path folder;

    @Test
    void everyNodeKnowsWhereItStarts() {
        String json = """
                {
                  "name": "mug",
                  "sizes": [1, 2.50],
                  "note": null
                }""";
        LocatedDocument document = LocatedTreeReader.readJson(json);

        assertThat(document.problems()).isEmpty();
        ObjectNode root = (ObjectNode) document.root().orElseThrow();
        assertThat(root.position()).isEqualTo(new Position(1, 1));
        assertThat(root.members().keySet()).containsExactly("name", "sizes", "note");
        assertThat(root.member("name").orElseThrow().namePosition()).isEqualTo(new Position(2, 3));
        assertThat(root.member("name").orElseThrow().value()).isEqualTo(new StringNode(new Position(2, 11), "mug"));
        ArrayNode sizes = (ArrayNode) root.member("sizes").orElseThrow().value();
        assertThat(sizes.position()).isEqualTo(new Position(3, 12));
        assertThat(sizes.elements()).containsExactly(new NumberNode(new Position(3, 13), "1", NumberKind.INTEGER),
                new NumberNode(new Position(3, 16), "2.50", NumberKind.DECIMAL));
        assertThat(root.member("note").orElseThrow().value().kind()).isEqualTo("null");
    }

    @Test
    void fieldGivenTwiceIsReportedAtTheSecondAndTheFirstIsKept() {
        LocatedDocument document = LocatedTreeReader.readJson("{\"a\": 1,\n \"a\": 2}");

        assertThat(document.problems()).containsExactly(new DocumentProblem(Severity.ERROR, new Position(2, 2), "a",
                "given twice (first at line 1): keep one"));
        ObjectNode root = (ObjectNode) document.root().orElseThrow();
        assertThat(((NumberNode) root.member("a").orElseThrow().value()).text()).isEqualTo("1");
    }

    @Test
    void nestingDeeperThanTheLimitIsAnErrorNotAStackOverflow() {
        int depth = 100_000;
        String json = "[".repeat(depth) + "]".repeat(depth);

        LocatedDocument document = LocatedTreeReader.readJson(json);

        assertThat(document.root()).isEmpty();
        assertThat(document.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.position().line()).isEqualTo(1);
            assertThat(problem.position().column()).isEqualTo(LocatedTreeReader.MAX_NESTING_DEPTH + 1);
            assertThat(problem.message()).isEqualTo("syntax error: Document nesting depth (65) exceeds the maximum "
                    + "allowed (64)");
        });
    }

    @Test
    void fileLargerThanTheLimitIsRefusedBeforeReading() throws IOException {
        Path file = folder.resolve("huge.json");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(LocatedTreeReader.MAX_DOCUMENT_BYTES + 1);
        }

        LocatedDocument document = LocatedTreeReader.readJson(file);

        assertThat(document.root()).isEmpty();
        assertThat(document.problems()).containsExactly(new DocumentProblem(Severity.ERROR, Position.START,
                DocumentPaths.ROOT, "the file is 8.0 MB, more than the 8.0 MB a document may have: split it or remove "
                        + "what the studio does not need"));
    }

    @Test
    void fileThatIsNotUtf8IsNamedAtItsFirstBadByte() throws IOException {
        Path file = folder.resolve("latin1.json");
        Files.write(file, "{\"title\":\n  \"Caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));

        LocatedDocument document = LocatedTreeReader.readJson(file);

        assertThat(document.problems()).containsExactly(new DocumentProblem(Severity.ERROR, new Position(2, 7),
                DocumentPaths.ROOT, "the file is not UTF-8 text (byte 0xE9 here): save it as UTF-8"));
    }

    @Test
    void emptyDocumentAndTextAfterTheEndAreErrors() {
        assertThat(LocatedTreeReader.readJson("  \n").problems()).extracting(DocumentProblem::message)
                .containsExactly("the document is empty");
        assertThat(LocatedTreeReader.readJson("{} {}").problems()).containsExactly(new DocumentProblem(Severity.ERROR,
                new Position(1, 4), DocumentPaths.ROOT, "more text after the end of the document: remove it"));
    }

    @Test
    void missingFileIsAProblemNotAnException() {
        LocatedDocument document = LocatedTreeReader.readJson(folder.resolve("absent.json"));

        assertThat(document.problems()).extracting(DocumentProblem::message).containsExactly("the file does not exist");
    }
}
