package live.studio.show.file;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import live.studio.show.ArgumentSpec;
import live.studio.show.CommandSpec;
import live.studio.show.ShowCommands;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * docs/show.schema.json (JSON Schema 2020-12) and the reader agree: what the reader accepts the schema accepts, and
 * the broken files the schema can judge (types, unknown fields, formats) are rejected by both. References (products,
 * promo codes, pictures, layouts), unique ids and cue offsets are beyond a schema: only the reader checks them.
 */
class ShowSchemaTest {
    static final Path SCHEMA = Path.of("docs", "show.schema.json");
    static final Path VALID = Path.of("src", "test", "resources", "show", "valid");
    /** Broken files whose fault a schema can see. */
    static final Set<String> REJECTED_BY_THE_SCHEMA_TOO = Set.of("bad-cue-values.json", "bad-duration.json",
            "bad-show-info.json", "bad-start.json", "byte-order-mark.json", "layout-definitions.json",
            "missing-required-fields.json", "not-an-object.json", "unknown-command.json", "unknown-cue-argument.json",
            "unknown-segment-field.json", "unknown-theme.json", "unknown-top-field.json", "wrong-type-duration.json",
            "wrong-type-run-sheet.json", "wrong-type-title.json", "yaml-unknown-fields.yaml", "yaml-wrong-types.yaml",
            "duplicate-segment-id.json", "yaml-custom-tag.yaml");

    private static final Schema SCHEMA_VALIDATOR = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(read(SCHEMA));

    static Stream<Path> validShows() throws IOException {
        List<Path> shows = new ArrayList<>(List.of(ShowFileReaderTest.DEMO));
        try (Stream<Path> files = Files.list(VALID)) {
            files.filter(file -> !file.toString().endsWith(".csv")).sorted().forEach(shows::add);
        }
        return shows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validShows")
    void aShowTheReaderAcceptsTheSchemaAccepts(Path file) {
        assertThat(ShowFileReader.read(file).errors()).isEmpty();
        assertThat(SCHEMA_VALIDATOR.validate(read(file))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("live.studio.show.file.BrokenShowFilesTest#brokenFiles")
    void whatTheSchemaRejectsTheReaderRejects(Path file) {
        JsonNode document;
        try {
            document = read(file);
        } catch (RuntimeException notEvenParsed) {
            assertThat(ShowFileReader.read(file).hasErrors()).isTrue();
            return;
        }
        List<Error> schemaErrors = SCHEMA_VALIDATOR.validate(document);
        String name = file.getFileName().toString();

        assertThat(ShowFileReader.read(file).hasErrors()).isTrue();
        if (REJECTED_BY_THE_SCHEMA_TOO.contains(name)) {
            assertThat(schemaErrors).as("schema errors for " + name).isNotEmpty();
        }
    }

    @Test
    void theSchemaKnowsEveryCommandWithItsArguments() {
        JsonNode cue = read(SCHEMA).path("$defs").path("cue");
        Set<String> names = new HashSet<>();
        cue.path("properties").path("command").path("enum").forEach(name -> names.add(name.asString()));
        assertThat(names).containsExactlyInAnyOrderElementsOf(ShowCommands.names());

        for (CommandSpec spec : ShowCommands.specs()) {
            JsonNode branch = null;
            for (JsonNode candidate : cue.path("allOf")) {
                if (candidate.path("if").path("properties").path("command").path("const").asString().equals(spec.name())) {
                    branch = candidate.path("then");
                }
            }
            assertThat(branch).as(spec.name()).isNotNull();
            Set<String> flat = new HashSet<>(branch.path("else").path("properties").propertyNames());
            Set<String> wrapped = new HashSet<>(branch.path("then").path("properties").path("arguments")
                    .path("properties").propertyNames());
            Set<String> required = new HashSet<>();
            branch.path("else").path("required").forEach(name -> required.add(name.asString()));
            assertThat(flat).as(spec.name()).containsExactlyInAnyOrderElementsOf(
                    spec.arguments().stream().map(ArgumentSpec::name).toList()).isEqualTo(wrapped);
            assertThat(required).as(spec.name()).containsExactlyInAnyOrderElementsOf(spec.arguments().stream()
                    .filter(argument -> argument.requirement() == ArgumentSpec.Requirement.REQUIRED)
                    .map(ArgumentSpec::name).toList());
        }
    }

    private static JsonNode read(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return ShowFormat.of(file) == ShowFormat.YAML ? YAMLMapper.builder().build().readTree(text)
                    : JsonMapper.builder().build().readTree(text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
