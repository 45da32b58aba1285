package live.studio.show.file;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import live.studio.catalog.document.DocumentPaths;
import live.studio.catalog.document.DocumentProblem;
import live.studio.catalog.document.DocumentProblem.Severity;
import live.studio.catalog.document.LocatedDocument;
import live.studio.catalog.document.LocatedTreeReader;
import live.studio.catalog.document.Position;
import live.studio.catalog.document.TextFiles;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.io.ContentReference;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.JsonParserDelegate;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Parses a show file's text, JSON or YAML, into the located tree the catalog reader also uses, under the
 * {@link ShowLimits}. YAML is parsed event by event and never composed, so an alias is never expanded (no "billion
 * laughs"); anchors, aliases and explicit tags are refused outright, because a show file has no use for them and a
 * person reading it should see every value where it applies.
 */
final class ShowDocuments {
    private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(ShowLimits.MAX_NESTING_DEPTH)
            .maxDocumentLength(ShowLimits.MAX_FILE_BYTES)
            .maxStringLength(ShowLimits.MAX_STRING_CHARS)
            .maxNumberLength(ShowLimits.MAX_NUMBER_CHARS)
            .build();
    private static final JsonFactory JSON = JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build();
    private static final YAMLFactory YAML = YAMLFactory.builder()
            .streamReadConstraints(CONSTRAINTS)
            .loadSettings(LoadSettings.builder()
                    .setAllowDuplicateKeys(true) // the located tree reports duplicates with both lines
                    .setAllowRecursiveKeys(false)
                    .setMaxAliasesForCollections(0)
                    .setCodePointLimit((int) ShowLimits.MAX_FILE_BYTES)
                    .build())
            .build();

    private ShowDocuments() {
    }

    /** Reads the file: size checked first, strict UTF-8, byte order mark dropped. Never throws for bad content. */
    static LocatedDocument read(Path file, ShowFormat format) {
        return switch (TextFiles.read(file, ShowLimits.MAX_FILE_BYTES)) {
            case TextFiles.TextRead.Text(String text) -> parse(text, format);
            case TextFiles.TextRead.TooLarge(long sizeBytes, long maxBytes) -> whole(
                    "the file is " + megabytes(sizeBytes) + ", more than the " + megabytes(maxBytes)
                            + " a show file may have: move the catalog to its own file or split the show");
            case TextFiles.TextRead.NotUtf8(Position position, int badByte, byte[] ignored) -> new LocatedDocument(
                    Optional.empty(), List.of(new DocumentProblem(Severity.ERROR, position, DocumentPaths.ROOT,
                            String.format("the file is not UTF-8 text (byte 0x%02X here): save it as UTF-8", badByte))));
            case TextFiles.TextRead.Unreadable(String reason) -> whole("the file " + reason);
        };
    }

    /** Parses text already read; positions count characters of {@code text}, lines as an editor shows them. */
    static LocatedDocument parse(String text, ShowFormat format) {
        if (text.length() > ShowLimits.MAX_FILE_BYTES) {
            return whole("the text is " + text.length() + " characters, more than the " + ShowLimits.MAX_FILE_BYTES
                    + " a show file may have");
        }
        String withoutMark = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
        if (withoutMark.isBlank()) {
            return whole("the file is empty: a show file starts with {\"show\": {\"title\": ...}, \"runSheet\": [...]}");
        }
        return switch (format) {
            case JSON -> {
                try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), withoutMark)) {
                    yield LocatedTreeReader.read(parser);
                }
            }
            case YAML -> {
                try (JsonParser parser = new PlainYaml((YAMLParser) YAML.createParser(ObjectReadContext.empty(),
                        withoutMark))) {
                    yield LocatedTreeReader.read(parser);
                }
            }
        };
    }

    private static LocatedDocument whole(String message) {
        return new LocatedDocument(Optional.empty(),
                List.of(new DocumentProblem(Severity.ERROR, Position.START, DocumentPaths.ROOT, message)));
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /** A YAML parser that stops at the first anchor, alias or explicit tag, with its position. */
    private static final class PlainYaml extends JsonParserDelegate {
        private final YAMLParser yaml;

        PlainYaml(YAMLParser yaml) {
            super(yaml);
            this.yaml = yaml;
        }

        @Override
        public JsonToken nextToken() {
            JsonToken token;
            try {
                token = super.nextToken();
            } catch (JacksonException e) {
                throw e.getCause() instanceof MarkedYamlEngineException yamlProblem ? readable(yamlProblem) : e;
            }
            if (token == null) {
                return null;
            }
            if (yaml.isCurrentAlias()) {
                throw refused("YAML aliases (*" + yaml.getString() + ") are not accepted in a show file: "
                        + "write the value out where it applies");
            }
            if (token != JsonToken.PROPERTY_NAME && token != JsonToken.END_OBJECT && token != JsonToken.END_ARRAY) {
                if (yaml.getObjectId() != null) {
                    throw refused("YAML anchors (&" + yaml.getObjectId() + ") are not accepted in a show file: "
                            + "remove it and write each value out where it applies");
                }
                if (yaml.getTypeId() != null) {
                    throw refused("YAML tags (" + yaml.getTypeId() + ") are not accepted in a show file: remove it");
                }
            }
            return token;
        }

        /**
         * SnakeYAML's own words are "while parsing a block mapping ... expected <block end>, but found ...": the
         * problem, where it is (not where the mapping began), and what usually causes it.
         */
        private StreamReadException readable(MarkedYamlEngineException yamlProblem) {
            TokenStreamLocation where = yamlProblem.getProblemMark()
                    .map(mark -> new TokenStreamLocation(ContentReference.unknown(), mark.getIndex(), mark.getLine() + 1,
                            mark.getColumn() + 1))
                    .orElse(yaml.currentLocation());
            String problem = yamlProblem.getProblem() == null ? "not valid YAML" : yamlProblem.getProblem().strip();
            String context = yamlProblem.getContext() == null ? "" : " (" + yamlProblem.getContext().strip() + ")";
            return new StreamReadException(yaml, problem + context + ": check the indentation, and quote a value that "
                    + "holds ': ' or ' #'", where);
        }

        private StreamReadException refused(String message) {
            return new StreamReadException(yaml, message, yaml.currentTokenLocation());
        }
    }
}
