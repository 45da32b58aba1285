package live.studio.show.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of broken show files (src/test/resources/show/broken): each one gives exactly the problems its
 * {@code NAME.expected} lists, location and message, and none makes the reader throw. Files too big to keep in the
 * repository (over the size limit, too many segments) are made by the tests below.
 */
class BrokenShowFilesTest {
    static final Path CORPUS = Path.of("src", "test", "resources", "show", "broken");

    static Stream<Path> brokenFiles() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(Files::isRegularFile).filter(file -> !file.getFileName().toString().endsWith(".expected"))
                    .sorted().toList().stream();
        }
    }

    @Test
    void theCorpusHasAtLeastThirtyFilesEachWithItsExpectedProblems() throws IOException {
        List<Path> files = brokenFiles().toList();

        assertThat(files).hasSizeGreaterThanOrEqualTo(30);
        assertThat(files).allSatisfy(file -> assertThat(expectedOf(file)).exists());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void givesExactlyTheExpectedProblems(Path file) throws IOException {
        ShowFileLoad load = ShowFileReader.read(file);

        List<String> expected = Files.readAllLines(expectedOf(file), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank()).toList();
        assertThat(load.problems()).extracting(BrokenShowFilesTest::shown).containsExactlyElementsOf(expected);
        assertThat(load.hasErrors()).isTrue();
        assertThat(load.show()).isEmpty();
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsRead(@TempDir Path folder) throws IOException {
        Path huge = folder.resolve("huge.json");
        String segment = "{\"title\": \"Segment\", \"duration\": \"1m\", \"notes\": \"" + "x".repeat(1000) + "\"},\n";
        String text = "{\"show\": {\"title\": \"Huge\"}, \"runSheet\": [\n"
                + segment.repeat((int) (ShowLimits.MAX_FILE_BYTES / segment.length()) + 10) + "]}\n";
        Files.writeString(huge, text);

        ShowFileLoad load = ShowFileReader.read(huge);

        assertThat(load.problems()).extracting(ShowProblem::toString).containsExactly(huge + ":1:1: (document): the "
                + "file is 5.0 MB, more than the 5.0 MB a show file may have: move the catalog to its own file or split "
                + "the show");
    }

    @Test
    void tooManySegmentsAndCuesAreEachOneProblem() {
        String cue = "{\"at\": \"go\", \"command\": \"overlay.hideAll\"},";
        String cues = cue.repeat(ShowLimits.MAX_CUES_PER_SEGMENT + 1);
        String segment = "{\"title\": \"S\", \"duration\": \"1m\"},";
        String text = "{\"show\": {\"title\": \"Long\"}, \"runSheet\": [\n{\"title\": \"Cues\", \"duration\": \"1m\", "
                + "\"cues\": [" + cues.substring(0, cues.length() - 1) + "]},\n"
                + segment.repeat(ShowLimits.MAX_SEGMENTS).replaceAll(",$", "") + "]}";

        ShowFileLoad load = ShowFileReader.read(text, ShowFormat.JSON, Path.of("long.json"));

        assertThat(load.problems()).extracting(ShowProblem::toString).containsExactly(
                "long.json:1:41: runSheet: 501 segments, more than the 500 a show file may have: split the show",
                "long.json:2:45: runSheet[0].cues: 201 cues, more than the 200 a show file may have: split the show");
    }

    @Test
    void aStringOverTheLimitIsOneProblemNotAnOutOfMemoryError() {
        String text = "{\"show\": {\"title\": \"" + "x".repeat(ShowLimits.MAX_STRING_CHARS + 1) + "\"}}";

        ShowFileLoad load = ShowFileReader.read(text, ShowFormat.JSON, Path.of("long.json"));

        assertThat(load.problems()).singleElement().asString().startsWith("long.json:1:").contains("show.title: "
                + "syntax error: String value length (100001) exceeds the maximum allowed (100000");
    }

    @Test
    void nestingFarPastTheLimitIsOneProblemNotAStackOverflow() {
        int depth = 100_000;
        String json = "[".repeat(depth) + "]".repeat(depth);
        String yaml = "a:\n" + "  ".repeat(1) + "- ".repeat(depth) + "x\n";

        assertThat(ShowFileReader.read(json, ShowFormat.JSON, Path.of("deep.json")).problems()).singleElement()
                .asString().contains("nesting depth (33) exceeds the maximum allowed (32)");
        assertThat(ShowFileReader.read(yaml, ShowFormat.YAML, Path.of("deep.yaml")).problems()).singleElement()
                .asString().contains("nesting depth (33) exceeds the maximum allowed (32)");
    }

    /**
     * Beyond the corpus: the demo show cut short at many places, and with characters replaced at random (a fixed seed,
     * so a failure repeats), in JSON and in YAML. The reader never throws, and a show with errors is never returned.
     */
    @Test
    void theDemoCutOrScrambledAnywhereNeverCrashesTheReader() throws IOException {
        String json = Files.readString(ShowFileReaderTest.DEMO);
        String yaml = tools.jackson.dataformat.yaml.YAMLMapper.builder().build().writeValueAsString(
                tools.jackson.databind.json.JsonMapper.builder().build().readTree(json));
        java.util.Random random = new java.util.Random(20261204L);
        String replacements = "{}[]:,\"'#&*!-| \n\t0a\u00e9\u0000";
        int reads = 0;
        for (String text : List.of(json, yaml)) {
            ShowFormat format = text == json ? ShowFormat.JSON : ShowFormat.YAML;
            for (int cut = 0; cut < text.length(); cut += 151) {
                check(ShowFileReader.read(text.substring(0, cut), format, ShowFileReaderTest.BESIDE_DEMO));
                reads++;
            }
            for (int round = 0; round < 100; round++) {
                StringBuilder scrambled = new StringBuilder(text);
                for (int change = 0; change < 3; change++) {
                    scrambled.setCharAt(random.nextInt(scrambled.length()),
                            replacements.charAt(random.nextInt(replacements.length())));
                }
                check(ShowFileReader.read(scrambled.toString(), format, ShowFileReaderTest.BESIDE_DEMO));
                reads++;
            }
        }
        assertThat(reads).isGreaterThan(250);
    }

    private static void check(ShowFileLoad load) {
        assertThat(load.show().isPresent()).isEqualTo(!load.hasErrors());
        assertThat(load.problems()).allSatisfy(problem -> assertThat(problem.toString()).doesNotContain("\n"));
    }

    /** The problem as the .expected files hold it: the file by its name in the corpus, the corpus folder as <corpus>. */
    private static String shown(ShowProblem problem) {
        Path folder = CORPUS.toAbsolutePath();
        String file = problem.file().isAbsolute() ? folder.relativize(problem.file()).toString()
                : CORPUS.relativize(problem.file()).toString();
        return (file + problem.toString().substring(problem.file().toString().length()))
                .replace(folder.toString(), "<corpus>").replace(CORPUS.toString(), "<corpus>");
    }

    private static Path expectedOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".expected");
    }
}
